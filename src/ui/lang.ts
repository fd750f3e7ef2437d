import { browser } from 'wxt/browser';
import type { Text } from '../rules/define-rule';

/** The UI follows the browser's language: Chinese by default, English for any non-Chinese browser. */
export const lang: 'zh' | 'en' = (browser.i18n?.getUILanguage?.() ?? 'zh').toLowerCase().startsWith('zh') ? 'zh' : 'en';

export const say = (text: Text): string => text[lang];
