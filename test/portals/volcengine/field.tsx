/** @jsxImportSource react */
import { Card, Form } from '@arco-design/web-react';
import type { RulesProps } from '@arco-design/web-react/es/Form/interface';
import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { cls, colonOf, fieldName, hash, labelMode, rotated, TWIN } from './twin';

// One form row as the Volcengine console lays it out (an Arco `Form.Item` in its card), or, in the twin, with its
// label moved (the item's label, a text element above, or the placeholder only), an extra wrapper, a colon or not,
// and the required star before the label (Arco's), after it, or as plain text.

export type FieldProps = {
  /** The replica's state key of the field (its Form.Item field); none for a row holding several named parts. */
  name?: string;
  label: string;
  required?: boolean;
  /** A text input whose label may become its placeholder in the twin. */
  text?: boolean;
  /** Keys the twin's choices when the row has no name of its own. */
  salt?: string;
  /** Arco's prop carrying the value (`checked` for a lone checkbox). */
  triggerPropName?: string;
  rules?: RulesProps[];
  children: ReactElement<{ placeholder?: string }>;
};

type StarMode = 'start' | 'end' | 'text';

const starMode = (salt: string): StarMode => (TWIN ? (['start', 'end', 'text'] as const)[hash(`star:${salt}`) % 3]! : 'start');

const star = <span className={cls('beian-star')}>*</span>;

export function Field({ name, label, required = false, text = false, salt, triggerPropName, rules, children }: FieldProps) {
  const key = name ?? salt ?? label;
  const mode = labelMode(key, text);
  const stars = starMode(key);
  const itemRules = rules ?? (required ? [{ required: true, message: `请填写${label}` }] : undefined);
  const control = mode === 'placeholder' ? cloneElement(children, { placeholder: label }) : children;
  const shownLabel: ReactNode = stars === 'text' && required ? (
    <>
      {label}
      {star}
    </>
  ) : (
    label
  );
  const item = (
    <Form.Item
      {...(name ? { field: fieldName(name) } : {})}
      {...(mode === 'item' ? { label: shownLabel } : {})}
      {...(triggerPropName ? { triggerPropName } : {})}
      required={required}
      requiredSymbol={stars === 'text' ? false : stars === 'end' ? { position: 'end' } : true}
      colon={colonOf(key)}
      rules={itemRules}
      className={cls('beian-form-row')}
    >
      {control}
    </Form.Item>
  );
  if (!TWIN) return item;
  return (
    <div className={cls('beian-field-wrap')}>
      {mode === 'above' && (
        <div className={cls('beian-field-label')}>
          {label}
          {required && star}
        </div>
      )}
      {item}
    </div>
  );
}

/** A block of the form: an Arco Card headed by its title (the twin: a `role=heading` div inside an untitled card). */
export function Block({ title, salt, children }: { title: string; salt: string; children: ReactElement[] }) {
  const rows = rotated(children, salt);
  if (!TWIN) {
    return (
      <Card title={title} className={cls('beian-block')} bordered style={{ marginBottom: 16 }}>
        {rows}
      </Card>
    );
  }
  return (
    <Card className={cls('beian-block')} bordered style={{ marginBottom: 16 }}>
      <div className={cls('beian-block-head')} role="heading" aria-level={3} style={{ fontWeight: 500, fontSize: 16, marginBottom: 16 }}>
        {title}
      </div>
      <div className={cls('beian-block-body')}>{rows}</div>
    </Card>
  );
}
