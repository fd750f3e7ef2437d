import { describe, expect, it } from 'vitest';
import { isProfilePath } from '../profile/path-kinds';
import { setAtPath, toPartialProfile } from './to-profile';

describe('capture paths', () => {
  it.each(['subject.name', 'subject.head.certificate.validUntil', 'websites[3].head.mobiles[1]', 'websites[0].approvals[2].number', 'subject.region'])('%s is a profile path', (path) => {
    expect(isProfilePath(path)).toBe(true);
  });

  it.each(['__proto__.polluted', 'subject.__proto__.x', 'constructor.prototype.x', 'websites.0', 'subject.name.length', 'subject.favourite'])('%s is not, and nothing is written at it', (path) => {
    expect(isProfilePath(path)).toBe(false);
    const root: Record<string, unknown> = {};
    setAtPath(root, path, 'yes');
    expect(root).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('builds a partial profile with the website data in its slot', () => {
    const profile = toPartialProfile([{ path: 'websites[1].name', value: '云栖' }, { path: '__proto__.x', value: 'no' }], 1);
    expect(profile).toMatchObject({ websites: [{}, { name: '云栖' }] });
    expect(Object.keys(profile)).not.toContain('x');
  });
});
