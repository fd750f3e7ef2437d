import type { Profile } from './schema';

/**
 * The filing a website needs, from the record numbers (seeds 000/002 开始备案): no subject record → 新增备案;
 * a subject record but none for the website → 新增网站; the website filed already (new provider) → 新增接入.
 */
export function deriveFilingType(profile: Profile, website: number): '新增备案' | '新增网站' | '新增接入' {
  if (!profile.subject.recordNumber.trim()) return '新增备案';
  return profile.websites[website]?.recordNumber.trim() ? '新增接入' : '新增网站';
}
