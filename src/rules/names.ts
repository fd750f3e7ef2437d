import type { Rule } from './define-rule';

export const namesRules: Rule[] = [];
