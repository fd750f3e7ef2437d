// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { documentsOf } from '../frames';
import { locateField, pageContext } from '../locate-field';
import { tinyCascaderDriver, tinyDateDriver, tinySelectDriver, tinySelectMultipleDriver } from './opentiny';
import { validUntilDriver } from './valid-until';

// OpenTiny markup as @opentiny/vue 3.31 renders it (trimmed). happy-dom has no layout and no Vue, so the page's reactions
// are played by small handlers here; the e2e suite drives the real library.

const SPEC: FieldSpec = { path: 'subject.nature', section: 'subject', labels: ['主办单位性质'] };

function selectMarkup(multiple = false): string {
  return `<div class="tiny-form-item"><label class="tiny-form-item__label">主办单位性质</label><div class="tiny-form-item__content">
    <div class="tiny-select${multiple ? ' tiny-select__multiple' : ''}"><div class="tiny-select__tags-group">
      ${multiple ? '<div class="tiny-select__tags"></div>' : ''}
      <div class="tiny-input"><input class="tiny-input__inner" readonly aria-controls="tiny-select-x1" role="combobox"></div>
    </div></div></div></div>
  <div class="tiny-select-dropdown tiny-popper" role="listbox" id="tiny-select-x1" style="display: none"></div>`;
}

/** The select's reaction: a click opens the list, which loads its options late; a click on an option chooses it. */
function playSelect(labels: string[], multiple = false) {
  const input = document.querySelector('input')!;
  const list = document.getElementById('tiny-select-x1')!;
  const tags = document.querySelector('.tiny-select__tags');
  const chosen: string[] = [];
  document.querySelector('.tiny-select')!.addEventListener('click', () => {
    list.style.display = '';
    setTimeout(() => {
      list.innerHTML = labels.map((l) => `<li role="option" class="tiny-option tiny-select-dropdown__item" aria-label="${l}"><span class="tiny-option-label">${l}</span></li>`).join('');
    }, 20);
  });
  list.addEventListener('click', (e) => {
    const label = (e.target instanceof Element ? e.target.closest('[role=option]') : null)?.getAttribute('aria-label') ?? '';
    if (!multiple) {
      input.value = label;
      list.style.display = 'none';
      return;
    }
    const at = chosen.indexOf(label);
    if (at >= 0) chosen.splice(at, 1);
    else chosen.push(label);
    tags!.innerHTML = chosen.map((c) => `<span class="tiny-tag"><span class="tiny-select__tags-text">${c}</span></span>`).join('');
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') list.style.display = 'none';
  });
}

describe('tiny-select', () => {
  it('is located by its label as one field, and takes an option that loads after it opens', async () => {
    document.body.innerHTML = selectMarkup();
    playSelect(['企业', '个人']);
    const found = locateField(pageContext(documentsOf(document)), SPEC);
    expect(found).toMatchObject({ widget: 'tiny-select' });
    if (!('element' in found)) return;
    expect(await tinySelectDriver.write(found.element, '个人', SPEC)).toBeUndefined();
    expect(tinySelectDriver.read(found.element, SPEC)).toBe('个人');
  });

  it('refuses an option its list does not have, and closes the list', async () => {
    document.body.innerHTML = selectMarkup();
    playSelect(['企业']);
    const root = document.querySelector('.tiny-select')!;
    expect(await tinySelectDriver.write(root, '个人', SPEC)).toMatch(/no option 「个人」/);
    expect(document.getElementById('tiny-select-x1')!.style.display).toBe('none');
  });

  it('multiple: toggles the options the profile has on, the others off, and reads the tags', async () => {
    document.body.innerHTML = selectMarkup(true);
    playSelect(['即时通信', '搜索引擎', '单位门户网站'], true);
    const root = document.querySelector('.tiny-select')!;
    expect(await tinySelectMultipleDriver.write(root, ['即时通信', '单位门户网站'], SPEC)).toBeUndefined();
    expect(await tinySelectMultipleDriver.write(root, ['单位门户网站', '搜索引擎'], SPEC)).toBeUndefined();
    expect(tinySelectMultipleDriver.read(root, SPEC)).toEqual(['单位门户网站', '搜索引擎']);
  });
});

describe('tiny-cascader and tiny-date-picker read what the library renders', () => {
  it('reads the cascader path from its input', () => {
    document.body.innerHTML = '<div class="tiny-cascader"><div class="tiny-input"><input value="浙江省 / 杭州市 / 西湖区"></div></div>';
    expect(tinyCascaderDriver.read(document.querySelector('.tiny-cascader')!, SPEC)).toEqual(['浙江省', '杭州市', '西湖区']);
  });

  it('reads the date the picker shows', () => {
    document.body.innerHTML = '<div class="tiny-picker tiny-date-container"><div class="tiny-date-editor tiny-input"><input value="2020-03-07"></div></div>';
    expect(tinyDateDriver.read(document.querySelector('.tiny-date-container')!, SPEC)).toBe('2020-03-07');
  });
});

// 证件是否长期有效 (Huawei Cloud, portals.md §2.3): 是 takes the end date off the form.
const UNTIL: FieldSpec = { path: 'subject.head.certificate.validUntil', section: 'subject-head', labels: ['证件有效期截止日期', '证件是否长期有效'], widget: 'valid-until' };

function validityForm(longTerm: boolean): void {
  document.body.innerHTML = `<form><h3>主办单位负责人信息</h3>
    <div class="item" id="q"><label>证件是否长期有效</label><div class="tiny-radio-group">
      <label class="tiny-radio"><input type="radio" name="lt" value="Y" ${longTerm ? 'checked' : ''}>是</label>
      <label class="tiny-radio"><input type="radio" name="lt" value="N" ${longTerm ? '' : 'checked'}>否</label></div></div>
    <div class="item"><label>证件有效期起始日期</label><div><input id="from"></div></div>
    <div id="until-slot"></div></form>`;
  const slot = document.getElementById('until-slot')!;
  const render = (show: boolean) => (slot.innerHTML = show ? '<div class="item"><label>证件有效期截止日期</label><div><input id="until"></div></div>' : '');
  render(!longTerm);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=lt]')) radio.addEventListener('change', () => render(radio.value === 'N'));
}

const locateUntil = () => {
  const found = locateField(pageContext(documentsOf(document)), UNTIL);
  if (!('element' in found)) throw new Error(found.problem);
  return found.element;
};

describe('valid-until beside a 是/否 question', () => {
  it('is the end date while both show, and 长期 takes it off the page', async () => {
    validityForm(false);
    const date = locateUntil();
    expect(date.id).toBe('until');
    expect(await validUntilDriver.write(date, '长期', UNTIL)).toBeUndefined();
    expect(document.getElementById('until')).toBeNull();
    expect(validUntilDriver.read(date, UNTIL)).toBe('长期');
  });

  it('is the question once 长期 has taken the date away: 否 brings it back, and that date is filled', async () => {
    validityForm(true);
    const question = locateUntil();
    expect(question.classList.contains('tiny-radio-group')).toBe(true);
    expect(validUntilDriver.read(question, UNTIL)).toBe('长期');
    expect(await validUntilDriver.write(question, '2040-03-07', UNTIL)).toBeUndefined();
    expect(document.querySelector<HTMLInputElement>('#until')?.value).toBe('2040-03-07');
    expect(document.querySelector<HTMLInputElement>('#from')?.value).toBe('');
    expect(validUntilDriver.read(question, UNTIL)).toBe('2040-03-07');
  });
});
