export function App() {
  return (
    <main style={{ minWidth: '280px', padding: '12px', fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: '16px', margin: 0 }}>备案助手 · Beian Assistant</h1>
      <p>在备案门户页面上填写与检查资料 · Fill and check filing profiles on portal pages.</p>
    </main>
  );
}
