import type { Person, Profile } from '../profile/schema';
import { daysFrom, dayNumber } from './days';
import { deadlineId, severityOf, type Deadline, type DeadlineKind, type Owner, type Text } from './deadline';

// Documents that expire: the 负责人's certificates, the 域名证书 of each website or APP, and every material with a
// validity. A filing wants ≥ 3 months left on them (rules-corpus.md §4.7; issue 17: 域名证书 > 3 months), Shanghai
// ≥ 6 months on the 营业执照 and the 域名证书 — so the warning starts that far ahead of the day they expire.

const THREE_MONTHS = 90;
const SIX_MONTHS = 180;
const DEFAULT_HORIZON_DAYS = 180;

const serviceOf = (path: string): string | undefined => /^(websites|apps|miniPrograms)\[\d+\]/.exec(path)?.[0];
const validDay = (value: string | undefined): value is string => value !== undefined && dayNumber(value) !== undefined; // '长期' and typos: not a date

function peopleOf(profile: Profile): [string, Person | undefined][] {
  const services = [
    ...profile.websites.map((w, i) => [`websites[${i}]`, w] as const),
    ...profile.apps.map((a, i) => [`apps[${i}]`, a] as const),
  ];
  return [
    ['subject.head', profile.subject.head],
    ...services.flatMap(([path, s]): [string, Person | undefined][] => [
      [`${path}.head`, s.head],
      [`${path}.security.securityHead`, s.security?.securityHead],
      [`${path}.security.emergencyContact`, s.security?.emergencyContact],
    ]),
    ...profile.miniPrograms.map((m, i): [string, Person | undefined] => [`miniPrograms[${i}].head`, m.head]),
  ];
}

/** `owner`: the profile path the document belongs to, when it is not where the date is (a material's owner). */
type Expiry = { kind: DeadlineKind; path: string; owner?: string; date: string; warnDays: number; text: Text; source: string };

function expiries(profile: Profile): Expiry[] {
  const shanghai = profile.subject.region.province.startsWith('上海');
  const found: Expiry[] = [];
  const seen = new Set<string>();
  for (const [path, person] of peopleOf(profile)) {
    const until = person?.certificate.validUntil;
    if (!person || !validDay(until)) continue;
    const who = `${person.name}|${person.certificate.number.toUpperCase()}`;
    if (seen.has(who)) continue; // the same person as 主体 and 网站负责人: one reminder
    seen.add(who);
    const name = person.name.trim() || '负责人';
    found.push({
      kind: 'certificate-expiry',
      path: `${path}.certificate.validUntil`,
      date: until,
      warnDays: THREE_MONTHS,
      text: {
        zh: `${name}的证件（${person.certificate.type || '证件'}）有效期至 ${until}；备案要求剩余有效期不少于 3 个月。`,
        en: `${person.name.trim() || 'The head'}'s certificate (${person.certificate.type || 'ID'}) is valid until ${until}; a filing wants at least 3 months left.`,
      },
      source: 'rules-corpus §4.7 (Huawei: 有效期需大于三个月)',
    });
  }
  const services = [...profile.websites.map((w, i) => [`websites[${i}]`, w] as const), ...profile.apps.map((a, i) => [`apps[${i}]`, a] as const)];
  for (const [path, service] of services) {
    const until = service.security?.domainCertificateValidUntil;
    if (!validDay(until)) continue;
    found.push({
      kind: 'domain-certificate-expiry',
      path: `${path}.security.domainCertificateValidUntil`,
      date: until,
      warnDays: shanghai ? SIX_MONTHS : THREE_MONTHS,
      text: {
        zh: `${service.name || path}的域名证书有效期至 ${until}；备案要求剩余不少于 ${shanghai ? '6' : '3'} 个月。`,
        en: `The domain certificate of ${service.name || path} is valid until ${until}; a filing wants at least ${shanghai ? 6 : 3} months left.`,
      },
      source: shanghai ? 'rules-corpus §4.7 (Shanghai: 域名证书 ≥ 6 months, QingCloud)' : 'issue 17 (域名证书 > 3 months left); rules-corpus §4.7',
    });
  }
  for (const [i, material] of profile.materials.entries()) {
    if (!validDay(material.validUntil)) continue;
    const longer = shanghai && (material.kind === '域名证书' || material.kind === '主办单位证件');
    const what = material.kind || '材料';
    found.push({
      kind: 'material-expiry',
      path: `materials[${i}].validUntil`,
      owner: material.owner,
      date: material.validUntil,
      warnDays: longer ? SIX_MONTHS : THREE_MONTHS,
      text: {
        zh: `材料「${what}」（${material.name}）有效期至 ${material.validUntil}；备案要求剩余不少于 ${longer ? '6' : '3'} 个月。`,
        en: `The material “${what}” (${material.name}) is valid until ${material.validUntil}; a filing wants at least ${longer ? 6 : 3} months left.`,
      },
      source: longer ? 'rules-corpus §4.7 (Shanghai: 营业执照 & 域名证书 ≥ 6 months, QingCloud)' : 'rules-corpus §4.7',
    });
  }
  return found;
}

export function expiryDeadlines(profile: Profile, owner: Owner, today: string, horizonDays = DEFAULT_HORIZON_DAYS): Deadline[] {
  return expiries(profile)
    .map(({ kind, path, owner: belongsTo, date, warnDays, text, source }): Deadline => {
      const service = serviceOf(belongsTo ?? path);
      return {
        ...owner,
        id: deadlineId(owner, kind, service, path),
        ...(service ? { service } : {}),
        kind,
        due: date,
        expected: false,
        from: { path, date },
        text,
        source,
        severity: severityOf(date, today, warnDays),
      };
    })
    .filter((d) => d.severity !== 'info' || daysFrom(today, d.due) <= horizonDays);
}
