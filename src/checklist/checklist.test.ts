import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/define-rule';
import { enterprise, personal } from '../../test/support/sample';
import { checklist, type ChecklistItem } from './checklist';
import { material } from './fixtures.test-support';

const finding = (path: string, severity: Finding['severity'], rule = 'materials/test'): Finding => ({ path, rule, severity, message: { zh: '测试', en: 'test' } });

function itemOf(items: readonly ChecklistItem[], kind: string, owner: string): ChecklistItem {
  const found = items.find((i) => i.kind === kind && i.owner === owner);
  if (!found) throw new Error(`no item ${kind} ${owner}`);
  return found;
}

describe('checklist', () => {
  it('a profile without materials: every item missing, in the API\'s shape', () => {
    const items = checklist(enterprise(), undefined, undefined, []);
    expect(items.every((i) => i.status === 'missing' && i.findings.length === 0 && i.material === undefined)).toBe(true);
    expect(Object.keys(items[0]!).sort()).toEqual(['findings', 'kind', 'owner', 'reason', 'required', 'source', 'status']);
  });

  it('present, missing and failing side by side; the findings are the material\'s own', () => {
    const p = enterprise();
    p.materials = [material('主办单位证件', 'subject'), material('负责人证件人像面', 'subject.head'), material('负责人证件国徽面', 'subject.head')];
    const findings = [finding('materials[1]', 'error'), finding('materials[0]', 'warning'), finding('websites[0].name', 'error')];
    const items = checklist(p, undefined, undefined, findings);
    expect(itemOf(items, '主办单位证件', 'subject')).toMatchObject({ status: 'present', material: 'materials[0]', findings: [findings[1]!] });
    expect(itemOf(items, '负责人证件人像面', 'subject.head')).toMatchObject({ status: 'failing', material: 'materials[1]', findings: [findings[0]!] });
    expect(itemOf(items, '负责人证件国徽面', 'subject.head')).toMatchObject({ status: 'present', findings: [] });
    expect(itemOf(items, '核验单', 'websites[0]')).toMatchObject({ status: 'missing', required: true });
  });

  it('a finding on a field of the material counts (materials[i].validUntil)', () => {
    const p = enterprise();
    p.materials = [material('域名证书', 'websites[0].domains[0]')];
    const items = checklist(p, undefined, undefined, [finding('materials[0].validUntil', 'error', 'materials/domain-certificate-validity')]);
    expect(itemOf(items, '域名证书', 'websites[0].domains[0]').status).toBe('failing');
  });

  it('the subject head\'s photos answer the website head\'s items when it is the same person', () => {
    const p = enterprise();
    p.materials = [material('负责人证件人像面', 'subject.head')];
    const items = checklist(p, undefined, undefined, []);
    expect(itemOf(items, '负责人证件人像面', 'websites[0].head')).toMatchObject({ status: 'present', material: 'materials[0]' });
    p.websites[0]!.head.certificate.number = '33010619850612004X';
    expect(itemOf(checklist(p, undefined, undefined, []), '负责人证件人像面', 'websites[0].head').status).toBe('missing');
  });

  it('materials filed under the website are matched to its domains in order', () => {
    const p = enterprise();
    p.websites[0]!.domains = ['yunqi-example.com', 'yunqi-example.cn'];
    p.materials = [material('域名证书', 'websites[0]', 'com.jpg'), material('域名证书', 'websites[0]', 'cn.jpg')];
    const items = checklist(p, undefined, undefined, []);
    expect(itemOf(items, '域名证书', 'websites[0].domains[0]').material).toBe('materials[0]');
    expect(itemOf(items, '域名证书', 'websites[0].domains[1]').material).toBe('materials[1]');
  });

  it('of two materials for one item, the sound one is chosen', () => {
    const p = enterprise();
    p.materials = [material('主办单位证件', 'subject', 'grey.jpg'), material('主办单位证件', 'subject', 'colour.jpg')];
    const item = itemOf(checklist(p, undefined, undefined, [finding('materials[0]', 'error')]), '主办单位证件', 'subject');
    expect(item).toMatchObject({ status: 'present', material: 'materials[1]' });
  });

  it('a 其他 material answers an item only when its name says what it is (居住证)', () => {
    const p = personal();
    p.subject.certificate.number = '330106199003071236';
    p.subject.head.certificate.number = '330106199003071236';
    p.materials = [material('其他', 'subject', 'photo.jpg')];
    expect(itemOf(checklist(p, undefined, undefined, []), '其他', 'subject').status).toBe('missing');
    p.materials.push(material('其他', 'subject.head', '居住证.jpg'));
    expect(itemOf(checklist(p, undefined, undefined, []), '其他', 'subject')).toMatchObject({ status: 'present', material: 'materials[1]' });
  });

  it('a material of another kind or owner does not count', () => {
    const p = enterprise();
    p.materials = [material('负责人证件人像面', 'websites[0].head'), material('核验单', 'websites[1]')];
    const items = checklist(p, undefined, undefined, []);
    expect(itemOf(items, '负责人证件人像面', 'subject.head').status).toBe('missing');
    expect(itemOf(items, '核验单', 'websites[0]').status).toBe('missing');
    expect(itemOf(items, '负责人证件人像面', 'websites[0].head').status).toBe('present');
  });
});
