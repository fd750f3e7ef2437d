// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { valueFor } from '../../capture/to-profile';
import { profileValue } from '../../fill/plan';
import { enterprise } from '../../../test/support/sample';
import { documentsOf } from '../frames';
import { locateField, pageContext } from '../locate-field';
import { approvalsDriver } from './approvals';
import { libraryWidgetOf } from './index';
import { splitPhoneDriver } from './split-phone';
import { teaCascaderDriver, teaDateDriver, teaSelectDriver } from './tea';

// tea-component markup as its es/ sources render it, under several classPrefixes. Opening layers, virtual lists and
// lazy cascader levels need a browser: the e2e replicas (test/portals/tencent) cover those.

const select = (p: string, shown: string) =>
  `<div class="${p}-dropdown size-m" tabindex="0"><div class="${p}-dropdown__header ${p}-dropdown-default"><div class="${p}-dropdown__value">${shown}</div></div></div>`;
const cascader = (p: string, value: string) =>
  `<div class="${p}-cascader"><div class="${p}-cascader__input"><div class="${p}-cascader__value"><span>${value}</span></div><input class="${p}-input" readonly></div></div>`;
const date = (p: string, value: string) => `<div class="${p}-datepicker"><div class="${p}-datepicker__input"><input class="${p}-input" value="${value}"></div></div>`;
const item = (p: string, label: string, control: string) =>
  `<div class="${p}-form__item"><div class="${p}-form__label is-required"><label>${label}</label></div><div class="${p}-form__controls">${control}</div></div>`;

const spec = (path: string, section: FieldSpec['section'], labels: string[]): FieldSpec => ({ path, section, labels });

function first(html: string): Element {
  document.body.innerHTML = html;
  const el = document.body.firstElementChild;
  if (!el) throw new Error('no element');
  return el;
}

describe('tea-component widgets', () => {
  it.each(['tea', 'app-beian', 'qc-icp'])('are recognised by their root markup under classPrefix %s', (p) => {
    expect(libraryWidgetOf(first(select(p, '')))).toBe('tea-select');
    expect(libraryWidgetOf(first(cascader(p, '')))).toBe('tea-cascader');
    expect(libraryWidgetOf(first(date(p, '')))).toBe('tea-date');
  });

  it.each([
    '<div class="el-cascader"></div>',
    '<div class="ant-select ant-cascader ant-select-single"></div>',
    '<div class="tiny-cascader"></div>',
    '<div class="el-select-dropdown" tabindex="-1"></div>',
    '<div class="app-beian-dropdown"></div>', // a tea Dropdown root is always focusable
  ])('leave other markup to other drivers: %s', (html) => {
    expect(libraryWidgetOf(first(html))?.startsWith('tea-') ?? false).toBe(false);
  });

  it('reads what a Select, SelectMultiple, Cascader and DatePicker show', () => {
    const one = spec('subject.nature', 'subject', ['主办单位性质']);
    const many = spec('websites[].services', 'website', ['网站服务内容']);
    expect(teaSelectDriver.read(first(select('qc-icp', '<span class="qc-icp-text-weak">请选择</span>')), one)).toBe('');
    expect(teaSelectDriver.read(first(select('qc-icp', '企业')), one)).toBe('企业');
    expect(teaSelectDriver.read(first(select('qc-icp', '<span class="qc-icp-text-weak">请选择</span>')), many)).toEqual([]);
    expect(teaSelectDriver.read(first(select('qc-icp', '<span class="qc-icp-text-overflow"><span>单位门户网站, </span><span>网络软件/下载</span></span>')), many)).toEqual(['单位门户网站', '网络软件/下载']);
    expect(teaCascaderDriver.read(first(cascader('tea', '浙江省 / 杭州市 / 西湖区')), one)).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(teaCascaderDriver.read(first(cascader('tea', '')), one)).toEqual([]);
    expect(teaDateDriver.read(first(date('app-beian', '2040-03-07')), one)).toBe('2040-03-07');
  });

  it('clicks a Select once more when its first click opened nothing (the layer was open already and the click closed it)', async () => {
    const root = first(select('tea', '<span class="tea-text-weak">请选择</span>'));
    const layer = document.createElement('div');
    layer.className = 'tea-overlay';
    layer.innerHTML = '<ul class="tea-list"><li>企业</li><li>个人</li></ul>';
    document.body.append(layer);
    const show = (open: boolean) => (layer.style.pointerEvents = open ? '' : 'none');
    root.addEventListener('click', () => show(layer.style.pointerEvents === 'none'));
    for (const li of layer.querySelectorAll('li'))
      li.addEventListener('click', () => {
        root.querySelector('.tea-dropdown__value')!.textContent = li.textContent;
        show(false);
      });
    const nature = spec('subject.nature', 'subject', ['主办单位性质']);
    expect(await teaSelectDriver.write(root, '企业', nature)).toBeUndefined();
    expect(teaSelectDriver.read(root, nature)).toBe('企业');
  });

  it('finds a Select, which has no input, by its form-item label, and tells 证件类型 apart by section', () => {
    const p = 'app-beian';
    document.body.innerHTML = `<h3 class="${p}-form-title">主办单位信息</h3><div class="${p}-form">${item(p, '主办单位性质', select(p, ''))}${item(p, '证件类型', select(p, ''))}</div>
      <h3 class="${p}-form-title">主办单位负责人信息</h3><div class="${p}-form">${item(p, '证件类型', select(p, ''))}</div>`;
    const ctx = pageContext(documentsOf(document));
    const found = (s: FieldSpec) => {
      const at = locateField(ctx, s);
      return 'element' in at ? { widget: at.widget, index: [...document.querySelectorAll(`.${p}-dropdown`)].indexOf(at.element) } : at;
    };
    expect(found(spec('subject.nature', 'subject', ['主办单位性质']))).toEqual({ widget: 'tea-select', index: 0 });
    expect(found(spec('subject.certificate.type', 'subject', ['证件类型']))).toEqual({ widget: 'tea-select', index: 1 });
    expect(found(spec('subject.head.certificate.type', 'subject-head', ['负责人证件类型', '证件类型']))).toEqual({ widget: 'tea-select', index: 2 });
  });
});

describe('office phone as 区号 + 号码', () => {
  const phone = spec('subject.head.officePhone', 'subject-head', ['办公室电话']);

  it('splits on the first dash and reads back joined', async () => {
    const cell = first('<div><input placeholder="区号"> - <input placeholder="电话号码"></div>');
    expect(await splitPhoneDriver.write(cell, '0571-88886666', phone)).toBeUndefined();
    expect([...cell.querySelectorAll('input')].map((i) => i.value)).toEqual(['0571', '88886666']);
    expect(splitPhoneDriver.read(cell, phone)).toBe('0571-88886666');
  });

  it('refuses a phone without 区号 and a cell without two inputs', async () => {
    expect(await splitPhoneDriver.write(first('<div><input><input></div>'), '88886666', phone)).toMatch(/区号/);
    expect(await splitPhoneDriver.write(first('<div><input></div>'), '0571-88886666', phone)).toMatch(/two inputs/);
  });
});

describe('前置审批 as checkboxes with 以上都不涉及 and a 文号 per type', () => {
  const approvals = spec('websites[].approvals', 'website', ['前置审批']);
  const row = (type: string, checked: boolean, number?: string) =>
    `<div><label><input type="checkbox"${checked ? ' checked' : ''}><span>${type}</span></label>${number !== undefined ? `<input value="${number}">` : ''}</div>`;

  it('reads the checked types with their 文号, or 以上都不涉及', () => {
    expect(approvalsDriver.read(first(`<div>${row('新闻', false)}${row('教育', true, '教审2026-001')}${row('以上都不涉及', false)}</div>`), approvals)).toEqual(['教育：教审2026-001']);
    expect(approvalsDriver.read(first(`<div>${row('新闻', false)}${row('以上都不涉及', true)}</div>`), approvals)).toEqual(['以上都不涉及']);
  });

  it('ticks 以上都不涉及 and unticks the others', async () => {
    const cell = first(`<div>${row('新闻', true, '')}${row('教育', false)}${row('以上都不涉及', false)}</div>`);
    expect(await approvalsDriver.write(cell, ['以上都不涉及'], approvals)).toBeUndefined();
    expect([...cell.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((b) => b.checked)).toEqual([false, false, true]);
  });

  it('is the profile value `类型：文号` per approval, or [以上都不涉及] for none, and back', () => {
    const profile = enterprise();
    expect(profileValue(profile, 'websites[0].approvals')).toEqual(['以上都不涉及']);
    expect(valueFor('websites[0].approvals', ['以上都不涉及'])).toEqual([]);
    profile.websites[0]!.approvals = [{ type: '教育', number: '教审2026-001' }];
    expect(profileValue(profile, 'websites[0].approvals')).toEqual(['教育：教审2026-001']);
    expect(valueFor('websites[0].approvals', ['教育：教审2026-001'])).toEqual([{ type: '教育', number: '教审2026-001' }]);
  });

  it('names a type the list does not have', async () => {
    expect(await approvalsDriver.write(first(`<div>${row('新闻', false)}</div>`), ['宗教：x'], approvals)).toMatch(/宗教/);
  });
});
