import { blurField, isInput } from '../set-value';
import { settle } from '../wait';
import { asList, clean, type Driver } from './driver';
import { typeTag } from './type-tag';

// A tag input no library marks: a text input whose own hint tells a person to add each item with Enter (输入后按回车
// 添加, 按 Enter 确认). Each item is typed and confirmed with Enter (a synthetic key press never submits a form), and
// the items are read back from the chips beside the input — a short text with its own remove button each — never from
// the input, which the page empties once it has taken an item.

const ENTER_HINT = /(回车|Enter)键?后?(添加|确认|新增|生成|分隔)|按\s*(回车|Enter)/i;

function hintText(input: Element): string {
  const doc = input.ownerDocument;
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).map((id) => doc.getElementById(id)?.textContent ?? '');
  return [input.getAttribute('placeholder'), input.getAttribute('title'), ...described].join(' ');
}

/** A text input whose hint asks for Enter after each item. */
export const asksForEnter = (input: Element): boolean => isInput(input) && ENTER_HINT.test(hintText(input));

type Chip = { text: string; remove?: HTMLElement };

/**
 * A chip's remove control: a button, or a control named for what it does (tea-component's Tag puts an
 * `aria-label="dismiss"` icon in its end decorator, es/tag/Tag.js).
 */
const REMOVE = ['button', '[role=button]', '[aria-label="dismiss" i]', '[aria-label="remove" i]', '[aria-label="close" i]', '[aria-label="删除"]', '[aria-label="移除"]'];
const OWN_REMOVE = REMOVE.flatMap((r) => [`:scope > ${r}`, `:scope > * > ${r}`]).join(', ');

/** The chips around the input: within a few levels, elements holding a remove button and a short text, not the input. */
function chipsOf(input: Element): Chip[] {
  for (let scope = input.parentElement, depth = 0; scope && depth < 3; scope = scope.parentElement, depth++) {
    const chips = [...scope.querySelectorAll(`:scope > *, :scope > * > *`)]
      .filter((el) => !el.contains(input) && el.querySelector(OWN_REMOVE) !== null)
      .map((el) => {
        const remove = el.querySelector<HTMLElement>(OWN_REMOVE) ?? undefined;
        const text = clean([...el.childNodes].filter((n) => !(remove && n.contains(remove))).map((n) => n.textContent).join(''));
        return { text, ...(remove ? { remove } : {}) };
      })
      .filter((chip) => chip.text.length > 0 && chip.text.length <= 253);
    if (chips.length) return chips;
  }
  return [];
}

/**
 * An input beside chips already taken is a tag input even once its hint is gone (tea TagSelect drops its placeholder
 * when it holds a tag). Only icon removers count here: a row list's 删除 buttons say their word.
 */
export const holdsChips = (input: Element): boolean => isInput(input) && chipsOf(input).some((c) => c.remove !== undefined && clean(c.remove.textContent).length <= 1);

function press(el: HTMLElement) {
  const view = el.ownerDocument.defaultView;
  for (const type of ['mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view }));
}

export const enterTagsDriver: Driver = {
  holdsList: true,
  disabled: (el) => isInput(el) && el.disabled,
  async write(el, value) {
    if (!isInput(el)) return 'not a text input';
    const wanted = asList(value);
    for (const chip of chipsOf(el)) {
      if (wanted.includes(chip.text) || !chip.remove) continue;
      press(chip.remove);
      await settle();
    }
    for (const item of wanted) {
      const shown = () => chipsOf(el).some((c) => c.text === item);
      if (shown()) continue;
      if (!(await typeTag(el, item, shown))) return `「${item}」 was not added: the field did not take it on Enter`;
    }
    blurField(el);
    return undefined;
  },
  read: (el) => chipsOf(el).map((c) => c.text),
};
