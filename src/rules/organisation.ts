import type { Rule } from './define-rule';

export const organisationRules: Rule[] = [];
