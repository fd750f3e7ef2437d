import type { FieldSpec, WidgetKind } from '../adapters/define-adapter';
import { locate, type Frames } from './frames';
import { locateByLabel } from './locate-by-label';

export type Located = { element: Element; widget: WidgetKind } | { problem: string };

/** Where a field is on the page now: by selector, or by its visible label. */
export function locateField(frames: Frames, spec: FieldSpec): Located {
  if (spec.selector) {
    const found = locate(frames, spec.selector);
    return 'element' in found ? { element: found.element, widget: spec.widget ?? 'text' } : found;
  }
  if (spec.labels) {
    const found = locateByLabel(frames, spec.labels, spec.section);
    return 'match' in found ? { element: found.match.element, widget: spec.widget ?? found.match.widget } : found;
  }
  return { problem: `field ${spec.path} has neither selector nor labels` };
}
