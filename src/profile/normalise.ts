import { canonicalLabel } from './options';
import type { App, AppPlatform, MiniProgram, Person, Profile, Security } from './schema';

// Canonical forms profile-format.md asks import to produce; filing errors (a lowercase x, a www.) are left for the rules.

/** `086-0571-88886666` / `86-010-…` → `0571-88886666`: the country prefix is the adapter's business. */
export function stripCountryPrefix(phone: string): string {
  return phone.trim().replace(/^(?:\+?0?86)[-\s]+(?=0)/, '');
}

/** `+8613905710000` / `0086 139…` → `13905710000`. */
export function stripMobilePrefix(mobile: string): string {
  return mobile.trim().replace(/^(?:\+86|0086)[-\s]?(?=1\d{10}$)/, '');
}

/** `ab:cd:…`, `AB CD …`, `abcd…` → `ABCD…`; anything that is not hex pairs is left for the rules to name. */
export function canonicalFingerprint(fingerprint: string): string {
  const digits = fingerprint.trim().replace(/[\s:-]/g, '');
  return /^[0-9a-f]+$/i.test(digits) ? digits.toUpperCase() : fingerprint.trim();
}

const RSA_MODULUS_HEX = /^(?:0x)?[0-9a-f]+$/i;
const SPKI_HEX = /^30[0-9a-f]+$/i;
/**
 * An RSA modulus given in hex (`00C3A1…`, `0x…`, colon pairs) → its decimal, as the providers' guides show it; an EC
 * key's SubjectPublicKeyInfo hex → upper case. Only a hex string with a letter in it is read as hex: a 2048-bit
 * modulus whose hex has no letter at all does not occur in practice, and a decimal one is the canonical form.
 */
export function canonicalPublicKey(key: string): string {
  const compact = key.trim().replace(/[\s:]/g, '');
  if (!/[a-f]/i.test(compact) || !RSA_MODULUS_HEX.test(compact)) return key.trim();
  if (SPKI_HEX.test(compact) && compact.length < 400 && /2a8648ce3d0201/i.test(compact)) return compact.toUpperCase();
  return BigInt(`0x${compact.replace(/^0x/i, '')}`).toString(10);
}

function normalisePlatform(platform: AppPlatform): AppPlatform {
  return { ...platform, platform: canonicalLabel(platform.platform), packageName: platform.packageName.trim(), publicKey: canonicalPublicKey(platform.publicKey), fingerprint: canonicalFingerprint(platform.fingerprint) };
}

function normaliseSecurity(security: Security | undefined): Security | undefined {
  if (!security) return undefined;
  return {
    ...security,
    ...(security.securityHead && { securityHead: normalisePerson(security.securityHead) }),
    ...(security.emergencyContact && { emergencyContact: normalisePerson(security.emergencyContact) }),
  };
}

function normaliseApp(app: App): App {
  return {
    ...app,
    platforms: app.platforms.map(normalisePlatform),
    services: app.services.map(canonicalLabel),
    languages: app.languages.map(canonicalLabel),
    approvals: app.approvals.map((a) => ({ ...a, type: canonicalLabel(a.type) })),
    head: normalisePerson(app.head),
    access: { ...app.access, methods: app.access.methods.map(canonicalLabel), serverLocations: app.access.serverLocations.map((s) => s.trim()) },
    ...(app.security && { security: normaliseSecurity(app.security) }),
  };
}

function normaliseMiniProgram(mini: MiniProgram): MiniProgram {
  return { ...mini, appId: mini.appId.trim(), approvals: mini.approvals.map((a) => ({ ...a, type: canonicalLabel(a.type) })), head: normalisePerson(mini.head) };
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
      ...(site.security && { security: normaliseSecurity(site.security) }),
    })),
    apps: profile.apps.map(normaliseApp),
    miniPrograms: profile.miniPrograms.map(normaliseMiniProgram),
  };
}
