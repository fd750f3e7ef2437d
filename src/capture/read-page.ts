import type { ProfileValue, StepSpec } from '../adapters/define-adapter';
import { documentsOf, type Frames } from '../fill/frames';
import { locateField } from '../fill/locate-field';
import { resolvePath } from '../fill/plan';
import { drivers } from '../fill/widgets/index';

/** A value shown on the page, mapped back to its profile path and canonical form. */
export type PageValue = { path: string; value: ProfileValue };

export const isBlank = (value: ProfileValue) => (typeof value === 'string' ? value.trim() === '' : value.length === 0);

/** Reads every field of a step that is on the page, empty ones included (check reports them; capture drops them). */
export function readStep(root: Document, step: StepSpec, website: number): PageValue[] {
  const values: PageValue[] = [];
  const frames = documentsOf(root);
  for (const spec of step.fields) {
    const located = locateField(frames, spec);
    if ('problem' in located) continue;
    const shown = drivers[located.widget].read(located.element, { ...spec, widget: located.widget });
    const value = spec.codec ? spec.codec.fromPortal(shown) : shown;
    values.push({ path: resolvePath(spec.path, website), value });
  }
  return values;
}

/** The page element of a profile path in a step, for marking findings and jumping to a field. */
export function elementForPath(frames: Frames, step: StepSpec, website: number, path: string): Element | undefined {
  const spec = step.fields.find((f) => {
    const own = resolvePath(f.path, website);
    return path === own || path.startsWith(`${own}.`) || path.startsWith(`${own}[`) || own.startsWith(`${path}[`);
  });
  if (!spec) return undefined;
  const located = locateField(frames, spec);
  return 'element' in located ? located.element : undefined;
}
