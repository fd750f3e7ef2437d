// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import adapter from '../../src/adapters/miit-enterprise';
import type { FieldSpec } from '../../src/adapters/define-adapter';
import { locateField, pageContext } from '../../src/page/locate-field';
import { accessForm, subjectPage, websiteAccessForm, websiteForm } from '../portals/miit/pages';

// A documented id is only a fast path: with every id gone from the page, each field's labels lead to the very same
// control. Shown on the MIIT 企业侧 replica, whose fields all have documented ids.

const PAGES = { subject: subjectPage, website: websiteForm, access: accessForm, 'website+access': websiteAccessForm };

function load(html: string) {
  // The thickbox (and its frame) is not open on this page: it would cover the form.
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '').replace(/<div id="TB_window"[\s\S]*?<\/div>/, '');
}

const withoutFast = (spec: FieldSpec): FieldSpec => ({ ...spec, fast: undefined });

describe.each(Object.entries(PAGES))('MIIT %s page', (_name, page) => {
  it('every field found by its id is found by its labels alone, at the same control', () => {
    load(page());
    const ctx = pageContext([document]);
    const viaId = adapter.fields.filter((f) => f.fast).map((spec) => ({ spec, found: locateField(ctx, spec) })).filter((x) => 'element' in x.found);
    expect(viaId.length).toBeGreaterThanOrEqual(3);
    // A row list's cell may be the list itself or the cell around it: what counts is the controls it leads to.
    const firstControl = (el: Element) => (el.matches('input, select, textarea') ? el : el.querySelector('input, select, textarea'));
    for (const [i, { found }] of viaId.entries()) if ('element' in found) firstControl(found.element)?.setAttribute('data-test-mark', String(i));
    for (const el of document.querySelectorAll('[id]')) el.removeAttribute('id');
    const bare = pageContext([document]);
    for (const [i, { spec }] of viaId.entries()) {
      const found = locateField(bare, withoutFast(spec));
      expect('element' in found ? firstControl(found.element)?.getAttribute('data-test-mark') : found.problem, spec.path).toBe(String(i));
    }
  });
});
