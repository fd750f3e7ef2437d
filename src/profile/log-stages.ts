// The stages of a filing as the filing log stores them: ids, so a log written in one language reads in the other.
// The order is the order a filing goes through them (the log editor lists them so); stored ids never change meaning.

export const STAGES = [
  'submitted',
  'provider-review',
  'sms-verification',
  'bureau-review',
  'approved',
  'public-security',
  'rejected',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * What each stage means on the day the log records it: the filing *entered* that stage then. `sms-verification` is
 * the day 初审 passed and MIIT's SMS came (verify within 24 hours); `public-security` the day the 公安联网备案 was filed.
 */
export const STAGE_LABELS: Readonly<Record<Stage, { zh: string; en: string }>> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  'provider-review': { zh: '接入商初审中', en: 'Provider review' },
  'sms-verification': { zh: '待短信核验', en: 'SMS verification' },
  'bureau-review': { zh: '管局审核中', en: 'Bureau review' },
  approved: { zh: '已通过', en: 'Approved' },
  'public-security': { zh: '已提交公安备案', en: 'Filed with public security' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** What earlier versions stored: the default stage's text in the UI's language of the day. */
const LEGACY: Record<string, Stage> = { 已提交: 'submitted', submitted: 'submitted' };

/** A stage's label in either language, as an agent may have typed it: read as that stage. */
const BY_LABEL = new Map<string, Stage>(
  STAGES.flatMap((stage) => [
    [STAGE_LABELS[stage].zh, stage],
    [STAGE_LABELS[stage].en.toLowerCase(), stage],
  ]),
);

export const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

/** The stage a stored status stands for; undefined for free text an agent typed, which is shown as it was written. */
export function stageOf(status: string): Stage | undefined {
  const trimmed = status.trim();
  if (isStage(trimmed)) return trimmed;
  const lower = trimmed.toLowerCase();
  return LEGACY[lower] ?? LEGACY[trimmed] ?? BY_LABEL.get(trimmed) ?? BY_LABEL.get(lower);
}
