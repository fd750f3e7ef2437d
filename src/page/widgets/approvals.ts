import { approvalItem, NO_APPROVALS, parseApprovalItem } from '../../adapters/define-adapter';
import { canonicalLabel } from '../../profile/options';
import { isInput, setValue } from '../set-value';
import { settle, waitFor } from '../wait';
import { choose, isChecked } from './choices';
import { asList, choiceLabel, textInputsIn, type Driver } from './driver';

// 前置审批 as a list of checkboxes, one per type, with 以上都不涉及; a checked type shows a 文号 input beside it
// (Tencent Cloud; the WeChat applyIcpFiling `nrlx_details` has the same shape, portals.md §2.8). The field's element is
// the cell holding the list. Its value is the profile's approvals, `类型：文号` each, or [以上都不涉及].

function boxesIn(cell: Element): { box: HTMLInputElement; type: string }[] {
  return [...cell.querySelectorAll('input[type=checkbox]')].filter(isInput).map((box) => ({ box, type: canonicalLabel(choiceLabel(box)) }));
}

/** The 文号 input of a checkbox: the text input in the smallest container around it that holds no other checkbox. */
function numberOf(box: HTMLInputElement, cell: Element): HTMLInputElement | HTMLTextAreaElement | undefined {
  for (let scope = box.parentElement; scope && cell.contains(scope); scope = scope.parentElement) {
    if (scope.querySelectorAll('input[type=checkbox]').length > 1) return undefined;
    const [input] = textInputsIn(scope);
    if (input) return input;
  }
  return undefined;
}

export const approvalsDriver: Driver = {
  holdsList: true,
  unordered: true,
  async write(cell, value) {
    const known = new Set(boxesIn(cell).map((b) => b.type));
    // A list with no 以上都不涉及 box says "none" by leaving every type unticked.
    const wanted = asList(value)
      .map(parseApprovalItem)
      .filter((w) => w.type !== NO_APPROVALS || known.has(NO_APPROVALS));
    const types = new Set(wanted.map((w) => w.type));
    const missing = [...types].filter((t) => !known.has(t));
    if (missing.length) return `no 前置审批 type 「${missing.join('」「')}」 in the list`;
    // Unchecked first (以上都不涉及 excludes the others); the page renders between clicks and may add or drop inputs.
    for (const checked of [false, true]) {
      for (const { box, type } of boxesIn(cell)) {
        if (types.has(type) !== checked || isChecked(box) === checked) continue;
        await choose(box, checked);
      }
    }
    for (const { type, number } of wanted) {
      if (type === NO_APPROVALS) continue;
      const input = await waitFor(() => {
        const entry = boxesIn(cell).find((b) => b.type === type);
        return entry && numberOf(entry.box, cell);
      }, cell.ownerDocument.body);
      if (!input) return `no 文号 input beside 「${type}」`;
      setValue(input, number);
    }
    return undefined;
  },
  read(cell) {
    const boxes = boxesIn(cell);
    const ticked = boxes.filter(({ box }) => isChecked(box)).map(({ box, type }) => (type === NO_APPROVALS ? NO_APPROVALS : approvalItem(type, numberOf(box, cell)?.value.trim() ?? '')));
    return ticked.length === 0 && boxes.length > 0 && !boxes.some((b) => b.type === NO_APPROVALS) ? [NO_APPROVALS] : ticked;
  },
};
