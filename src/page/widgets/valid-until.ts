import type { FieldSpec, WidgetKind } from '../../adapters/define-adapter';
import { waitFor } from '../wait';
import { isInput, setValue } from '../set-value';
import { asText, type Driver } from './driver';
import { isOn, toggleLabel, togglesIn, turn, type Toggle } from './toggle';
// The end date may be a UI library's date picker: it is written and read through that library's driver. The registry
// imports this file too; the cycle is safe because both are only looked up when a field is written or read.
import { drivers, libraryWidgetOf, WIDGET_ROOTS } from './index';

// A certificate's end date where the portal has a separate 长期 switch (MIIT #isLongTermUl radios beside
// #endDateFind, portals.md §2.6; Huawei Cloud's 证件是否长期有效 是/否, §2.3): the profile's "长期" turns the switch on
// and leaves the date empty; a date turns it off (or picks 有期限 / 否) and fills the date. The element is the date
// field, with the switch the choice labelled 长期 in the same row or the 是 of a 是/否 question about 长期 beside it;
// or, when 长期 has taken the date off the page, the question itself: then 否 brings the date back, and that date is
// the one filled.

const LONG_TERM = '长期';
const IS_LONG_TERM = /^长期(有效)?$/;
const IS_DATED = /^(有期限|非长期|固定期限|有效期至)$/;
const ASKS_LONG_TERM = /长期/;

const CHOICE_GROUPS: ReadonlySet<WidgetKind> = new Set(['radios', 'checkboxes']);

type Switch = { longTerm?: Toggle; dated?: Toggle };

/** Native choices, and switches and checkboxes drawn with ARIA roles (an Ant Design Switch is a `button role=switch`). */
const choicesIn = togglesIn;

/** The item a choice belongs to: its ancestors up to, not including, the container it shares with the date. */
function itemOf(choice: Element, date: Element): Element {
  let node = choice;
  while (node.parentElement && !node.parentElement.contains(date)) node = node.parentElement;
  return node;
}

/** The 长期 choice and its "has an end date" counterpart, in the nearest container of the date field holding one. */
function switchBeside(date: Element): Switch {
  for (let scope = date.parentElement, depth = 0; scope && depth < 4; scope = scope.parentElement, depth++) {
    // A choice that sits with date fields of its own is another field's switch (a second 负责人's 长期有效 in the same form).
    const choices = choicesIn(scope).filter((c) => !fieldsIn(itemOf(c.el, date)).some((f) => !CHOICE_GROUPS.has(libraryWidgetOf(f) ?? 'text')));
    const longTerm = choices.find((c) => IS_LONG_TERM.test(toggleLabel(c)));
    if (longTerm) return { longTerm, dated: choices.find((c) => IS_DATED.test(toggleLabel(c))) };
    // 证件是否长期有效: ○是 ○否 — a question whose 是 means 长期.
    const yes = choices.find((c) => c.type === 'radio' && toggleLabel(c) === '是' && ASKS_LONG_TERM.test(itemOf(c.el, date).textContent ?? ''));
    if (yes) {
      const item = itemOf(yes.el, date);
      return { longTerm: yes, dated: choices.find((c) => toggleLabel(c) === '否' && item.contains(c.el)) };
    }
  }
  return {};
}

/** The field is the 长期 question itself (its choices are inside it). */
function ownSwitch(el: Element): Switch | undefined {
  const choices = choicesIn(el);
  if (choices.length === 0) return undefined;
  return {
    longTerm: choices.find((c) => IS_LONG_TERM.test(toggleLabel(c)) || toggleLabel(c) === '是'),
    dated: choices.find((c) => IS_DATED.test(toggleLabel(c)) || toggleLabel(c) === '否'),
  };
}

/** A date field written and read through its own driver: a library date picker, or a plain input. */
function dateField(el: Element, spec: FieldSpec): { write(text: string): Promise<string | undefined>; read(): string } | undefined {
  const kind = libraryWidgetOf(el);
  const driver = kind ? drivers[kind] : undefined;
  if (driver) return { write: (text) => driver.write(el, text, spec), read: () => asText(driver.read(el, spec)) };
  // A library box we have no driver for (element-plus's single date editor) is typed into through its input.
  if (!isInput(el)) {
    const input = el.querySelector('input');
    return input && isInput(input) ? dateField(input, spec) : undefined;
  }
  return {
    write: async (text) => {
      setValue(el, text);
      return undefined;
    },
    read: () => el.value.trim(),
  };
}

/** Fields a container holds (library widgets, other inputs), to tell which one a click brought onto the page. */
const fieldsIn = (scope: Element) =>
  [...scope.querySelectorAll(`${WIDGET_ROOTS}, input:not([type=radio]):not([type=checkbox]):not([type=hidden])`)].filter((f) => f.matches(WIDGET_ROOTS) || !f.closest(WIDGET_ROOTS));

/** The section-level container around the question: the nearest ancestor holding other fields, within a few levels. */
function containerOf(el: Element): Element {
  let scope = el.parentElement ?? el;
  for (let depth = 0; depth < 5 && scope.parentElement; depth++) {
    if (fieldsIn(scope).some((f) => !el.contains(f) && !f.contains(el))) return scope;
    scope = scope.parentElement;
  }
  return scope;
}

/** The switch each field was written with, and the date a 否 brought back: both outlive the date leaving the page. */
const switchOf = new WeakMap<Element, Toggle>();
const broughtBack = new WeakMap<Element, Element>();

async function writeThroughSwitch(el: Element, own: Switch, value: string, spec: FieldSpec): Promise<string | undefined> {
  if (!own.longTerm) return 'no 长期 choice in the field';
  if (value === LONG_TERM) {
    await turn(own.longTerm, true);
    return undefined;
  }
  // A dated certificate: its own choice (有期限 / 否), or a 长期有效 switch turned off.
  const { longTerm, dated } = own;
  const choose = dated ? () => turn(dated, true) : longTerm.type === 'checkbox' ? () => turn(longTerm, false) : undefined;
  if (!choose) return 'no choice for a dated certificate beside 长期';
  const scope = containerOf(el);
  const before = new Set(fieldsIn(scope));
  await choose();
  const date = await waitFor(() => fieldsIn(scope).find((f) => !before.has(f) && !el.contains(f)), el.ownerDocument.body);
  const field = date && dateField(date, spec);
  if (!date || !field) return `chose 「${toggleLabel(dated ?? longTerm)}」 but no end date appeared beside it`;
  broughtBack.set(el, date);
  return field.write(value);
}

export const validUntilDriver: Driver = {
  async write(el, value, spec) {
    const text = asText(value);
    const own = ownSwitch(el);
    if (own) return writeThroughSwitch(el, own, text, spec);
    const { longTerm, dated } = switchBeside(el);
    const date = dateField(el, spec);
    if (!date) return 'the end date field is not an input';
    const isLongTerm = text === LONG_TERM;
    if (!longTerm) return isLongTerm ? 'no 长期 switch beside the end date' : date.write(text);
    switchOf.set(el, longTerm);
    if (isLongTerm) await turn(longTerm, true);
    else if (dated) await turn(dated, true);
    else await turn(longTerm, false);
    // A library picker clears or hides its own date when 长期 is chosen; a plain input is emptied.
    if (isLongTerm) return libraryWidgetOf(el) ? undefined : date.write('');
    return date.write(text);
  },
  read(el, spec) {
    const own = ownSwitch(el);
    if (own) {
      if (own.longTerm && isOn(own.longTerm)) return LONG_TERM;
      const date = broughtBack.get(el);
      return date?.isConnected ? (dateField(date, spec)?.read() ?? '') : '';
    }
    const longTerm = el.isConnected ? switchBeside(el).longTerm : switchOf.get(el);
    if (longTerm && isOn(longTerm)) return LONG_TERM;
    return dateField(el, spec)?.read() ?? '';
  },
};
