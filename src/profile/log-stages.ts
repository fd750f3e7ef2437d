// The stages of a filing as the filing log stores them: ids, so a log written in one language reads in the other.

export const STAGES = ['submitted', 'provider-review', 'bureau-review', 'approved', 'rejected', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];

/** What earlier versions stored: the default stage's text in the UI's language of the day. */
const LEGACY: Record<string, Stage> = { 已提交: 'submitted', submitted: 'submitted' };

export const isStage = (value: string): value is Stage => (STAGES as readonly string[]).includes(value);

/** The stage a stored status stands for; undefined for free text an agent typed, which is shown as it was written. */
export function stageOf(status: string): Stage | undefined {
  const trimmed = status.trim();
  return isStage(trimmed) ? trimmed : LEGACY[trimmed.toLowerCase()] ?? LEGACY[trimmed];
}
