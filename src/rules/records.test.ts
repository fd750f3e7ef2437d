import { describe, expect, it } from 'vitest';
import { enterprise, findingsOf } from '../../test/support/sample';
import { enterpriseWithApp } from './samples-v2.test-support';

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

describe('records of APPs and mini programs', () => {
  const filed = (apps: string, mini: string, website = '') => {
    const profile = enterpriseWithApp();
    profile.subject.recordNumber = '浙ICP备2026001234号';
    profile.websites[0]!.recordNumber = website;
    profile.apps[0]!.recordNumber = apps;
    profile.miniPrograms[0]!.recordNumber = mini;
    return findingsOf(profile, 'records').map((f) => [f.rule, f.path]);
  };

  it.each([
    ['浙ICP备2026001234号-2A', '浙ICP备2026001234号-3X', '浙ICP备2026001234号-1', []],
    ['浙ICP备2026001234号-2', '', '', [['records/app-record-format', 'apps[0].recordNumber']]],
    ['浙ICP备2026001234号-2X', '', '', [['records/app-record-format', 'apps[0].recordNumber']]],
    ['浙ICP备2026001234号-2a', '', '', [['records/app-record-format', 'apps[0].recordNumber']]],
    ['浙ICP备2026009999号-2A', '', '', [['records/app-record-format', 'apps[0].recordNumber']]],
    ['', '浙ICP备2026001234号-3A', '', [['records/mini-program-record-format', 'miniPrograms[0].recordNumber']]],
    ['', '浙ICP备2026001234号-3', '', [['records/mini-program-record-format', 'miniPrograms[0].recordNumber']]],
    ['', '', '浙ICP备2026001234号-1A', [['records/website-record-format', 'websites[0].recordNumber']]],
    ['浙ICP备2026001234号-1A', '', '浙ICP备2026001234号-1', [['records/sequence-unique', 'apps[0].recordNumber']]],
    ['浙ICP备2026001234号-2A', '浙ICP备2026001234号-02X', '', [['records/sequence-unique', 'miniPrograms[0].recordNumber']]],
  ])('APP %s, mini %s, website %s', (app, mini, website, expected) => {
    expect(filed(app, mini, website)).toEqual(expected);
  });

  it('says which letter an APP number lacks and which kind the letter it has belongs to', () => {
    const profile = enterpriseWithApp();
    profile.subject.recordNumber = '浙ICP备2026001234号';
    profile.apps[0]!.recordNumber = '浙ICP备2026001234号-2X';
    const message = findingsOf(profile, 'records')[0]!.message;
    expect(message.zh).toContain('「A」');
    expect(message.zh).toContain('小程序');
  });

  it('a quick app ends in K', () => {
    const profile = enterpriseWithApp();
    profile.subject.recordNumber = '浙ICP备2026001234号';
    profile.miniPrograms[0]!.platform = '快应用';
    profile.miniPrograms[0]!.recordNumber = '浙ICP备2026001234号-4K';
    expect(findingsOf(profile, 'records')).toEqual([]);
    profile.miniPrograms[0]!.recordNumber = '浙ICP备2026001234号-4X';
    expect(findingsOf(profile, 'records').map((f) => f.rule)).toEqual(['records/mini-program-record-format']);
  });

  it('a filed APP needs the subject number too', () => {
    const profile = enterpriseWithApp();
    profile.apps[0]!.recordNumber = '浙ICP备2026001234号-2A';
    expect(findingsOf(profile, 'records').map((f) => [f.rule, f.message.en])).toEqual([['records/app-record-format', 'a filed APP needs the subject record number too']]);
  });
});
