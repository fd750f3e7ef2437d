import type { Rule } from './define-rule';

export const addressRules: Rule[] = [];
