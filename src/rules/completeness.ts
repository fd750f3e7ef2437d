import type { Rule } from './define-rule';

export const completenessRules: Rule[] = [];
