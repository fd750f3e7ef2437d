import { z } from 'zod';

// The interchange format v1 (profile-format.md). Every type in the app is inferred from here.
// Filing rules are not checked here: a profile full of filing errors still imports, so it can be fixed in place.

export const PROFILE_FORMAT = 'icp-filing-profile';
export const PROFILE_SET_FORMAT = 'icp-filing-profile-set';
export const CURRENT_VERSION = 1;

const text = () => z.string().default('');
const list = () => z.array(z.string()).default([]);

export const certificateSchema = z.strictObject({
  type: text(),
  number: text(),
  validFrom: z.string().optional(),
  validUntil: z.string().optional(),
});

export const personSchema = z.strictObject({
  name: text(),
  certificate: certificateSchema.prefault({}),
  officePhone: text(),
  mobiles: list(),
  emergencyPhone: text(),
  emails: list(),
});

export const regionSchema = z.strictObject({
  province: text(),
  city: text(),
  county: text(),
});

export const subjectSchema = z.strictObject({
  nature: text(),
  name: text(),
  certificate: z
    .strictObject({ type: text(), number: text(), address: text() })
    .prefault({}),
  region: regionSchema.prefault({}),
  mailingAddress: text(),
  investor: text(),
  recordNumber: text(),
  remark: text(),
  head: personSchema.prefault({}),
});

export const approvalSchema = z.strictObject({ type: text(), number: text() });

export const accessSchema = z.strictObject({
  provider: text(),
  ips: list(),
  methods: list(),
  serverLocations: list(),
});

export const websiteSchema = z.strictObject({
  name: text(),
  domains: list(),
  homepage: text(),
  services: list(),
  languages: list(),
  approvals: z.array(approvalSchema).default([]),
  recordNumber: text(),
  remark: text(),
  head: personSchema.prefault({}),
  access: accessSchema.prefault({}),
});

export const profileSchema = z.strictObject({
  format: z.literal(PROFILE_FORMAT),
  version: z.literal(CURRENT_VERSION),
  label: text(),
  subject: subjectSchema,
  websites: z.array(websiteSchema).min(1),
});

export const profileSetSchema = z.strictObject({
  format: z.literal(PROFILE_SET_FORMAT),
  version: z.literal(CURRENT_VERSION),
  profiles: z.array(profileSchema),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileSet = z.infer<typeof profileSetSchema>;
export type Subject = Profile['subject'];
export type Person = z.infer<typeof personSchema>;
export type Website = z.infer<typeof websiteSchema>;
export type Access = z.infer<typeof accessSchema>;
export type Region = z.infer<typeof regionSchema>;

let empty: Profile | undefined;
/** A profile with every default filled in: the shape of the format, read by path (which paths hold lists). */
export function emptyProfile(): Profile {
  empty ??= profileSchema.parse({ format: PROFILE_FORMAT, version: CURRENT_VERSION, subject: {}, websites: [{}] });
  return empty;
}
