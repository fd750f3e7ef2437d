import { describe, expect, it } from 'vitest';
import { countryPrefixedPhone } from './formats';

describe('codecs', () => {
  it.each([
    ['0571-88886666', '086-0571-88886666'],
    ['010-84562120-123', '086-010-84562120-123'],
    ['', ''],
  ])('086- office phone %s ⇄ %s', (profile, portal) => {
    expect(countryPrefixedPhone.toPortal(profile)).toBe(portal);
    expect(countryPrefixedPhone.fromPortal(portal)).toBe(profile);
  });
});
