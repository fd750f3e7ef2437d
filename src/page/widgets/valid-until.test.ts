// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../adapters/define-adapter';
import { choiceLabel } from './driver';
import { validUntilDriver } from './valid-until';

// A 长期有效 switch beside a start date (element-plus el-switch markup, element-plus.org Switch), with two 负责人 blocks
// in one form: each end date has its own switch, and only its own.

const UNTIL: FieldSpec = { path: 'websites[0].head.certificate.validUntil', section: 'website-head', labels: ['证件有效期'], widget: 'valid-until', part: 1 };

const block = (id: string, withSwitch: boolean) => `<div class="el-form-item"><div class="el-form-item__label">证件有效期</div>
  <div class="el-form-item__content"><div class="validity">
    <input id="${id}-from">
    ${withSwitch ? `<div class="el-switch"><input class="el-switch__input" type="checkbox" id="${id}-switch"><!--v-if--><span class="el-switch__core"></span><span class="el-switch__label"><span>长期有效</span></span></div>` : ''}
    <input id="${id}-until">
  </div></div></div>`;

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('valid-until beside a 长期有效 switch', () => {
  it('reads a switch label past the comments Vue leaves beside it', () => {
    document.body.innerHTML = block('site', true);
    expect(choiceLabel(input('site-switch'))).toBe('长期有效');
  });

  it('turns on its own switch for 长期', async () => {
    document.body.innerHTML = `<form>${block('head', false)}${block('site', true)}</form>`;
    expect(await validUntilDriver.write(input('site-until'), '长期', UNTIL)).toBeUndefined();
    expect(input('site-switch').checked).toBe(true);
  });

  it('never touches the switch of another 负责人 in the same form', async () => {
    document.body.innerHTML = `<form>${block('head', false)}${block('site', true)}</form>`;
    expect(await validUntilDriver.write(input('head-until'), '长期', UNTIL)).toBe('no 长期 switch beside the end date');
    expect(await validUntilDriver.write(input('head-until'), '2040-03-07', UNTIL)).toBeUndefined();
    expect(input('site-switch').checked).toBe(false);
    expect(input('head-until').value).toBe('2040-03-07');
  });
});
