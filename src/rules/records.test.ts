import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf } from '../../test/support/sample';

describe('records', () => {
  it.each([
    ['浙ICP备2026001234号', '浙ICP备2026001234号-1', []],
    ['京ICP备16020626号', '', ['records/subject-record-province']],
    ['浙ICP备20号', '', ['records/subject-record-format']],
    ['', '浙ICP备2026001234号-1', ['records/website-record-format']],
    ['浙ICP备2026001234号', '浙ICP备2026009999号-1', ['records/website-record-format']],
    ['浙ICP备2026001234号', '浙ICP备2026001234号', ['records/website-record-format']],
  ])('subject %s, website %s', (subjectRecord, websiteRecord, rules) => {
    const profile = enterprise();
    profile.subject.recordNumber = subjectRecord;
    profile.websites[0]!.recordNumber = websiteRecord;
    expect(findingsOf(profile, 'records').map((f) => f.rule)).toEqual(rules);
  });
});
