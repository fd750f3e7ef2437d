// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locateByLabel } from './locate-by-label';

const SECTION_HEAD = '(主办|主体).*负责人';

describe('locateByLabel', () => {
  it.each([
    ['<label for="a">网站名称：</label><input id="a">', 'a'],
    ['<label>网站名称 <input id="a"></label>', 'a'],
    ['<table><tr><td>网站名称<span>*</span></td><td><input id="a"></td></tr></table>', 'a'],
    ['<input id="a" aria-label="网站名称">', 'a'],
    ['<input id="a" placeholder="网站名称">', 'a'],
  ])('finds the control of %s', (html, id) => {
    document.body.innerHTML = html;
    const found = locateByLabel([document], ['网站名称']);
    expect('match' in found && found.match.element.id).toBe(id);
  });

  it('never takes a look-alike label', () => {
    document.body.innerHTML = '<label for="a">网站名称（英文）</label><input id="a"><label for="b">备用网站名称</label><input id="b">';
    expect(locateByLabel([document], ['网站名称'])).toEqual({ problem: expect.stringContaining('no field') });
  });

  it('refuses to choose between two fields with the same label', () => {
    document.body.innerHTML = '<label for="a">姓名</label><input id="a"><label for="b">姓名</label><input id="b">';
    expect(locateByLabel([document], ['姓名'])).toEqual({ problem: expect.stringContaining('not sure which') });
  });

  it('tells same-label fields apart by the section heading above them', () => {
    document.body.innerHTML = `<h3>主办单位负责人信息</h3><label for="a">姓名</label><input id="a">
      <h3>网站负责人信息</h3><label for="b">姓名</label><input id="b"><h3>推荐人</h3><label for="c">姓名</label><input id="c">`;
    const found = locateByLabel([document], ['姓名'], SECTION_HEAD);
    expect('match' in found && found.match.element.id).toBe('a');
  });

  it('infers checkbox groups from a table row of checkboxes', () => {
    document.body.innerHTML = '<table><tr><td>网站语言</td><td id="g"><input type="checkbox"> 中文简体 <input type="checkbox"> 英语</td></tr></table>';
    const found = locateByLabel([document], ['网站语言']);
    expect('match' in found && [found.match.element.id, found.match.widget]).toEqual(['g', 'checkboxes']);
  });
});
