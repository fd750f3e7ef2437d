import { z } from 'zod';

export { APP_PLATFORMS, MATERIAL_KINDS, MINI_PROGRAM_HOSTS, type MaterialKind } from './options';

// The interchange format v2 (profile-format.md, "Version 2"). Every type in the app is inferred from here.
// Filing rules are not checked here: a profile full of filing errors still imports, so it can be fixed in place.

export const PROFILE_FORMAT = 'icp-filing-profile';
export const PROFILE_SET_FORMAT = 'icp-filing-profile-set';
export const CURRENT_VERSION = 2;

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

/** 公安联网备案 of one website or APP; every field optional (profile-format.md, "Security"). */
export const securitySchema = z.strictObject({
  recordNumber: z.string().optional(),
  openedOn: z.string().optional(),
  registrar: z.string().optional(),
  domainCertificateValidUntil: z.string().optional(),
  interactive: z.boolean().optional(),
  interactiveServices: z.array(z.string()).optional(),
  securityHead: personSchema.optional(),
  emergencyContact: personSchema.optional(),
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
  security: securitySchema.optional(),
});

export const appPlatformSchema = z.strictObject({
  platform: text(),
  packageName: text(),
  publicKey: text(),
  fingerprint: text(),
  domains: list(),
});

export const appSchema = z.strictObject({
  name: text(),
  platforms: z.array(appPlatformSchema).default([]),
  domains: list(),
  services: list(),
  languages: list(),
  approvals: z.array(approvalSchema).default([]),
  providesSdk: z.boolean().default(false),
  thirdPartySdks: list(),
  recordNumber: text(),
  remark: text(),
  head: personSchema.prefault({}),
  access: accessSchema.prefault({}),
  security: securitySchema.optional(),
});

export const miniProgramSchema = z.strictObject({
  platform: text(),
  appId: text(),
  name: text(),
  services: list(),
  approvals: z.array(approvalSchema).default([]),
  remark: text(),
  recordNumber: text(),
  head: personSchema.prefault({}),
});


/** A file the filing needs, stored beside the profile; `data` is absent in an export made without materials. */
export const materialSchema = z.strictObject({
  id: z.string().min(1),
  kind: text(),
  owner: text(),
  name: text(),
  type: text(),
  size: z.number().int().nonnegative(),
  width: z.number().int().nonnegative().optional(),
  height: z.number().int().nonnegative().optional(),
  sha256: text(),
  validUntil: z.string().optional(),
  data: z.string().optional(),
});

/** A profile holds at least one service (profile-format.md "Version 2"); import shows this message as it is. */
export const NO_SERVICE = '至少需要一个网站、APP 或小程序 · a profile needs at least one website, APP or mini program';

const SERVICE_LISTS = ['websites', 'apps', 'miniPrograms'] as const;

export const profileSchema = z
  .strictObject({
    format: z.literal(PROFILE_FORMAT),
    version: z.literal(CURRENT_VERSION),
    label: text(),
    subject: subjectSchema,
    websites: z.array(websiteSchema).default([]),
    apps: z.array(appSchema).default([]),
    miniPrograms: z.array(miniProgramSchema).default([]),
    materials: z.array(materialSchema).default([]),
  })
  .check((ctx) => {
    if (SERVICE_LISTS.some((key) => ctx.value[key].length > 0)) return;
    ctx.issues.push({ code: 'custom', path: ['websites'], input: ctx.value.websites, message: NO_SERVICE });
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
export type Security = z.infer<typeof securitySchema>;
export type App = z.infer<typeof appSchema>;
export type AppPlatform = z.infer<typeof appPlatformSchema>;
export type MiniProgram = z.infer<typeof miniProgramSchema>;
export type Material = z.infer<typeof materialSchema>;

let empty: Profile | undefined;
/** A profile with every default filled in: the shape of the format, read by path (which paths hold lists). */
export function emptyProfile(): Profile {
  empty ??= profileSchema.parse({ format: PROFILE_FORMAT, version: CURRENT_VERSION, subject: {}, websites: [{}] });
  return empty;
}
