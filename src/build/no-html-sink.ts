import type { Plugin } from 'vite';

// Preact's renderer keeps one HTML-string sink, `dangerouslySetInnerHTML` (element.innerHTML = props.__html), which
// addons.mozilla.org's linter flags in every page that bundles Preact. Nothing here renders HTML strings, so the
// sink is replaced by an error: a future use fails loudly instead of parsing markup into an extension page.

const PREACT = /[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs|js)$/;
/** The assignment as Preact 10 minifies it: `(u.innerHTML=h.__html)`, whatever the letters. */
const SINK = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
const REFUSE = '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in Beian Assistant")})()';

/** Preact's build with the sink replaced; throws when the sink is not found exactly once. */
export function withoutHtmlSink(code: string, id: string): string {
  const found = code.match(SINK)?.length ?? 0;
  // A Preact release that writes the sink differently must stop the build, not ship it unnoticed.
  if (found !== 1) throw new Error(`expected one innerHTML sink in ${id}, found ${found}: update src/build/no-html-sink.ts`);
  return code.replace(SINK, REFUSE);
}

export function noHtmlSink(): Plugin {
  return {
    name: 'beian:no-html-sink',
    enforce: 'pre',
    transform(code, id) {
      return PREACT.test(id) ? { code: withoutHtmlSink(code, id), map: null } : undefined;
    },
  };
}
