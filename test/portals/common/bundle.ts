import { build } from 'esbuild';

// Single-page replicas (React with Ant Design or tea-component, Vue with OpenTiny) are bundled from their sources
// with the real libraries from node_modules once per server start, in memory.

const bundles = new Map<string, Promise<string>>();

export function bundle(entry: string): Promise<string> {
  let built = bundles.get(entry);
  if (!built) {
    built = build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      target: 'chrome100',
      jsx: 'automatic',
      loader: { '.css': 'text' },
      define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]?.text ?? '');
    bundles.set(entry, built);
  }
  return built;
}
