import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/define-rule';
import { splitByPage } from './page-findings';

const finding = (path: string): Finding => ({ path, rule: 'r', severity: 'error', message: { zh: '', en: '' } });

describe('the fill gate lists the errors of the fields on this page', () => {
  const findings = ['subject.name', 'websites[1].domains[0]', 'websites[0].head.mobiles[0]', 'websites[1].head.name', 'apps[0].name'].map(finding);

  it('keeps the chosen service’s fields the page shows, and counts the rest', () => {
    const { here, elsewhere } = splitByPage(findings, ['websites[0].domains', 'websites[0].head.name'], 'websites[1]');
    expect(here.map((f) => f.path)).toEqual(['websites[1].domains[0]', 'websites[1].head.name']);
    expect(elsewhere).toBe(3);
  });

  it('a subject step does not list a website’s errors', () => {
    expect(splitByPage(findings, ['subject.name', 'subject.head.name'], 'websites[0]').here.map((f) => f.path)).toEqual(['subject.name']);
  });

  it('without the page’s fields every error is listed', () => {
    expect(splitByPage(findings, undefined, 'websites[0]')).toEqual({ here: findings, elsewhere: 0 });
  });
});
