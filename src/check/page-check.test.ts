import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import type { PageValue } from '../page/read-page';
import { checkPageValues } from './page-check';

/** Every string of a value, to find any that a message repeats. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? (value.trim() ? [value.trim()] : []) : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

describe('checkPageValues against a stored profile', () => {
  it('names the subject head’s field on a website page, never a stored value the page does not show', () => {
    const profile = enterprise();
    // A website head who is another person, typed on the website page with the subject head's mobile.
    const values: PageValue[] = [
      { path: 'websites[0].name', value: '云栖示例官网' },
      { path: 'websites[0].head.name', value: '李四' },
      { path: 'websites[0].head.certificate.number', value: '33010619850612004X' },
      { path: 'websites[0].head.mobiles', value: [...profile.subject.head.mobiles] },
    ];
    const findings = checkPageValues(values, 0, '2026-12-01', profile);
    const shared = findings.find((f) => f.rule === 'contacts/heads-distinct-contacts');
    expect(shared?.message.zh).toMatch(/^与主体负责人的手机号码相同/);
    const onPage = new Set(values.flatMap((v) => strings(v.value)));
    const storedOnly = strings(profile.subject).filter((s) => !onPage.has(s) && s.length > 1);
    for (const f of findings) for (const text of [f.message.zh, f.message.en]) for (const s of storedOnly) expect(text, `${f.rule}: ${s}`).not.toContain(s);
  });
});
