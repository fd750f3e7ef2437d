import { browser } from 'wxt/browser';
import type { Text } from '../rules/define-rule';

/** The UI follows the browser's language: Chinese by default (and with no browser, as in unit tests), English for any non-Chinese browser. */
export const lang: 'zh' | 'en' = (browser?.i18n?.getUILanguage?.() ?? 'zh').toLowerCase().startsWith('zh') ? 'zh' : 'en';

export const say = (text: Text): string => text[lang];

/** The colon between a name and what follows it: full-width in Chinese text, ASCII and a space in English. */
export const colon = lang === 'zh' ? '：' : ': ';

/**
 * One side of a message written "中文 · English" (import refusals, store and background errors), so a page shows
 * one language; a message without the separator is shown whole.
 */
export function oneLanguage(message: string): string {
  const at = message.indexOf(' · ');
  if (at < 0) return message;
  return lang === 'zh' ? message.slice(0, at) : message.slice(at + ' · '.length);
}
