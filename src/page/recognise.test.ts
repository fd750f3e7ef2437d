// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentsOf } from './frames';
import { pageContext } from './locate-field';
import { recognise } from './recognise';

const here = () => pageContext(documentsOf(document));

describe('recognise', () => {
  it('on a known host, a page the host adapter does not know falls back to the generic adapter', () => {
    document.body.innerHTML = '<h3>主办单位信息</h3><label for="a">主办单位名称</label><input id="a"><h3>网站信息</h3><label for="b">网站域名</label><input id="b">';
    const found = recognise(here(), 'icp.cloud.21vianet.com');
    expect(found).toMatchObject({ adapter: { id: '21vianet' } });
    document.body.innerHTML = '<fieldset><legend>主办者信息</legend><label for="a">主办者名称</label><input id="a"></fieldset>';
    expect(recognise(here(), 'portal.example.com')).toMatchObject({ adapter: { id: 'generic' }, step: 'subject' });
  });

  it('refuses a page without a single filing field, saying what to open', () => {
    document.body.innerHTML = '<h1>登录</h1><label for="u">用户名</label><input id="u">';
    expect(recognise(here(), 'icp.cloud.21vianet.com')).toEqual({ error: expect.stringContaining('open the form') });
    expect(recognise(here(), 'example.com')).toEqual({ error: expect.stringContaining('No filing field') });
  });

  it('names every step shown, and reports only their fields', () => {
    document.body.innerHTML = `<h3>网站信息</h3><table><tr><th>网站名称：</th><td><input id="websitename"></td></tr></table>
      <h3>接入信息</h3><table><tr><th>网站IP地址：</th><td><div id="ipScopeDiv"><input> - <input></div></td></tr></table>`;
    const found = recognise(here(), 'isp.example.com');
    expect(found).toMatchObject({ adapter: { id: 'miit-enterprise' }, step: 'website+access' });
    if ('error' in found) return;
    expect(found.fields.every((f) => ['website', 'website-head', 'access'].includes(f.spec.section))).toBe(true);
  });
});
