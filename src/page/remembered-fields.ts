import type { FieldSpec, WidgetKind } from '../adapters/define-adapter';
import type { Fit } from './locate-field';
import { isShown } from './visibility';

// A field found by its words once is the same field after a fill changed how it looks: a tag input drops the
// placeholder that named it once it holds tags (Arco InputTag), so a later check or capture would find no words
// leading to it. What one operation found is kept for the next ones on this page while the element is still in it
// and shown; it is asked only where the words lead nowhere now, never to choose between candidates.

export type Remembered = { element: Element; widget: WidgetKind; label?: string; fit: Fit | 'exact' };

const found = new Map<string, { ref: WeakRef<Element>; field: Omit<Remembered, 'element'> }>();

const keyOf = (spec: FieldSpec) => JSON.stringify([spec.path, spec.section, spec.labels, spec.placeholders ?? [], spec.part ?? null]);

export function remember(spec: FieldSpec, field: Remembered): void {
  const { element, ...rest } = field;
  found.set(keyOf(spec), { ref: new WeakRef(element), field: rest });
}

export function recall(spec: FieldSpec): Remembered | undefined {
  const kept = found.get(keyOf(spec));
  const element = kept?.ref.deref();
  if (!kept || !element?.isConnected || !isShown(element)) return undefined;
  return { ...kept.field, element };
}
