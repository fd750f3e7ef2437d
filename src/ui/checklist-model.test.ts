import { describe, expect, it } from 'vitest';
import { checklist, type ChecklistItem } from '../checklist/checklist';
import { material } from '../checklist/fixtures.test-support';
import { MATERIAL_KINDS } from '../profile/schema';
import { enterprise, personal } from '../../test/support/sample';
import { enterpriseWithApp } from '../rules/samples-v2.test-support';
import { attentionFirst, countsOf, KIND_NAMES, ownerName, targetOf, zhRuns } from './checklist-model';

const item = (status: ChecklistItem['status'], required: boolean, kind: ChecklistItem['kind'] = '其他'): ChecklistItem => ({
  kind,
  owner: 'subject',
  required,
  status,
  findings: [],
  reason: { zh: '', en: '' },
  source: '',
  ...(status === 'missing' ? {} : { material: 'materials[0]' }),
});

describe('ownerName', () => {
  it('names every owner the engine gives, in both languages, never as a path', () => {
    const p = enterpriseWithApp();
    for (const { owner } of checklist(p, undefined, undefined, [])) {
      for (const lang of ['zh', 'en'] as const) expect(ownerName(owner, lang, p), `${owner} ${lang}`).not.toMatch(/\[|^subject/);
    }
  });

  it('the subject, its head, a website by name, its head and its domain by the domain itself', () => {
    const p = enterprise();
    expect(ownerName('subject', 'zh', p)).toBe('主办单位');
    expect(ownerName('subject.head', 'en', p)).toBe('Host entity head');
    expect(ownerName('websites[0]', 'zh', p)).toBe('网站「云栖示例官网」');
    expect(ownerName('websites[0].head', 'en', p)).toBe('website “云栖示例官网” · website head');
    expect(ownerName('websites[0].domains[0]', 'zh', p)).toBe('网站「云栖示例官网」 · yunqi-example.com');
  });

  it('a person filing is the filer; an unnamed service by its number; an approval by its type', () => {
    expect(ownerName('subject', 'zh', personal())).toBe('主办者本人');
    const p = enterprise();
    p.websites[0]!.name = '';
    p.websites[0]!.approvals = [{ type: '新闻', number: '' }];
    expect(ownerName('websites[0].approvals[0]', 'zh', p)).toBe('第 1 个网站 · 前置审批「新闻」');
    expect(ownerName('websites[0].domains[4]', 'en', p)).toBe('website 1 · domain 5');
    expect(ownerName('nowhere', 'en', p)).toBe('nowhere');
  });
});

describe('counts and order', () => {
  const items = [item('present', true), item('missing', false), item('failing', true), item('missing', true)];
  it('counts each status, and the required among the missing', () => {
    expect(countsOf(items)).toEqual({ present: 1, missing: 2, failing: 1, requiredMissing: 1 });
  });
  it('failing, required missing, optional missing, present', () => {
    expect(attentionFirst(items).map((i) => `${i.status}${i.required ? '!' : ''}`)).toEqual(['failing!', 'missing!', 'missing', 'present!']);
  });
  it('a failing item leads to its error, a present one to its material; a missing one has no target of its own', () => {
    const failing = { ...item('failing', true), findings: [{ path: 'materials[0]', rule: 'r', severity: 'warning' as const, message: { zh: '', en: '' } }, { path: 'materials[0].validUntil', rule: 'r', severity: 'error' as const, message: { zh: '', en: '' } }] };
    expect(targetOf(failing)).toBe('materials[0].validUntil');
    expect(targetOf(item('failing', true))).toBe('materials[0]');
    expect(targetOf(item('present', true))).toBe('materials[0]');
    expect(targetOf(item('missing', true))).toBeUndefined();
  });
  it('on a real checklist: statuses counted as the engine gives them', () => {
    const p = enterprise();
    p.materials = [material('主办单位证件', 'subject')];
    const list = checklist(p, undefined, undefined, []);
    expect(countsOf(list).present).toBe(1);
    expect(countsOf(list).missing).toBe(list.length - 1);
  });
});

describe('names and runs', () => {
  it('every material kind has both names', () => {
    for (const kind of MATERIAL_KINDS) expect(KIND_NAMES[kind].zh && KIND_NAMES[kind].en).toBeTruthy();
  });
  it('marks the Chinese terms inside an English line', () => {
    expect(zhRuns('needed: an 授权书 signed, the 核验单 (3 months)')).toEqual([
      { text: 'needed: an ', zh: false },
      { text: '授权书', zh: true },
      { text: ' signed, the ', zh: false },
      { text: '核验单', zh: true },
      { text: ' (3 months)', zh: false },
    ]);
    expect(zhRuns('plain')).toEqual([{ text: 'plain', zh: false }]);
    expect(zhRuns('证件有效期须至少还剩 3 个月')).toEqual([{ text: '证件有效期须至少还剩 3 个月', zh: true }]);
  });
});
