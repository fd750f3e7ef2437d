import type { Rule } from './define-rule';

export const contactsRules: Rule[] = [];
