import { describe, expect, it } from 'vitest';
import { countryPrefixedPhone, joined } from './formats';

describe('codecs', () => {
  it.each([
    ['/', ['13905710000', '13705712222'], '13905710000/13705712222'],
    [';', ['a@b.cn'], 'a@b.cn'],
    ['\n', ['1.2.3.4', '5.6.7.8-5.6.7.9'], '1.2.3.4\n5.6.7.8-5.6.7.9'],
  ])('joined(%j) writes and reads back a list', (sep, list, text) => {
    const codec = joined(sep);
    expect(codec.toPortal(list)).toBe(text);
    expect(codec.fromPortal(text)).toEqual(list);
  });

  it.each([
    ['0571-88886666', '086-0571-88886666'],
    ['010-84562120-123', '086-010-84562120-123'],
    ['', ''],
  ])('086- office phone %s ⇄ %s', (profile, portal) => {
    expect(countryPrefixedPhone.toPortal(profile)).toBe(portal);
    expect(countryPrefixedPhone.fromPortal(portal)).toBe(profile);
  });
});
