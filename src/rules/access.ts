import type { Rule } from './define-rule';

export const accessRules: Rule[] = [];
