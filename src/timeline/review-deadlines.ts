import { stageOf, type Stage } from '../profile/log-stages';
import type { FilingLogEntry } from '../profile/store';
import { bundledCalendar } from './calendar';
import { addDays, parseLogDate } from './days';
import { deadlineId, severityOf, type Deadline, type Owner, type TimelineOptions } from './deadline';
import { addWorkingDays } from './working-days';

// The next step of the filing under review, from the filing log's latest stage: 初审 after 提交, the SMS window after
// 初审 passed, the 管局's answer after the SMS (rules-corpus.md §4.9; seeds 001 and 002).

export type LoggedStage = { stage: Stage; day: string; time?: string };

/** The log's entries that name a stage and a date, oldest first (same day: in the order they were logged). */
export function loggedStages(log: readonly FilingLogEntry[]): LoggedStage[] {
  const stages: LoggedStage[] = [];
  for (const entry of log) {
    const stage = stageOf(entry.status);
    const date = parseLogDate(entry.date);
    if (stage && date) stages.push({ stage, ...date });
  }
  return stages
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.day.localeCompare(b.s.day) || (a.s.time ?? '').localeCompare(b.s.time ?? '') || a.i - b.i)
    .map(({ s }) => s);
}

const PROVIDER_REVIEW = {
  zh: '接入商初审：提交后 1–2 个工作日内出结果；初审通过后工信部发核验短信，须在 24 小时内完成核验。',
  en: "Provider's first review (初审): a result within 1–2 working days of submission; once it passes, MIIT sends an SMS to verify within 24 hours.",
};
const BUREAU_REVIEW = {
  zh: '管局审核：承诺 20 个工作日内办结，平均约一周。',
  en: 'Communications bureau (管局) review: at most 20 working days, about a week on average.',
};

function smsText(timed: boolean) {
  const zh = '工信部短信核验：收到短信后 24 小时内完成，输错五次退回。';
  const en = "MIIT's SMS verification: within 24 hours of the SMS; five wrong tries send the filing back.";
  return timed
    ? { zh, en }
    : { zh: `${zh}未记录短信时间，按收到当天计。`, en: `${en} The SMS time is not logged, so it counts as due the day it came.` };
}

export function reviewDeadlines(log: readonly FilingLogEntry[], owner: Owner, today: string, options: TimelineOptions = {}): Deadline[] {
  const calendar = options.calendar ?? bundledCalendar();
  const stages = loggedStages(log);
  const current = stages.at(-1);
  if (!current) return [];
  const base = owner;
  switch (current.stage) {
    case 'submitted':
    case 'provider-review': {
      // Counted from the first of the trailing 提交/初审 entries: logging "初审中" a day later does not move the date.
      let first = current;
      for (let i = stages.length - 1; i >= 0; i--) {
        const entry = stages[i];
        if (!entry || (entry.stage !== 'submitted' && entry.stage !== 'provider-review')) break;
        first = entry;
      }
      const latest = addWorkingDays(first.day, 2, calendar);
      return [
        {
          ...base,
          id: deadlineId(owner, 'provider-review'),
          kind: 'provider-review',
          due: latest.date,
          earliest: addWorkingDays(first.day, 1, calendar).date,
          expected: true,
          ...(latest.outsideCalendar ? { outsideCalendar: true } : {}),
          from: { stage: first.stage, date: first.day },
          text: PROVIDER_REVIEW,
          source: 'rules-corpus §4.9 (Huawei, Aliyun, Volcengine: 1–2 working days); seed 001 (21Vianet) and seed 002: within 2 working days',
          severity: severityOf(latest.date, today, 0, true),
        },
      ];
    }
    case 'sms-verification': {
      // 24 hours from the SMS (the same hour tomorrow: China keeps no DST); without its time, the day it came is the
      // safe answer.
      const due = current.time ? addDays(current.day, 1) : current.day;
      return [
        {
          ...base,
          id: deadlineId(owner, 'sms-verification'),
          kind: 'sms-verification',
          due,
          ...(current.time ? { time: current.time } : {}),
          expected: false,
          from: { stage: 'sms-verification', date: current.time ? `${current.day}T${current.time}` : current.day },
          text: smsText(Boolean(current.time)),
          source: 'rules-corpus §4.9 (Huawei: within 24 h of the SMS); issue 17',
          severity: severityOf(due, today, 1),
        },
      ];
    }
    case 'bureau-review': {
      const latest = addWorkingDays(current.day, 20, calendar);
      return [
        {
          ...base,
          id: deadlineId(owner, 'bureau-review'),
          kind: 'bureau-review',
          due: latest.date,
          earliest: addWorkingDays(current.day, 1, calendar).date,
          expected: true,
          ...(latest.outsideCalendar ? { outsideCalendar: true } : {}),
          from: { stage: 'bureau-review', date: current.day },
          text: BUREAU_REVIEW,
          source: 'rules-corpus §4.9 (管局 ≤ 20 working days; Huawei 1–20); seed 004 (法定20個工作日)',
          severity: severityOf(latest.date, today, 2, true),
        },
      ];
    }
    default:
      return [];
  }
}
