import type { Profile, Security } from '../profile/schema';
import { serviceWords } from '../profile/service';
import { addDays, dayNumber } from './days';
import { deadlineId, severityOf, type Deadline, type Owner } from './deadline';
import type { LoggedStage } from './review-deadlines';

// The 公安联网备案 every website and APP owes within 30 days of opening (公安部令第33号《计算机信息网络国际联网
// 安全保护管理办法》第十二条: 自网络正式联通之日起三十日内). 网站开通日期 is `security.openedOn`, else the filing
// log's latest 通过 date (issue 18's default). Done once the service holds its 公安备案号, or once the log records
// a 公安 filing on or after the day it opened.

const WARN_WITHIN_DAYS = 10;

type Opened = { service: string; name: string; words: { zh: string; en: string }; security: Security | undefined };

function servicesThatOpen(profile: Profile): Opened[] {
  return [
    ...profile.websites.map((w, index) => ({ service: `websites[${index}]`, name: w.name, words: serviceWords({ list: 'websites', index }), security: w.security })),
    ...profile.apps.map((a, index) => ({ service: `apps[${index}]`, name: a.name, words: serviceWords({ list: 'apps', index }), security: a.security })),
  ];
}

const lastOf = (stages: readonly LoggedStage[], stage: LoggedStage['stage']) => stages.filter((s) => s.stage === stage).at(-1)?.day;

export function securityDeadlines(profile: Profile, stages: readonly LoggedStage[], owner: Owner, today: string): Deadline[] {
  const approvedOn = lastOf(stages, 'approved');
  const filedOn = lastOf(stages, 'public-security');
  const deadlines: Deadline[] = [];
  for (const { service, name, words, security } of servicesThatOpen(profile)) {
    if (security?.recordNumber?.trim()) continue;
    const openedOn = security?.openedOn && dayNumber(security.openedOn) !== undefined ? security.openedOn : undefined;
    const opened = openedOn ?? approvedOn;
    if (!opened || (filedOn && filedOn >= opened)) continue;
    const due = addDays(opened, 30);
    const label = name.trim() || words.zh;
    deadlines.push({
      ...owner,
      id: deadlineId(owner, 'public-security', service),
      service,
      kind: 'public-security',
      due,
      expected: false,
      from: openedOn ? { path: `${service}.security.openedOn`, date: openedOn } : { stage: 'approved', date: opened },
      text: {
        zh: `公安联网备案（${label}）：开通之日起 30 日内在全国互联网安全管理服务平台办理。`,
        en: `Public-security filing (${name.trim() || words.en}): within 30 days of opening, on beian.mps.gov.cn.`,
      },
      source: '公安部令第33号 第十二条; rules-corpus §4.9 (QingCloud: 公安备案 within 30 days of launch); issue 18',
      severity: severityOf(due, today, WARN_WITHIN_DAYS),
    });
  }
  return deadlines;
}
