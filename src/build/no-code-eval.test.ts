import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutCodeEval } from './no-code-eval';

const utils = join(import.meta.dirname, '../../node_modules/pouchdb-utils/lib/index-browser.es.js');

describe('no code evaluation in the bundled PouchDB', () => {
  it("replaces scopeEval's Function constructor and keeps the rest", () => {
    const code = readFileSync(utils, 'utf8');
    const out = withoutCodeEval(code, utils);
    expect(out).not.toMatch(/Function\.apply\(/);
    expect(out).toContain('not supported in Beian Assistant');
    expect(Math.abs(out.length - code.length)).toBeLessThan(200);
  });

  it('stops the build when the evaluation is written differently', () => {
    expect(() => withoutCodeEval('return new Function(src)();', 'pouchdb-utils')).toThrow(/expected one Function.apply/);
  });
});
