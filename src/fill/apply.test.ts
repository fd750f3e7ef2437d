// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import type { StepSpec } from '../adapters/define-adapter';
import { joined } from '../adapters/formats';
import { applyFill } from './apply';
import { planFill } from './plan';

function page(html: string) {
  document.body.innerHTML = html;
}

const STEP: StepSpec = {
  id: 'test',
  detect: 'form',
  fields: [
    { path: 'subject.name', selector: '#name' },
    { path: 'subject.nature', selector: '#nature', widget: 'select', options: { 企业: 4, 个人: 5 } },
    { path: 'subject.head.mobiles', selector: '#mobiles', codec: joined('/') },
    { path: 'websites[].services', selector: '#services', widget: 'checkboxes' },
    { path: 'subject.remark', selector: '#remark' },
    {
      path: 'websites[].access.ips',
      selector: '#ips',
      widget: 'rows',
      rows: { add: '#addIp', row: '.row', begin: '.begin', end: '.end' },
    },
  ],
};

const FORM = `<form>
  <input id="name"><select id="nature"><option value="">请选择</option><option value="4">企业</option><option value="5">个人</option></select>
  <input id="mobiles"><textarea id="remark"></textarea>
  <div id="services"><label><input type="checkbox" value="a">单位门户网站</label><label><input type="checkbox" value="b">其他</label></div>
  <div id="ips"><div class="row"><input class="begin"><input class="end"></div></div><button type="button" id="addIp">+</button>
</form>`;

beforeEach(() => {
  page(FORM);
  // A "framework": the add button appends a row, as MIIT's #addIpButton does.
  document.getElementById('addIp')?.addEventListener('click', () => {
    document.getElementById('ips')?.insertAdjacentHTML('beforeend', '<div class="row"><input class="begin"><input class="end"></div>');
  });
});

describe('applyFill', () => {
  it('fills every field, formats lists, adds rows, and skips what the profile lacks', async () => {
    const profile = enterprise();
    const results = await applyFill(document, planFill(STEP, profile, 0));
    expect(results).toEqual([
      { path: 'subject.name', status: 'filled' },
      { path: 'subject.nature', status: 'filled' },
      { path: 'subject.head.mobiles', status: 'filled' },
      { path: 'websites[0].services', status: 'filled' },
      { path: 'subject.remark', status: 'skipped', detail: expect.any(String) },
      { path: 'websites[0].access.ips', status: 'filled' },
    ]);
    expect((document.getElementById('name') as HTMLInputElement).value).toBe('杭州云栖示例科技有限公司');
    expect((document.getElementById('nature') as HTMLSelectElement).value).toBe('4');
    expect((document.getElementById('mobiles') as HTMLInputElement).value).toBe('13905710000');
    const ends = [...document.querySelectorAll<HTMLInputElement>('.end')].map((i) => i.value);
    expect(ends).toEqual(['42.159.10.21', '42.159.10.32']);
    expect((document.getElementById('remark') as HTMLTextAreaElement).value).toBe('');
  });

  it('reports unchanged when the page already holds the value', async () => {
    const profile = enterprise();
    await applyFill(document, planFill(STEP, profile, 0));
    const again = await applyFill(document, planFill(STEP, profile, 0));
    expect(again.filter((r) => r.status !== 'skipped').map((r) => r.status)).toEqual(Array(5).fill('unchanged'));
  });

  it('reports not-found for a removed field and fills the rest', async () => {
    document.getElementById('name')?.remove();
    const results = await applyFill(document, planFill(STEP, enterprise(), 0));
    expect(results[0]).toMatchObject({ path: 'subject.name', status: 'not-found' });
    expect(results[1]).toMatchObject({ status: 'filled' });
  });

  it('reports failed when the page rejects the value on write', async () => {
    (document.getElementById('name') as HTMLInputElement).maxLength = 4;
    document.getElementById('name')?.addEventListener('input', (e) => {
      const input = e.target as HTMLInputElement;
      input.value = input.value.slice(0, input.maxLength); // a portal that truncates, as maxlength does for typing
    });
    const results = await applyFill(document, planFill(STEP, enterprise(), 0));
    expect(results[0]).toMatchObject({ status: 'failed', detail: expect.stringContaining('杭州云栖') });
  });

  it('reports failed for an option the select does not offer', async () => {
    const profile = enterprise();
    profile.subject.nature = '基金会';
    const results = await applyFill(document, planFill(STEP, profile, 0));
    expect(results[1]).toMatchObject({ status: 'failed', detail: expect.stringContaining('基金会') });
  });

  it('never writes when two elements match a selector', async () => {
    document.querySelector('form')?.insertAdjacentHTML('beforeend', '<input id="name">');
    const results = await applyFill(document, planFill(STEP, enterprise(), 0));
    expect(results[0]).toMatchObject({ status: 'not-found', detail: expect.stringContaining('2 elements') });
    for (const input of document.querySelectorAll<HTMLInputElement>('#name')) expect(input.value).toBe('');
  });

  it('writes through the prototype setter, so an instance-level value override (React) sees the change', async () => {
    const input = document.getElementById('name') as HTMLInputElement;
    let tracked = '';
    // React defines `value` on the instance; a plain assignment would only update its tracker, not the DOM.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.get?.call(input) as string,
      set: (v: string) => {
        tracked = v;
      },
    });
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur']) input.addEventListener(type, () => events.push(type));
    await applyFill(document, planFill({ ...STEP, fields: [STEP.fields[0]!] }, enterprise(), 0));
    expect(input.value).toBe('杭州云栖示例科技有限公司');
    expect(tracked).toBe('');
    expect(events).toEqual(['focus', 'input', 'change', 'blur']);
    expect(document.activeElement).not.toBe(input); // the person's focus is not moved
  });
});
