import type { Person, Profile, Website } from '../profile/schema';
import type { PersonRole } from '../rules/define-rule';
import { rulesOfProvince, type ProvinceRules } from '../rules/data/provinces';
import type { ServiceRef } from '../profile/service';
import { materialsOfProvince, type ProvinceMaterials } from './province-materials';
import { providerFlow, type ProviderFlow } from './provider-flow';

type Approval = Website['approvals'][number];

/** One service the checklist is about, with what its needs depend on. */
export type ServiceInScope = {
  ref: ServiceRef;
  /** `websites[0]`, `apps[1]` … */
  path: string;
  role: Exclude<PersonRole, 'subject'>;
  head: Person;
  approvals: readonly Approval[];
  /** The provider the agent files through: the one asked about, else the service's 接入服务商. */
  flow: ProviderFlow;
  /** A mini program's host (微信, 抖音 …); '' for websites and APPs. */
  host: string;
};

/** What every need depends on: the subject's 性质 and province, and the services in question. */
export type Scope = {
  profile: Profile;
  personal: boolean;
  province: ProvinceRules;
  provinceMaterials: ProvinceMaterials;
  /** The service asked about, or every service of the filing. */
  services: ServiceInScope[];
};

const ROLES = { websites: 'website', apps: 'app', miniPrograms: 'mini-program' } as const;

function servicesOf(profile: Profile, provider: string | undefined): ServiceInScope[] {
  const flowOf = (own: string) => providerFlow(provider ?? own);
  return [
    ...profile.websites.map((site, index) => ({ ref: { list: 'websites' as const, index }, head: site.head, approvals: site.approvals, flow: flowOf(site.access.provider), host: '' })),
    ...profile.apps.map((app, index) => ({ ref: { list: 'apps' as const, index }, head: app.head, approvals: app.approvals, flow: flowOf(app.access.provider), host: '' })),
    ...profile.miniPrograms.map((mini, index) => ({ ref: { list: 'miniPrograms' as const, index }, head: mini.head, approvals: mini.approvals, flow: flowOf(provider ?? ''), host: mini.platform.trim() })),
  ].map((s) => ({ ...s, path: `${s.ref.list}[${s.ref.index}]`, role: ROLES[s.ref.list], approvals: s.approvals.filter((a) => a.type.trim()) }));
}

export function scopeOf(profile: Profile, service: ServiceRef | undefined, provider: string | undefined): Scope {
  const all = servicesOf(profile, provider);
  const province = profile.subject.region.province;
  return {
    profile,
    personal: profile.subject.nature.trim() === '个人',
    province: rulesOfProvince(province),
    provinceMaterials: materialsOfProvince(province),
    services: service ? all.filter((s) => s.ref.list === service.list && s.ref.index === service.index) : all,
  };
}
