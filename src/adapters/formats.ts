import type { Codec, ProfileValue } from './define-adapter';

// Codecs portals share. A codec turns the profile's canonical value into what a portal field shows, and back.

const asText = (value: ProfileValue): string => (typeof value === 'string' ? value : value.join(''));

/** `0571-88886666` ⇄ `086-0571-88886666`, the form seed 000's portal asks for. */
export const countryPrefixedPhone: Codec = {
  toPortal: (value) => {
    const phone = asText(value);
    return phone && !phone.startsWith('086-') ? `086-${phone}` : phone;
  },
  fromPortal: (value) => asText(value).replace(/^\+?0?86-/, ''),
};
