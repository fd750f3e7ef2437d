import { parse } from '@plist/xml.parse';
import { binaryPlistStrings, isBinaryPlist } from './bplist';

// Property lists: XML through @plist/xml.parse (fast-xml-parser, no DOM, so it runs in the service worker), binary
// through our small reader (see bplist.ts for why).

const utf8 = new TextDecoder('utf-8');

/** The whole XML plist as plain values (dictionaries, arrays, strings, ArrayBuffers for <data>). */
export function parseXmlPlist(bytes: Uint8Array): unknown {
  return parse(utf8.decode(bytes));
}

/** The top-level string values of an Info.plist in either form. */
export function plistStrings(bytes: Uint8Array): Record<string, string> {
  if (isBinaryPlist(bytes)) return binaryPlistStrings(bytes);
  const value = parseXmlPlist(bytes);
  const result: Record<string, string> = {};
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer) && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) if (typeof v === 'string') result[key] = v;
  }
  return result;
}
