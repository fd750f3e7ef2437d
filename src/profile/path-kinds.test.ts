import { describe, expect, it } from 'vitest';
import { kindAt, profileTemplate } from './path-kinds';
import { LIST_KEYS } from './paths';

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
    walk(profileTemplate());
    expect([...lists].sort()).toEqual([...LIST_KEYS].sort());
    expect(kindAt('websites[0].approvals')).toBe('list');
    expect(kindAt('apps[1].platforms[2].fingerprint')).toBe('text');
    expect(kindAt('apps[0].providesSdk')).toBe('flag');
    expect(kindAt('websites[0].security.emergencyContact.mobiles')).toBe('list');
    expect(kindAt('miniPrograms[0].appId')).toBe('text');
  });
});
