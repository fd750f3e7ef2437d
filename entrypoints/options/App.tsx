export function App() {
  return (
    <main style={{ padding: '16px', fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: '18px' }}>备案资料 · Filing profiles</h1>
      <p>资料编辑器将在后续版本提供 · The profile editor arrives in a later version.</p>
    </main>
  );
}
