/** @jsxImportSource react */
import { Children, cloneElement, type ReactElement, type ReactNode } from 'react';
import { Form } from 'tea-component/es/form';
import { cls, labelMode, rotated, TWIN } from './twin';

// One form row as the console lays it out (a tea Form.Item: `<prefix>-form__item` with its `__label` and `__controls`),
// or, in the twin, with its label moved, an extra wrapper, and the required marker after the label as text.

export type RowProps = {
  /** Keys the twin's label mode. */
  name: string;
  label: string;
  required?: boolean;
  /** A text input whose label may become its placeholder in the twin. */
  text?: boolean;
  children: ReactElement<{ placeholder?: string }>;
};

export function Row({ name, label, required = true, text, children }: RowProps) {
  const mode = labelMode(name, text === true);
  const control = mode === 'placeholder' ? cloneElement(children, { placeholder: label }) : children;
  if (!TWIN) {
    return (
      <Form.Item label={label} required={required}>
        {control}
      </Form.Item>
    );
  }
  const marked = required ? `${label} *` : label;
  return (
    <div className={cls('field-wrap')}>
      {mode === 'above' && <div className={cls('field-label')}>{marked}</div>}
      <Form.Item {...(mode === 'item' ? { label: marked } : {})} className={cls('form-row')}>
        {control}
      </Form.Item>
    </div>
  );
}

/** A part of the filing: tea's Form.Title (`<h3>`) over its rows; in the twin a `role=heading` title. */
export function Section({ title, salt, children }: { title: string; salt: string; children: ReactNode }) {
  const rows = rotated(Children.toArray(children), salt);
  return (
    <div className={cls('form-section')}>
      {TWIN ? (
        <div role="heading" aria-level={3} className={cls('section-title')}>
          {title}
        </div>
      ) : (
        <Form.Title>{title}</Form.Title>
      )}
      <Form>{rows}</Form>
    </div>
  );
}
