import type { Rule } from './define-rule';

export const identityRules: Rule[] = [];
