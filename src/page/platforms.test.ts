// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../adapters/define-adapter';
import { documentsOf } from './frames';
import { pageContext } from './locate-field';
import { locatePlatformField, platformOf } from './platforms';

const PACKAGE: FieldSpec = { path: 'apps[].platforms[].packageName', section: 'app-platform', labels: ['包名', 'Bundle ID'] };

function found(html: string) {
  document.body.innerHTML = html;
  return locatePlatformField(pageContext(documentsOf(document)), PACKAGE).map((f) => ('element' in f ? [f.spec.path, f.platform, f.element.id] : [f.spec.path, f.problem]));
}

describe('platform blocks', () => {
  it('takes a control for the platform its own panel names, in the page order of platforms', () => {
    const html = `<h3>平台信息</h3>
      <fieldset><legend>iOS平台</legend><label for="i">Bundle ID</label><input id="i"></fieldset>
      <fieldset><legend>安卓平台</legend><label for="a">包名</label><input id="a"></fieldset>`;
    expect(found(html)).toEqual([
      ['apps[].platforms[0].packageName', 'Android', 'a'],
      ['apps[].platforms[1].packageName', 'iOS', 'i'],
    ]);
  });

  it('reads a row’s platform from its chosen option, not from every option the select offers', () => {
    document.body.innerHTML = `<div id="row"><select><option>Android</option><option selected>iOS</option></select><input id="x"></div>`;
    expect(platformOf(document.getElementById('x')!)).toBe('iOS');
  });

  it('names no platform where the block shows several (a chooser of every platform above one panel without a title)', () => {
    document.body.innerHTML = `<div><label><input type="checkbox" checked>Android</label><label><input type="checkbox" checked>iOS</label><div><input id="x"></div></div>`;
    expect(platformOf(document.getElementById('x')!)).toBeUndefined();
  });

  it('says so when no platform’s field is on the page', () => {
    expect(found('<h3>平台信息</h3><label for="a">包名</label><input id="a">')).toEqual([['apps[].platforms[].packageName', "no platform's 「包名」 on this page"]]);
  });
});
