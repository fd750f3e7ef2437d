import { setValue } from '../set-value';
import { waitFor } from '../wait';
import { bestOption } from '../option-match';
import { asText, clean, labelOfOption, type Driver } from './driver';

/** By the adapter's code, else the option that best names the label (广东 for 广东省, 440000 广东省: option-match.ts). */
function findOption(select: HTMLSelectElement, label: string, code: string | undefined): HTMLOptionElement | undefined {
  if (code !== undefined) return [...select.options].find((o) => o.value === code);
  return bestOption([...select.options].filter((o) => o.value !== ''), (o) => clean(o.textContent), label);
}

/** Native <select>; cascading selects fill their options later (MIIT 市/县 by AJAX), so the option is awaited. */
export const selectDriver: Driver = {
  disabled: (el) => el.tagName === 'SELECT' && (el as HTMLSelectElement).disabled,
  async write(el, value, spec) {
    if (el.tagName !== 'SELECT') return `${el.tagName.toLowerCase()} is not a select`;
    const select = el as HTMLSelectElement;
    const label = asText(value);
    const mapped = spec.options?.[label];
    const code = mapped === undefined ? undefined : String(mapped);
    // Cascading lists (市 after 省) are emptied and refilled by the page: wait only while the list is still empty.
    const loaded = () => [...select.options].some((o) => o.value !== '');
    const outcome = await waitFor(() => findOption(select, label, code) ?? (loaded() ? 'absent' : undefined), select);
    const option = outcome === 'absent' ? undefined : outcome;
    if (!option) return `no option 「${label}」 in the list`;
    setValue(select, option.value);
    return undefined;
  },
  read(el, spec) {
    const select = el as HTMLSelectElement;
    const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    if (!option || option.value === '') return '';
    return labelOfOption(spec, option.value, clean(option.textContent));
  },
};
