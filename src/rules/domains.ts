import type { Rule } from './define-rule';

export const domainsRules: Rule[] = [];
