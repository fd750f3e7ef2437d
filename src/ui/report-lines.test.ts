import { describe, expect, it } from 'vitest';
import type { FieldResult } from '../fill/report';
import { reportLines } from './report-lines';

const line = (path: string, status: FieldResult['status']): FieldResult => ({ path, status });

describe('reportLines', () => {
  it('drops the parts of a region once the field holding the whole region is filled', () => {
    const fields = [line('subject.region', 'filled'), line('subject.region.province', 'not-found'), line('subject.region.city', 'not-found'), line('subject.region.county', 'not-found'), line('subject.name', 'filled')];
    expect(reportLines(fields).map((f) => f.path)).toEqual(['subject.region', 'subject.name']);
  });

  it('keeps the parts when the whole was not filled, and each path once', () => {
    const fields = [line('subject.region', 'not-found'), line('subject.region.province', 'filled'), line('subject.region.province', 'failed')];
    expect(reportLines(fields)).toEqual([line('subject.region', 'not-found'), line('subject.region.province', 'filled')]);
  });
});
