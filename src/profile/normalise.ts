import { canonicalLabel } from './options';
import type { Person, Profile } from './schema';

// Canonical forms profile-format.md asks import to produce; filing errors (a lowercase x, a www.) are left for the rules.

/** `086-0571-88886666` / `86-010-…` → `0571-88886666`: the country prefix is the adapter's business. */
export function stripCountryPrefix(phone: string): string {
  return phone.trim().replace(/^(?:\+?0?86)[-\s]+(?=0)/, '');
}

/** `+8613905710000` / `0086 139…` → `13905710000`. */
export function stripMobilePrefix(mobile: string): string {
  return mobile.trim().replace(/^(?:\+86|0086)[-\s]?(?=1\d{10}$)/, '');
}

function normalisePerson(person: Person): Person {
  return {
    ...person,
    certificate: { ...person.certificate, type: canonicalLabel(person.certificate.type) },
    officePhone: stripCountryPrefix(person.officePhone),
    mobiles: person.mobiles.map(stripMobilePrefix),
    emergencyPhone: stripMobilePrefix(stripCountryPrefix(person.emergencyPhone)),
  };
}

export function normaliseProfile(profile: Profile): Profile {
  const { subject } = profile;
  return {
    ...profile,
    subject: {
      ...subject,
      nature: canonicalLabel(subject.nature),
      certificate: { ...subject.certificate, type: canonicalLabel(subject.certificate.type) },
      head: normalisePerson(subject.head),
    },
    websites: profile.websites.map((site) => ({
      ...site,
      services: site.services.map(canonicalLabel),
      languages: site.languages.map(canonicalLabel),
      approvals: site.approvals.map((a) => ({ ...a, type: canonicalLabel(a.type) })),
      head: normalisePerson(site.head),
      access: {
        ...site.access,
        methods: site.access.methods.map(canonicalLabel),
        serverLocations: site.access.serverLocations.map((s) => s.trim()),
      },
    })),
  };
}
