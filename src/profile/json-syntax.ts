import type { Text } from '../rules/define-rule';

// Why a text is not JSON, said the same way in both languages and in every browser: the engines' own messages differ
// (V8 gives a position for some mistakes and a quoted snippet for others) and are English only.

const WS = new Set([' ', '\t', '\n', '\r']);

/** The offset of the first character that breaks the JSON grammar (the text's length when it ends too soon); undefined when it parses. */
export function syntaxErrorAt(text: string): number | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) (i--, fail());
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length) {
      const ch = text[i] ?? '';
      if (ch === '"') return void i++;
      if (ch < ' ') fail();
      if (ch === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) (i += 2, fail());
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else (i++, fail());
      } else i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  const value = (): void => {
    skip();
    const ch = text[i];
    if (ch === '{') {
      i++;
      skip();
      if (text[i] === '}') return void i++;
      for (;;) {
        skip();
        if (text[i] !== '"') fail();
        string();
        skip();
        if (text[i] !== ':') fail();
        i++;
        value();
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (ch === '[') {
      i++;
      skip();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail();
  };
  try {
    value();
    skip();
    return i < text.length ? i : undefined;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}

/** Line and column (from 1) of an offset, as an editor counts them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** What Import takes, said whenever a file is not one of them. */
export const ACCEPTED: Text = {
  zh: '可导入的是备案资料 JSON 文件（.json）：单个资料、资料集、完整备份或加密备份',
  en: 'Import takes filing-profile JSON files (.json): one profile, a profile set, a full backup or an encrypted backup',
};

/**
 * Why `text` cannot be imported, or undefined when it is JSON. Text that does not even start like JSON (a CSV, an
 * image, a spreadsheet) is another kind of file: the message says what is accepted instead of where the syntax broke.
 */
export function notJson(text: string): Text | undefined {
  const at = syntaxErrorAt(text.replace(/^\uFEFF/, ''));
  if (at === undefined) return undefined;
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (start !== '{' && start !== '[') return { zh: `这不是 JSON 文件。${ACCEPTED.zh}`, en: `This is not a JSON file. ${ACCEPTED.en}` };
  const { line, column } = lineColumn(text.replace(/^\uFEFF/, ''), at);
  return {
    zh: `不是有效的 JSON：第 ${line} 行第 ${column} 列有误（位置 ${at}）`,
    en: `not valid JSON: line ${line}, column ${column} (position ${at})`,
  };
}
