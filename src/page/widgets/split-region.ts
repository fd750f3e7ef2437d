import { settle, waitWhileChanging } from '../wait';
import { asList, type Driver, type FieldDriving } from './driver';

// 省 / 市 / 县 as two or three selects under one label (所属区域, 所在地), of whatever library the page uses: each is
// chosen in turn with its own driver, the next one once the page has loaded its options (it may stay disabled until
// its parent is chosen). A form that asks only 省 and 市 takes the first two parts.

/** The choice fields of a cell, in order. */
function partsOf(cell: Element, driving: FieldDriving): Element[] {
  const parts: Element[] = [];
  for (const control of cell.querySelectorAll('select, input, [role=combobox]')) {
    const field = driving.fieldOf(control);
    if (!parts.includes(field) && driving.isChoice(field)) parts.push(field);
  }
  return parts;
}

/** A cell holding two or three selects and nothing else a person types into is a split region. */
export function isSplitRegion(cell: Element, driving: FieldDriving): boolean {
  const parts = partsOf(cell, driving);
  return parts.length >= 2 && parts.length <= 3;
}

export function splitRegionDriver(driving: FieldDriving): Driver {
  return {
    holdsList: true,
    async write(cell, value, spec) {
      const wanted = asList(value);
      const count = partsOf(cell, driving).length;
      for (let i = 0; i < Math.min(count, wanted.length); i++) {
        const part = partsOf(cell, driving)[i];
        const driver = part && driving.driverOf(part);
        if (!part || !driver) return `no select for part ${i + 1} of the region`;
        const { disabled } = driver;
        if (disabled?.(part) && !(await waitWhileChanging(() => !disabled(part), cell.ownerDocument.body))) return `the select for 「${wanted[i]}」 stays disabled`;
        const refused = await driver.write(part, wanted[i] ?? '', spec);
        if (refused) return `${['省', '市', '县'][i]}: ${refused}`;
        await settle();
      }
      return undefined;
    },
    read(cell, spec) {
      return partsOf(cell, driving).map((part) => {
        const value = driving.driverOf(part)?.read(part, spec) ?? '';
        return typeof value === 'string' ? value : (value[0] ?? '');
      });
    },
  };
}
