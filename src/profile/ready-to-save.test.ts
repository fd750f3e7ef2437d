import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { profileSchema } from './schema';
import { holdsAnyValue, labelledDocument, readyToSave } from './ready-to-save';

const blank = () => profileSchema.parse({ format: 'icp-filing-profile', version: 2, subject: {}, websites: [{}] });

describe('readyToSave', () => {
  it('refuses a profile with neither label nor subject name, naming the field in both languages', () => {
    const answer = readyToSave(blank());
    expect(answer).toMatchObject({ ok: false, path: 'label' });
    if (!answer.ok) {
      expect(answer.message.zh).toMatch(/^资料名称：/);
      expect(answer.message.en).toMatch(/^Profile label: /);
    }
  });

  it('takes the subject name as the label when there is none', () => {
    const profile = { ...blank(), subject: { ...blank().subject, name: '杭州云栖示例科技有限公司' } };
    expect(readyToSave(profile)).toMatchObject({ ok: true, profile: { label: '杭州云栖示例科技有限公司' } });
  });

  it('keeps a label as it is', () => {
    const profile = enterprise();
    const answer = readyToSave(profile);
    expect(answer.ok && answer.profile).toBe(profile);
  });
});

describe('holdsAnyValue', () => {
  it('sees nothing in a capture of an empty page', () => {
    expect(holdsAnyValue({ format: 'icp-filing-profile', version: 1, subject: { name: '', head: { mobiles: [] } }, websites: [{ domains: [''] }] })).toBe(false);
  });

  it('sees one value anywhere', () => {
    expect(holdsAnyValue({ format: 'icp-filing-profile', version: 1, websites: [{ access: { ips: ['1.2.3.4'] } }] })).toBe(true);
  });
});

describe('labelledDocument', () => {
  it('fills the label from the subject name, and keeps one given', () => {
    expect(labelledDocument({ subject: { name: '王小明' } })).toEqual({ subject: { name: '王小明' }, label: '王小明' });
    expect(labelledDocument({ label: 'x', subject: { name: '王小明' } }).label).toBe('x');
    expect(labelledDocument({ websites: [{}, { name: '云栖示例开发者文档' }] }).label).toBe('云栖示例开发者文档');
    expect(labelledDocument({ subject: { name: ' ' } })).toEqual({ subject: { name: ' ' } });
  });
});
