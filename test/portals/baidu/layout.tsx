/** @jsxImportSource react */
import type { ReactElement, ReactNode } from 'react';
import { hash } from '../common/spa-twin';
import { cls, namedByAriaLabel, rotated, TWIN, uid, wrappers } from './twin';
import type { Naming } from './widgets';

// Form rows and blocks as the console lays them out: a block is a `<section aria-labelledby>` titled by an `<h2>`;
// a row is a visible label text element and its control(s), named by `aria-labelledby` pointing at the label.
// The twin (twin.ts) rotates rows, wraps them, names half the controls by `aria-label` (dropping the label element),
// moves the required star and the colon, turns the titles into `role=heading` divs and one block into a bare group.

/** Names a row's control; `sub` names one of several controls under the label (its text in a hidden element). */
export type Namer = (sub?: { id: string; text: string }) => Naming;

type RowProps = { k: string; label: string; required?: boolean; children: (name: Namer) => ReactNode };

/** The twin's colon after a label: full-width, half-width or none. */
const colon = (k: string) => (TWIN ? ['：', ':', ''][hash(`colon:${k}`) % 3]! : '');

export function Row({ k, label, required = false, children }: RowProps): ReactElement {
  const byAriaLabel = namedByAriaLabel(k);
  const labelId = uid(`label:${k}`);
  const name: Namer = (sub) => (byAriaLabel ? { 'aria-label': sub ? `${label}${sub.text}` : label } : { 'aria-labelledby': sub ? `${labelId} ${sub.id}` : labelId });
  const star = required ? (
    <span className={cls('required')} aria-hidden="true">
      *
    </span>
  ) : null;
  const labelElement = byAriaLabel ? null : (
    <div className={cls('label')}>
      {!TWIN && star}
      <span id={labelId}>
        {label}
        {colon(k)}
      </span>
      {TWIN && star}
    </div>
  );
  let row: ReactElement = (
    <div className={cls('row')}>
      <div className={cls('label-cell')}>{labelElement}</div>
      <div className={cls('control-cell')}>{children(name)}</div>
    </div>
  );
  for (let i = 0; i < wrappers(k); i++) row = <div className={cls(`wrap-${i}`)}>{row}</div>;
  return row;
}

/** A label element for one part of a composite row (前置审批类型, 前置审批文号), or its aria-label in the twin. */
export function SubField({ k, label, children }: { k: string; label: string; children: (naming: Naming) => ReactNode }) {
  const byAriaLabel = namedByAriaLabel(k);
  const labelId = uid(`label:${k}`);
  return (
    <div className={cls('subfield')}>
      {!byAriaLabel && (
        <span id={labelId} className={cls('sublabel')}>
          {label}
          {colon(k)}
        </span>
      )}
      {children(byAriaLabel ? { 'aria-label': label } : { 'aria-labelledby': labelId })}
    </div>
  );
}

type BlockProps = { k: string; title: string; children: ReactElement[]; /** In the twin: a group named by aria-label only. */ bareInTwin?: boolean };

export function Block({ k, title, children, bareInTwin = false }: BlockProps) {
  const rows = rotated(children, k);
  const headingId = uid(`heading:${k}`);
  if (TWIN && bareInTwin) {
    return (
      <div role="group" aria-label={title} className={cls('block')}>
        <div className={cls('block-body')}>{rows}</div>
      </div>
    );
  }
  return (
    <section aria-labelledby={headingId} className={cls('block')}>
      {TWIN ? (
        <div role="heading" aria-level={2} id={headingId} className={cls('block-title')}>
          {title}
        </div>
      ) : (
        <h2 id={headingId} className={cls('block-title')}>
          {title}
        </h2>
      )}
      <div className={cls('block-body')}>{rows}</div>
    </section>
  );
}
