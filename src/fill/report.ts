// What a fill says about each field (automation-api.md "Field statuses").

export type FieldStatus = 'filled' | 'unchanged' | 'skipped' | 'not-found' | 'failed';
export type FieldResult = { path: string; status: FieldStatus; detail?: string; label?: string };

/** The detail of a field whose control the page replaced while it was being filled: found again and written once more. */
export const REDRAWN = 'the page redrew this field while it was being filled';
