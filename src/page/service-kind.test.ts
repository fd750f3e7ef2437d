// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SectionId } from '../adapters/define-adapter';
import type { FoundField } from './recognise';
import { onlyKindOnPage, showsStep } from './service-kind';

const input = () => document.createElement('input');
const at = (path: string, section: SectionId, how: { fit?: 'block' | 'unknown'; byId?: true } = {}): FoundField => ({ spec: { path, section, labels: [] }, element: input(), widget: 'text', ...how });
const missing = (path: string, section: SectionId): FoundField => ({ spec: { path, section, labels: [] }, problem: 'no field' });
const paths = (fields: FoundField[]) => fields.map((f) => f.spec.path);

describe('the one kind of service a page is about', () => {
  it('drops a website found on an APP page through the blocks both share and the ids both use', () => {
    const fields = [
      at('apps[].name', 'app'),
      at('apps[].access.provider', 'access'),
      at('websites[].access.provider', 'access'),
      at('websites[].recordNumber', 'website', { byId: true }),
      at('websites[].approvals', 'website', { fit: 'block' }),
      at('subject.name', 'subject'),
    ];
    expect(paths(onlyKindOnPage(fields))).toEqual(['apps[].name', 'apps[].access.provider', 'subject.name']);
  });

  it('keeps every field when no service sits under a heading of its own, and both when both do', () => {
    const unsure = [at('websites[].name', 'website', { fit: 'unknown' }), at('apps[].name', 'app', { fit: 'unknown' }), missing('apps[].languages', 'app')];
    expect(onlyKindOnPage(unsure)).toHaveLength(3);
    const both = [at('websites[].name', 'website'), at('apps[].name', 'app')];
    expect(onlyKindOnPage(both)).toHaveLength(2);
  });

  it('a service step is shown by its own service only; a step of 接入 alone by any', () => {
    const website = at('websites[].access.provider', 'access');
    expect(showsStep(['app', 'access'], website)).toBe(false);
    expect(showsStep(['website', 'access'], website)).toBe(true);
    expect(showsStep(['access'], website)).toBe(true);
    expect(showsStep(['subject'], website)).toBe(false);
  });
});
