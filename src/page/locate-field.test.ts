// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../adapters/define-adapter';
import { documentsOf } from './frames';
import { locateField, pageContext } from './locate-field';

const NAME: FieldSpec = { path: 'websites[].name', section: 'website', labels: ['网站名称'] };

function locate(html: string, spec: FieldSpec = NAME) {
  document.body.innerHTML = html;
  const found = locateField(pageContext(documentsOf(document)), spec);
  return 'element' in found ? { id: found.element.id, widget: found.widget } : { problem: found.problem };
}

describe('locateField', () => {
  it.each([
    ['<label for="a">网站名称：</label><input id="a">', 'a'],
    ['<label>网站名称 <input id="a"></label>', 'a'],
    ['<table><tr><td>网站名称<span>*</span></td><td><input id="a"></td></tr></table>', 'a'],
    ['<table><tr><td><span>*</span>网站名称:</td><td><div><span><input id="a"></span></div></td></tr></table>', 'a'],
    ['<table><tr><td>网站名称</td><td>＊</td><td><input id="a"></td></tr></table>', 'a'],
    ['<table><tr><td>网站名称</td></tr><tr><td><input id="a"></td></tr></table>', 'a'],
    ['<div><div class="x">网站名称（选填）</div><div><input id="a"></div></div>', 'a'],
    ['<input id="a" aria-label="网站名称">', 'a'],
    ['<span id="l">网站名称</span><input id="a" aria-labelledby="l">', 'a'],
    ['<input id="a" placeholder="网站名称">', 'a'],
    ['<table><tr><td>服务名称</td><td><input id="a"></td></tr></table>', 'a'],
  ])('finds the control of %s', (html, id) => {
    expect(locate(html)).toMatchObject({ id });
  });

  it('still finds a field whose naming placeholder the page dropped after it was found (a tag input holding tags), while it stays on the page', () => {
    const spec: FieldSpec = { path: 'websites[].access.ips', section: 'access', labels: ['不在页面上'], placeholders: ['请输入IP地址'] };
    document.body.innerHTML = '<div id="tags"><input id="ip" placeholder="请输入IP地址"></div>';
    const ctx = () => pageContext(documentsOf(document));
    expect(locateField(ctx(), spec)).toMatchObject({ element: { id: 'ip' } });
    document.getElementById('ip')?.removeAttribute('placeholder');
    expect(locateField(ctx(), spec)).toMatchObject({ element: { id: 'ip' } });
    document.getElementById('tags')!.innerHTML = '<input id="ip2">';
    expect(locateField(ctx(), spec)).toEqual({ problem: expect.stringContaining('no field') });
  });

  it('never takes a look-alike label', () => {
    expect(locate('<label for="a">网站名称（英文）</label><input id="a"><label for="b">备用网站名称</label><input id="b">')).toEqual({ problem: expect.stringContaining('no field') });
  });

  it('refuses to choose between two fields with the same label in one section', () => {
    expect(locate('<h3>网站信息</h3><label for="a">网站名称</label><input id="a"><label for="b">网站名称</label><input id="b">')).toEqual({ problem: expect.stringContaining('ambiguous') });
  });

  it('tells same-label fields apart by the section heading above them, whatever its markup', () => {
    const html = `<h3>主办单位负责人信息</h3><label for="a">姓名</label><input id="a">
      <div role="heading">网站负责人信息</div><label for="b">姓名</label><input id="b"><fieldset><legend>推荐人</legend><label for="c">姓名</label><input id="c"></fieldset>`;
    expect(locate(html, { path: 'subject.head.name', section: 'subject-head', labels: ['姓名'] })).toMatchObject({ id: 'a' });
    expect(locate(html, { path: 'websites[].head.name', section: 'website-head', labels: ['姓名'] })).toMatchObject({ id: 'b' });
    expect(locate(html, { path: 'websites[].head.name', section: 'website-head', labels: ['互联网信息服务负责人姓名', '姓名'] })).toMatchObject({ id: 'b' });
  });

  it('accepts the wording variants portals use (主办者 / 主办单位, 通信 / 通讯, 互联网信息服务负责人)', () => {
    expect(locate('<h3>主办者信息</h3><label for="a">主办者通信地址</label><input id="a">', { path: 'subject.mailingAddress', section: 'subject', labels: ['主办单位通讯地址'] })).toMatchObject({ id: 'a' });
  });

  it('matches a placeholder that starts with the seed text', () => {
    expect(locate('<input id="a" placeholder="网站名称, 可填多个, 用“/”分隔">', { ...NAME, labels: ['不在页面上'], placeholders: ['网站名称, 可填多个'] })).toMatchObject({ id: 'a' });
  });

  it('infers a checkbox group from a cell of checkboxes, and a select from a select', () => {
    expect(locate('<table><tr><td>网站名称</td><td id="g"><input type="checkbox"> 中文简体 <input type="checkbox"> 英语</td></tr></table>')).toEqual({ id: 'g', widget: 'checkboxes' });
    expect(locate('<table><tr><td>网站名称</td><td><select id="s"></select></td></tr></table>')).toEqual({ id: 's', widget: 'select' });
  });

  it('picks the n-th input of a composite cell (证件有效期 起始 至 截止)', () => {
    const html = '<table><tr><td>证件有效期</td><td><input type="radio">长期 <input id="from"> 至 <input id="to"></td></tr></table>';
    expect(locate(html, { path: 'x', section: 'website', labels: ['证件有效期'], part: 1, widget: 'valid-until' })).toEqual({ id: 'to', widget: 'valid-until' });
  });

  it('takes a documented id first, and the label when the id is gone', () => {
    const spec: FieldSpec = { ...NAME, fast: { css: '#websitename', source: 'portals.md §2.6' } };
    expect(locate('<input id="websitename">', spec)).toMatchObject({ id: 'websitename' });
    expect(locate('<label for="k1">网站名称</label><input id="k1">', spec)).toMatchObject({ id: 'k1' });
  });
});
