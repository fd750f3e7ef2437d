import { approvalItem, NO_APPROVALS, parseApprovalItem, type FieldSpec, type ProfileValue } from '../../adapters/define-adapter';
import { isInput, setValue } from '../set-value';
import { isShown } from '../visibility';
import { settle, waitWhileChanging } from '../wait';
import { choose, isChecked } from './choices';
import { choiceLabel, clean, textInputsIn, type Driver, type FieldDriving } from './driver';

// 前置审批 asked as a question: 是否涉及前置审批 是 / 否, and once 是 is chosen, a 审批类型 select and a 审批文号 input
// appear below it (the shape Aliyun's and several ISP consoles' help pages show). Such a form takes one approval: the
// first is written, more are reported. The choice is a native radio or an ARIA radio; the type select is whatever
// widget the page uses, driven by its own driver (handed in, so this file needs no registry).

const YES = /^(是|涉及|有)$/;
const NO = /^(否|不涉及|无|没有)$/;

type Choice = { el: Element; label: string; checked: boolean };

function choicesIn(cell: Element): Choice[] {
  const native = [...cell.querySelectorAll('input[type=radio]')].filter(isInput).map((el) => ({ el, label: choiceLabel(el), checked: isChecked(el) }));
  // A library's role=radio label around a native radio (OpenTiny) is that one choice, not a second.
  const aria = [...cell.querySelectorAll('[role=radio]')].filter((el) => !el.querySelector('input[type=radio]')).map((el) => ({ el, label: clean(el.textContent || el.getAttribute('aria-label')), checked: el.getAttribute('aria-checked') === 'true' }));
  return [...native, ...aria];
}

/** A cell asks the 是/否 question when its choices are exactly a yes and a no. */
export function isApprovalQuestion(cell: Element): boolean {
  const labels = choicesIn(cell).map((c) => c.label);
  return labels.length === 2 && labels.some((l) => YES.test(l)) && labels.some((l) => NO.test(l));
}

/** A native radio is chosen as a person does, through its label (a library's own model listens there); an ARIA one by click. */
async function chooseAnswer(choice: Choice): Promise<void> {
  if (isInput(choice.el)) await choose(choice.el, true);
  else if (!choice.checked) (choice.el as HTMLElement).click();
}

/** The form around the question, where its follow-up controls appear. */
const scopeOf = (cell: Element): Element => cell.closest('form, [role=form], fieldset, section') ?? cell.parentElement?.parentElement?.parentElement ?? cell;

// eslint-disable-next-line no-bitwise -- compareDocumentPosition answers with a bitmask
const follows = (cell: Element, el: Element) => !cell.contains(el) && (cell.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The first choice field after the question (the 审批类型) and the first text input after that (the 审批文号). */
function followUps(cell: Element, driving: FieldDriving): { type?: { field: Element; driver: Driver }; number?: HTMLInputElement | HTMLTextAreaElement } {
  const scope = scopeOf(cell);
  let type: { field: Element; driver: Driver } | undefined;
  for (const control of scope.querySelectorAll('select, input, [role=combobox]')) {
    if (!follows(cell, control) || !isShown(control)) continue;
    const field = driving.fieldOf(control);
    const driver = driving.driverOf(field);
    if (!type) {
      if (driver && driving.isChoice(field)) type = { field, driver };
      continue;
    }
    if (field !== type.field && field === control) {
      const [number] = textInputsIn(control);
      if (number) return { type, number };
    }
  }
  return { type };
}

export function approvalQuestionDriver(driving: FieldDriving): Driver {
  return {
    holdsList: true,
    async write(cell, value) {
      const items = (typeof value === 'string' ? [value] : value).map(parseApprovalItem);
      const choices = choicesIn(cell);
      const none = items.length === 0 || items.every((i) => i.type === NO_APPROVALS);
      const answer = choices.find((c) => (none ? NO : YES).test(c.label));
      if (!answer) return 'no 是/否 choice for 前置审批';
      await chooseAnswer(answer);
      await settle();
      if (none) return undefined;
      const [first, ...more] = items;
      const found = await waitWhileChanging(() => {
        const ups = followUps(cell, driving);
        return ups.type && ups.number ? ups : undefined;
      }, cell.ownerDocument.body);
      if (!found?.type || !found.number || !first) return 'after 是, no 审批类型 and 审批文号 fields appeared';
      const refused = await found.type.driver.write(found.type.field, first.type, { path: 'approval.type', section: 'website', labels: [] } satisfies FieldSpec);
      if (refused) return `审批类型: ${refused}`;
      setValue(found.number, first.number);
      return more.length ? `the portal takes one 前置审批 here: 「${first.type}」 is filled, ${more.map((m) => `「${m.type}」`).join('')} left for you` : undefined;
    },
    read(cell): ProfileValue {
      const chosen = choicesIn(cell).find((c) => c.checked);
      if (!chosen) return [];
      if (NO.test(chosen.label)) return [NO_APPROVALS];
      const ups = followUps(cell, driving);
      const type = ups.type ? ups.type.driver.read(ups.type.field, { path: 'approval.type', section: 'website', labels: [] }) : '';
      const typeText = typeof type === 'string' ? type : (type[0] ?? '');
      return typeText ? [approvalItem(typeText, ups.number?.value.trim() ?? '')] : [];
    },
  };
}
