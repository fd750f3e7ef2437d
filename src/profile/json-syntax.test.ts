import { describe, expect, it } from 'vitest';
import { lineColumn, notJson, syntaxErrorAt } from './json-syntax';

describe('syntaxErrorAt', () => {
  it.each(['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"]}', ' \n{ "a" : { } } \n', '"s"', '0'])('accepts %s as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(syntaxErrorAt(text)).toBeUndefined();
  });

  it.each([
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['{"a":tru}', 8],
    ['{"a":"b', 7],
    ['{"a":01}', 6],
    ['{} x', 3],
    ['', 0],
    ["{'a':1}", 1],
  ])('finds where %j breaks: %i', (text, at) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(syntaxErrorAt(text)).toBe(at);
  });
});

describe('notJson', () => {
  it('gives line and column in both languages', () => {
    const text = '{\n  "format": "icp-filing-profile",\n  "version": 1,,\n}';
    expect(lineColumn(text, syntaxErrorAt(text) ?? -1)).toEqual({ line: 3, column: 16 });
    expect(notJson(text)).toEqual({ zh: expect.stringContaining('第 3 行第 16 列'), en: expect.stringContaining('line 3, column 16') });
  });

  it('says what is accepted for another kind of file', () => {
    for (const text of ['name,phone\n王小明,13905710000\n', '\u0089PNG\r\n\u001a\n']) {
      const message = notJson(text);
      expect(message?.zh).toContain('可导入的是备案资料 JSON 文件');
      expect(message?.en).toContain('Import takes filing-profile JSON files');
    }
  });

  it('is undefined for JSON, a byte-order mark included', () => {
    expect(notJson('\uFEFF{"a":1}')).toBeUndefined();
  });
});
