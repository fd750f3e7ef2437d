import type { ComponentChildren } from 'preact';
import { ChevronIcon } from './icons';
import { SeverityCounts } from './SeverityCounts';

// One collapsible part of the filing. The body stays in the page while closed (hidden), so half-typed list fields
// keep their text; the heading shows the section's own error and warning counts, so a closed section still tells.

/** What the editor decides for a section: its id, whether it is open, and its own counts. */
export type SectionState = { id: string; open: boolean; onToggle: (id: string) => void; errors: number; warnings: number };

type Props = {
  id: string;
  title: ComponentChildren;
  level: 2 | 3;
  open: boolean;
  onToggle: (id: string) => void;
  errors: number;
  warnings: number;
  class?: string;
  children: ComponentChildren;
};

export function Section({ id, title, level, open, onToggle, errors, warnings, class: className, children }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class={`section${className ? ` ${className}` : ''}`} data-section={id} aria-labelledby={`${id}-toggle`}>
      <Heading class="section-heading">
        <button type="button" id={`${id}-toggle`} class="section-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => onToggle(id)}>
          <ChevronIcon />
          <span class="section-title">{title}</span>
          <SeverityCounts errors={errors} warnings={warnings} />
        </button>
      </Heading>
      <div id={`${id}-body`} class="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
