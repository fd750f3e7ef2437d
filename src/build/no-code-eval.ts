import type { Plugin } from 'vite';

// PouchDB's scopeEval (pouchdb-utils) runs a design document's filter or view given as source text through the
// Function constructor; addons.mozilla.org's linter flags it, and the extension never replicates with such filters
// (its own are functions). The body is replaced by an error, so a future use fails loudly instead of evaluating code.

const POUCHDB_UTILS = /[\\/]pouchdb-utils[\\/]lib[\\/]index(?:-browser)?\.es\.js$/;
/** `Function.apply(null, keys).apply(null, values)`, as pouchdb-utils 9 writes it. */
const EVAL = /return Function\.apply\(null, keys\)\.apply\(null, values\);/g;
const REFUSE = 'throw new Error("PouchDB filters and views given as source text are not supported in Beian Assistant");';

/** pouchdb-utils with the evaluation replaced; throws when it is not found exactly once. */
export function withoutCodeEval(code: string, id: string): string {
  const found = code.match(EVAL)?.length ?? 0;
  // A release that writes it differently must stop the build, not ship it unnoticed.
  if (found !== 1) throw new Error(`expected one Function.apply in ${id}, found ${found}: update src/build/no-code-eval.ts`);
  return code.replace(EVAL, REFUSE);
}

export function noCodeEval(): Plugin {
  return {
    name: 'beian:no-code-eval',
    enforce: 'pre',
    transform(code, id) {
      return POUCHDB_UTILS.test(id) ? { code: withoutCodeEval(code, id), map: null } : undefined;
    },
  };
}
