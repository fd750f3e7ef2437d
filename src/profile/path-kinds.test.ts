import { describe, expect, it } from 'vitest';
import { kindAt } from './path-kinds';
import { LIST_KEYS } from './paths';
import { emptyProfile } from './schema';

describe('path kinds', () => {
  it('the written-out list keys are exactly the keys the schema holds lists at', () => {
    const lists = new Set<string>();
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (Array.isArray(value)) lists.add(key);
        walk(Array.isArray(value) ? value[0] : value);
      }
    };
    walk(emptyProfile());
    lists.add('approvals'); // empty by default: its items have no default to walk into
    expect([...lists].sort()).toEqual([...LIST_KEYS].sort());
    expect(kindAt('websites[0].approvals')).toBe('list');
  });
});
