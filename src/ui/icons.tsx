import type { ComponentChildren } from 'preact';

// Small inline SVG icons: a font glyph may be missing from the system's fonts and render as an empty box.
// Status is shown by colour and by shape, so it reads without colour too.

type IconProps = { title?: string; class?: string };

function Svg({ title, class: className, children }: IconProps & { children: ComponentChildren }) {
  return (
    <svg class={`icon${className ? ` ${className}` : ''}`} viewBox="0 0 16 16" width="1em" height="1em" focusable="false" {...(title ? { role: 'img', 'aria-label': title } : { 'aria-hidden': 'true' })}>
      {title && <title>{title}</title>}
      {children}
    </svg>
  );
}

/** A filled circle with a cross: an error a portal would reject. */
export function ErrorIcon(props: IconProps) {
  return (
    <Svg {...props} class={`icon-error${props.class ? ` ${props.class}` : ''}`}>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="var(--color-on-status, #fff)" stroke-width="1.8" stroke-linecap="round" />
    </Svg>
  );
}

/** A triangle with an exclamation mark: a warning worth a look. */
export function WarningIcon(props: IconProps) {
  return (
    <Svg {...props} class={`icon-warning${props.class ? ` ${props.class}` : ''}`}>
      <path d="M8 1.5l7 12.5H1z" fill="currentColor" stroke="currentColor" stroke-width="1" stroke-linejoin="round" />
      <path d="M8 6v4" stroke="var(--color-on-status, #fff)" stroke-width="1.8" stroke-linecap="round" />
      <circle cx="8" cy="12" r="1" fill="var(--color-on-status, #fff)" />
    </Svg>
  );
}

export function SeverityIcon({ severity, ...props }: IconProps & { severity: 'error' | 'warning' }) {
  return severity === 'error' ? <ErrorIcon {...props} /> : <WarningIcon {...props} />;
}

/** A window with a panel on its right: opens the side panel. */
export function SidePanelIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.4" />
      <path d="M10 2.5v11" stroke="currentColor" stroke-width="1.4" />
      <rect x="10" y="3" width="4" height="10" fill="currentColor" opacity="0.35" />
    </Svg>
  );
}

/** A cross: removes the row it sits on. */
export function RemoveIcon(props: IconProps) {
  return (
    <Svg {...props}>
      <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
    </Svg>
  );
}

/** A tick in a circle: done. */
export function DoneIcon(props: IconProps) {
  return (
    <Svg {...props} class={`icon-done${props.class ? ` ${props.class}` : ''}`}>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.8 8.3l2.2 2.2 4.2-4.6" fill="none" stroke="var(--color-on-status, #fff)" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </Svg>
  );
}

/** A hollow circle with a dash: left as it was. */
export function NeutralIcon(props: IconProps) {
  return (
    <Svg {...props} class={`icon-neutral${props.class ? ` ${props.class}` : ''}`}>
      <circle cx="8" cy="8" r="6.3" fill="none" stroke="currentColor" stroke-width="1.4" />
      <path d="M5 8h6" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
    </Svg>
  );
}

/** A chevron pointing right, turned down by CSS while its section is open. */
export function ChevronIcon(props: IconProps) {
  return (
    <Svg {...props} class={`icon-chevron${props.class ? ` ${props.class}` : ''}`}>
      <path d="M6 3.5L10.5 8 6 12.5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </Svg>
  );
}
