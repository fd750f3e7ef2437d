// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { defineAdapter } from '../adapters/define-adapter';
import { documentsOf } from '../page/frames';
import { pageContext } from '../page/locate-field';
import { recognise } from '../page/recognise';
import type { Profile } from '../profile/schema';
import { applyFill, type FillProgress } from './apply';
import { planFill } from './plan';

const ADAPTER = defineAdapter({
  id: 'test',
  name: 'test',
  hosts: ['portal.test'],
  steps: [
    { id: 'subject', sections: ['subject', 'subject-head'] },
    { id: 'access', sections: ['access'] },
  ],
  fields: [
    { path: 'subject.name', section: 'subject', labels: ['主办单位名称'] },
    { path: 'subject.nature', section: 'subject', labels: ['主办单位性质'], options: { 企业: 4, 个人: 5 } },
    { path: 'subject.head.mobiles', section: 'subject-head', labels: ['手机号码'] },
    { path: 'subject.head.emails', section: 'subject-head', labels: ['电子邮件'] },
    { path: 'websites[].services', section: 'subject', labels: ['服务内容'] },
    { path: 'subject.remark', section: 'subject-head', labels: ['备注'] },
    { path: 'websites[].access.ips', section: 'access', labels: ['网站IP地址'], widget: 'rows', rows: { pairs: true } },
  ],
});

const FORM = `<form><h3>主办单位信息</h3><table>
  <tr><td>主办单位名称：</td><td><input id="name"></td></tr>
  <tr><td>*主办单位性质</td><td><select id="nature"><option value="">请选择</option><option value="4">企业</option><option value="5">个人</option></select></td></tr>
  <tr><td>服务内容</td><td id="services"><label><input type="checkbox" value="a">单位门户网站</label><label><input type="checkbox" value="b">其他</label></td></tr>
  </table><h3>主办单位负责人信息</h3><table>
  <tr><td>手机号码</td><td><input id="mobiles" placeholder="手机号码, 可填多个, 用“/”分隔"></td></tr>
  <tr><td>电子邮件</td><td><input id="email"></td></tr>
  <tr><td>备注</td><td><textarea id="remark"></textarea></td></tr>
  </table><h3>接入信息</h3><table>
  <tr><td>网站IP地址</td><td><div id="ips"><div><input class="begin"> - <input class="end"></div></div><button type="button" id="addIp">添加IP</button></td></tr>
</table></form>`;

beforeEach(() => {
  document.body.innerHTML = FORM;
  // A "framework": the add button appends a row, as MIIT's #addIpButton does.
  document.getElementById('addIp')?.addEventListener('click', () => {
    document.getElementById('ips')?.insertAdjacentHTML('beforeend', '<div><input class="begin"> - <input class="end"></div>');
  });
});

async function fill(profile: Profile = enterprise(), website = 0) {
  const found = recognise(pageContext(documentsOf(document)), 'portal.test', [ADAPTER]);
  if ('error' in found) throw new Error(found.error);
  return { step: found.step, results: await applyFill(planFill(found.fields, profile, website)) };
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('applyFill', () => {
  it('reports its progress field by field: counts and the path being written, never a value', async () => {
    const found = recognise(pageContext(documentsOf(document)), 'portal.test', [ADAPTER]);
    if ('error' in found) throw new Error(found.error);
    const seen: FillProgress[] = [];
    const results = await applyFill(planFill(found.fields, enterprise(), 0), undefined, (p) => seen.push(p));
    const written = results.filter((r) => r.status !== 'skipped').length;
    expect(seen.at(-1)).toEqual({ done: written, total: written });
    expect(seen.slice(0, -1).map((p) => p.done)).toEqual([...Array(written).keys()]);
    expect(seen[0]).toEqual({ done: 0, total: written, path: 'subject.name' });
    expect(JSON.stringify(seen)).not.toContain(enterprise().subject.name);
  });

  it('fills every field found by its label, joins lists only where the field says so, adds rows, and skips what the profile lacks', async () => {
    const profile = enterprise();
    profile.subject.head.mobiles = ['13905710000', '13705712222'];
    profile.subject.head.emails = ['a@yunqi-example.com', 'b@yunqi-example.com'];
    const { step, results } = await fill(profile);
    expect(step).toBe('subject+access');
    expect(results).toEqual([
      { path: 'subject.name', status: 'filled', label: '主办单位名称' },
      { path: 'subject.nature', status: 'filled', label: '主办单位性质' },
      { path: 'subject.head.mobiles', status: 'filled', label: '手机号码' },
      { path: 'subject.head.emails[0]', status: 'filled', label: '电子邮件' },
      { path: 'subject.head.emails[1]', status: 'skipped', label: '电子邮件', detail: expect.stringContaining('takes one value') },
      { path: 'websites[0].services', status: 'filled', label: '服务内容' },
      { path: 'subject.remark', status: 'skipped', label: '备注', detail: expect.any(String) },
      { path: 'websites[0].access.ips', status: 'filled', label: '网站IP地址' },
    ]);
    expect(input('name').value).toBe('杭州云栖示例科技有限公司');
    expect((document.getElementById('nature') as HTMLSelectElement).value).toBe('4');
    expect(input('mobiles').value).toBe('13905710000/13705712222');
    expect(input('email').value).toBe('a@yunqi-example.com');
    expect([...document.querySelectorAll<HTMLInputElement>('.end')].map((i) => i.value)).toEqual(['42.159.10.21', '42.159.10.32']);
    expect((document.getElementById('remark') as HTMLTextAreaElement).value).toBe('');
  });

  it('writes text inputs side by side before the page renders, so a framework renders once for them', async () => {
    // A "framework" that renders once per microtask checkpoint, as Vue's scheduler and React's batching do.
    const renders: string[][] = [];
    let pending: string[] | undefined;
    document.addEventListener('input', (e) => {
      if (!pending) {
        pending = [];
        const batch = pending;
        queueMicrotask(() => {
          renders.push(batch);
          pending = undefined;
        });
      }
      pending.push((e.target as HTMLElement).id);
    });
    const { results } = await fill();
    expect(results.filter((r) => r.status === 'filled').map((r) => r.path)).toEqual(expect.arrayContaining(['subject.head.mobiles', 'subject.head.emails[0]']));
    expect(renders).toContainEqual(['mobiles', 'email']);
    // A list or choice is not written in the same go: the page renders for it on its own.
    expect(renders.find((batch) => batch.includes('nature'))).toEqual(['nature']);
  });

  it('writes a control the page began preparing after an answer once the other sections are written, its section after it', async () => {
    // 性质 is prepared anew (disabled a moment) once the name is entered, as a select whose options load after another answer.
    const nature = document.getElementById('nature') as HTMLSelectElement;
    input('name').addEventListener('change', () => {
      nature.disabled = true;
      setTimeout(() => (nature.disabled = false), 30);
    });
    const changed: string[] = [];
    document.addEventListener('change', (e) => changed.push((e.target as HTMLElement).id || (e.target as HTMLInputElement).value));
    const { results } = await fill();
    expect(results.find((r) => r.path === 'subject.nature')).toMatchObject({ status: 'filled' });
    expect(nature.value).toBe('4');
    // Reported in the plan's order all the same.
    expect(results.map((r) => r.path).slice(0, 3)).toEqual(['subject.name', 'subject.nature', 'subject.head.mobiles']);
    // The 负责人's fields went first; the 服务内容 after 性质 stayed after it.
    expect(changed.indexOf('nature')).toBeGreaterThan(changed.indexOf('email'));
    expect(changed.indexOf('a')).toBeGreaterThan(changed.indexOf('nature'));
  });

  it('waits in place for a control the page was preparing before the fill, keeping the plan order', async () => {
    const nature = document.getElementById('nature') as HTMLSelectElement;
    nature.disabled = true;
    setTimeout(() => (nature.disabled = false), 30);
    const changed: string[] = [];
    document.addEventListener('change', (e) => changed.push((e.target as HTMLElement).id));
    const { results } = await fill();
    expect(results.find((r) => r.path === 'subject.nature')).toMatchObject({ status: 'filled' });
    expect(changed.indexOf('nature')).toBeLessThan(changed.indexOf('mobiles'));
  });

  it('reports unchanged when the page already holds the value', async () => {
    await fill();
    const again = await fill();
    expect(again.results.filter((r) => r.status !== 'skipped').map((r) => r.status)).toEqual(Array(6).fill('unchanged'));
  });

  it('reports not-found for a field of a step on the page that is missing, and fills the rest', async () => {
    input('name').closest('tr')?.remove();
    const { results } = await fill();
    expect(results[0]).toMatchObject({ path: 'subject.name', status: 'not-found' });
    expect(results[1]).toMatchObject({ status: 'filled' });
  });

  it('acts only on the steps whose sections are on the page', async () => {
    document.querySelector('h3:last-of-type')?.nextElementSibling?.remove();
    document.querySelector('h3:last-of-type')?.remove();
    const { step, results } = await fill();
    expect(step).toBe('subject');
    expect(results.map((r) => r.path)).not.toContain('websites[0].access.ips');
  });

  it('reports failed when the page rejects the value on write', async () => {
    input('name').addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement;
      target.value = target.value.slice(0, 4); // a portal that truncates, as maxlength does for typing
    });
    const { results } = await fill();
    expect(results[0]).toMatchObject({ status: 'failed', detail: expect.stringContaining('杭州云栖') });
  });

  it('reports failed for an option the select does not offer', async () => {
    const profile = enterprise();
    profile.subject.nature = '基金会';
    const { results } = await fill(profile);
    expect(results[1]).toMatchObject({ status: 'failed', detail: expect.stringContaining('基金会') });
  });

  it('never writes when two fields carry the label in the same section', async () => {
    const row = input('name').closest('tr')!;
    const twin = row.cloneNode(true) as HTMLTableRowElement;
    twin.querySelector('input')!.id = 'name2';
    row.after(twin);
    const { results } = await fill();
    expect(results[0]).toMatchObject({ status: 'not-found', detail: expect.stringContaining('ambiguous') });
    expect([input('name').value, input('name2').value]).toEqual(['', '']);
  });

  it('leaves hidden fields alone', async () => {
    input('name').closest('tr')?.setAttribute('style', 'display:none');
    const { results } = await fill();
    expect(results[0]).toMatchObject({ status: 'not-found', detail: expect.stringContaining('hidden') });
    expect(input('name').value).toBe('');
  });

  it('writes through the prototype setter, so an instance-level value override (React) sees the change', async () => {
    const name = input('name');
    let tracked = '';
    // React defines `value` on the instance; a plain assignment would only update its tracker, not the DOM.
    Object.defineProperty(name, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get?.call(name) as string,
      set: (v: string) => {
        tracked = v;
      },
    });
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur']) name.addEventListener(type, () => events.push(type));
    await fill();
    expect(name.value).toBe('杭州云栖示例科技有限公司');
    expect(tracked).toBe('');
    expect(events).toEqual(['focus', 'input', 'change', 'blur']);
    expect(document.activeElement).not.toBe(name); // the person's focus is not moved
  });

  it('follows the field’s own hint: a list one item a line in a text area, a phone with the country code in front', async () => {
    document.body.innerHTML = `<form><h3>主办单位负责人信息</h3><table>
      <tr><td>办公室电话</td><td><input id="tel" placeholder="填写标准格式: 国家代码-区号-号码, 如: 086-010-8456212"></td></tr>
      </table><h3>接入信息</h3><table>
      <tr><td>网站IP地址</td><td><textarea id="ipList" placeholder="每行填写一个IP信息"></textarea></td></tr></table></form>`;
    const adapter = defineAdapter({
      id: 'hints',
      name: 'hints',
      hosts: ['portal.test'],
      steps: [{ id: 'subject+access', sections: ['subject-head', 'access'] }],
      fields: [
        { path: 'subject.head.officePhone', section: 'subject-head', labels: ['办公室电话'] },
        { path: 'websites[].access.ips', section: 'access', labels: ['网站IP地址'] },
      ],
    });
    const profile = enterprise();
    const found = recognise(pageContext(documentsOf(document)), 'portal.test', [adapter]);
    if ('error' in found) throw new Error(found.error);
    const results = await applyFill(planFill(found.fields, profile, 0));
    expect(input('tel').value).toBe(`086-${profile.subject.head.officePhone}`);
    expect((document.getElementById('ipList') as HTMLTextAreaElement).value).toBe(profile.websites[0]!.access.ips.join('\n'));
    expect(results.map((r) => [r.path, r.status])).toEqual([
      ['subject.head.officePhone', 'filled'],
      ['websites[0].access.ips', 'filled'],
    ]);
  });
});
