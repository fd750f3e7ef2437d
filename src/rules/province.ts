import type { Rule } from './define-rule';

export const provinceRules: Rule[] = [];
