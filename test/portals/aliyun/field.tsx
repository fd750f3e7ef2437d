/** @jsxImportSource react */
import { Card, Form, type FormItemProps } from 'antd';
import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { cls, fieldName, labelMode, rotated, TWIN } from './twin';

// One form row as Aliyun lays it out (an antd Form.Item in its module's card), or, in the twin, with its
// label moved, an extra wrapper, and the required marker after the label as text.

export type FieldProps = {
  /** The replica's state key of the field (its Form.Item name); none for a row holding several named parts. */
  name?: string;
  label: string;
  required?: boolean;
  /** A text input whose label may become its placeholder in the twin. */
  text?: boolean;
  /** Keys the label mode when the row has no name of its own. */
  salt?: string;
  rules?: FormItemProps['rules'];
  children: ReactElement<{ placeholder?: string }>;
};

/** The twin's required marker: after the label, as text. */
export const twinRequiredMark = (label: ReactNode, { required }: { required: boolean }) => (
  <>
    {label}
    {required && <span className={cls('required-star')}>*</span>}
  </>
);

export function Field({ name, label, required, text, salt, rules, children }: FieldProps) {
  const mode = labelMode(name ?? salt ?? label, text === true);
  const itemRules = rules ?? (required ? [{ required: true, message: `请填写${label}` }] : undefined);
  const control = mode === 'placeholder' ? cloneElement(children, { placeholder: label }) : children;
  const item = (
    <Form.Item {...(name ? { name: fieldName(name) } : {})} {...(mode === 'item' ? { label } : {})} required={required ?? false} rules={itemRules} className={cls('form-row')}>
      {control}
    </Form.Item>
  );
  if (!TWIN) return item;
  return (
    <div className={cls('field-wrap')}>
      {mode === 'above' && (
        <div className={cls('field-label')}>
          {label}
          {required && <span className={cls('required-star')}>*</span>}
        </div>
      )}
      {item}
    </div>
  );
}

/** A module of the form: a card headed by its title (the twin: a `role=heading` title above plain rows). */
export function Module({ title, salt, children }: { title: string; salt: string; children: ReactElement[] }) {
  const rows = rotated(children, salt);
  if (!TWIN) {
    return (
      <div className="module-item-wrap">
        <Card title={title} size="small">
          {rows}
        </Card>
      </div>
    );
  }
  return (
    <div className="module-item-wrap">
      <div className={cls('module-head')} role="heading" aria-level={3}>
        {title}
      </div>
      <div className={cls('module-body')}>{rows}</div>
    </div>
  );
}
