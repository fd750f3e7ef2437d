import type { Rule } from './define-rule';

export const recordsRules: Rule[] = [];
