import type { Profile } from '../profile/schema';
import { parseService } from '../profile/service';
import type { Text } from '../rules/define-rule';

// The 网站备案信息真实性核验单 as the ISP flows still ask for it (seed 004; seed 002 §3 item 4): the filer fills in only
// 网站主办者名称 and 网站域名 (without www.), signs where the 网站负责人 signs and stamps over the signature (a person
// presses a fingerprint instead); the 核验人 part is the provider's and stays empty.

export type CheckSheet = {
  /** 网站主办者名称: the subject's name as filed. */
  subjectName: string;
  /** 网站域名, each without `www.`, in the profile's order, once each. */
  domains: string[];
  /** A person's filing: a fingerprint beside the signature instead of a company stamp. */
  personal: boolean;
  /** For the screen only (never printed: the sheet says what the seed fills and no more). */
  websiteName: string;
  headName: string;
};

export type CheckSheetResult = { ok: true; sheet: CheckSheet } | { ok: false; reason: Text };

/** A domain as the sheet wants it: no scheme, no path, no `www.` (seed 002: 不需加 www.). */
export function sheetDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '');
}

/** The sheet of `service` (a website: `websites[i]`), or why there is none. */
export function checkSheetOf(profile: Profile, service: string): CheckSheetResult {
  const ref = parseService(service);
  if (!ref || ref.list !== 'websites') {
    return { ok: false, reason: { zh: `核验单按网站填写：请选择一个网站（如 websites[0]），而不是「${service}」`, en: `a check sheet is for a website: name one (such as websites[0]), not “${service}”` } };
  }
  const site = profile.websites[ref.index];
  if (!site) return { ok: false, reason: { zh: `资料中没有第 ${ref.index + 1} 个网站`, en: `the profile has no website ${ref.index + 1}` } };
  const domains = [...new Set(site.domains.map(sheetDomain).filter(Boolean))];
  return {
    ok: true,
    sheet: { subjectName: profile.subject.name.trim(), domains, personal: profile.subject.nature.trim() === '个人', websiteName: site.name.trim(), headName: site.head.name.trim() },
  };
}

/** What the page reads from its address: `check-sheet.html?profile=<id>&service=websites[0]` (service defaults to the first website). */
export function sheetAddress(search: string): { profile: string; service: string } {
  const params = new URLSearchParams(search);
  return { profile: params.get('profile') ?? '', service: params.get('service') || 'websites[0]' };
}

/** The page's address for a stored profile's website, relative to the extension's root. */
export const sheetHref = (profileId: string, website: number): string => `check-sheet.html?${new URLSearchParams({ profile: profileId, service: `websites[${website}]` }).toString()}`;
