import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/define-rule';
import { enterpriseWithApp } from '../rules/samples-v2.test-support';
import { enterprise } from '../../test/support/sample';
import { currentStep, filingSteps, stepCounts } from './step-model';

const finding = (path: string, severity: Finding['severity']): Finding => ({ path, rule: 'test/rule', severity, message: { zh: '', en: '' } });

describe('filingSteps', () => {
  it("lists the filing's steps in order: subject, its head, each service by name, materials, then each 公安 part", () => {
    const p = enterpriseWithApp();
    const steps = filingSteps(p);
    const ids = steps.map((s) => s.id);
    const services = [...p.websites.map((_, i) => `website-${i}`), ...p.apps.map((_, i) => `app-${i}`), ...p.miniPrograms.map((_, i) => `mini-${i}`)];
    const security = [...p.websites.map((_, i) => `website-${i}-security`), ...p.apps.map((_, i) => `app-${i}-security`)];
    expect(ids).toEqual(['subject', 'subject-head', ...services, 'materials', ...security]);
    expect(p.apps.length).toBeGreaterThan(0);
    expect(p.miniPrograms.length).toBeGreaterThan(0);
    expect(steps.find((s) => s.id === 'app-0')?.name).toBe(p.apps[0]?.name);
    expect(steps.find((s) => s.id === 'mini-0')?.name).toBe(p.miniPrograms[0]?.name);
  });

  it("opens a 公安 step's website first, then its own section", () => {
    const security = filingSteps(enterprise()).find((s) => s.id === 'website-0-security');
    expect(security).toMatchObject({ kind: 'security', service: 'website', index: 0, sections: ['website-0', 'website-0-security'] });
  });

  it('has no service steps for a profile without services, and keeps the subject and materials steps', () => {
    const p = { ...enterprise(), websites: [], apps: [], miniPrograms: [] };
    expect(filingSteps(p).map((s) => s.id)).toEqual(['subject', 'subject-head', 'materials']);
  });
});

describe('stepCounts', () => {
  const findings = [
    finding('subject.name', 'error'),
    finding('subject.head.mobiles[0]', 'warning'),
    finding('websites[0].domains[0]', 'error'),
    finding('websites[0].security.openedOn', 'warning'),
    finding('websites[0].head.name', 'error'),
    finding('materials', 'warning'),
    finding('materials[1].validUntil', 'error'),
    finding('label', 'error'),
  ];

  it("counts what each section's heading counts: a website holds its head and 公安 parts", () => {
    expect(stepCounts('subject', findings)).toEqual({ errors: 1, warnings: 0 });
    expect(stepCounts('subject-head', findings)).toEqual({ errors: 0, warnings: 1 });
    expect(stepCounts('website-0', findings)).toEqual({ errors: 2, warnings: 1 });
    expect(stepCounts('website-0-security', findings)).toEqual({ errors: 0, warnings: 1 });
    expect(stepCounts('website-1', findings)).toEqual({ errors: 0, warnings: 0 });
  });

  it('counts the materials findings, general and per file, for the materials step', () => {
    expect(stepCounts('materials', findings)).toEqual({ errors: 1, warnings: 1 });
  });
});

describe('currentStep', () => {
  const band = { top: 100, bottom: 180 };
  const at = (id: string, top: number, bottom: number) => ({ id, top, bottom });

  it('takes the section crossing the band that starts lowest: the 公安 part over the card around it', () => {
    expect(currentStep([at('website-0', -400, 900), at('website-0-security', 120, 500)], band)).toBe('website-0-security');
    expect(currentStep([at('subject', -10, 300), at('subject-head', 320, 700)], band)).toBe('subject');
  });

  it('keeps the card around a 公安 part once that part has scrolled past', () => {
    expect(currentStep([at('website-0', -900, 400), at('website-1', 420, 1200), at('website-0-security', -500, 50)], band)).toBe('website-0');
  });

  it('in the gap between two cards takes the last begun; above every card, the first step', () => {
    expect(currentStep([at('subject', -300, 90), at('subject-head', 200, 600)], band)).toBe('subject');
    expect(currentStep([at('subject', 400, 800), at('subject-head', 820, 1200)], band)).toBe('subject');
    expect(currentStep([], band)).toBeUndefined();
  });
});
