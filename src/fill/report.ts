// What a fill says about each field (automation-api.md "Field statuses").

export type FieldStatus = 'filled' | 'unchanged' | 'skipped' | 'not-found' | 'failed';
export type FieldResult = { path: string; status: FieldStatus; detail?: string; label?: string };
