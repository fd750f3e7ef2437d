import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutHtmlSink } from './no-html-sink';

const preact = createRequire(import.meta.url).resolve('preact');

describe('no HTML sink in the bundled Preact', () => {
  it("replaces dangerouslySetInnerHTML's innerHTML assignment and keeps the rest", () => {
    const code = readFileSync(preact.replace(/preact\.js$/, 'preact.module.js'), 'utf8');
    const out = withoutHtmlSink(code, 'preact.module.js');
    expect(out).not.toMatch(/\.innerHTML=[\w$]+\.__html/);
    expect(out).toContain('dangerouslySetInnerHTML is not supported');
    expect(out.length - code.length).toBeLessThan(200);
  });

  it('stops the build when the sink is written differently', () => {
    expect(() => withoutHtmlSink('el.innerHTML = html;', 'preact.mjs')).toThrow(/expected one innerHTML sink/);
  });
});
