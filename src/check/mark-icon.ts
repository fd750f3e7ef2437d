// The marks' status icons as inline SVG, built with DOM calls: the ✖/⚠ font glyphs may be missing from a portal
// machine's fonts and show as empty boxes. The same shapes as the extension pages' icons (src/ui/icons.tsx).

const SVG = 'http://www.w3.org/2000/svg';

function shape(doc: Document, tag: string, attributes: Record<string, string>): SVGElement {
  const element = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export function markIcon(doc: Document, severity: 'error' | 'warning'): SVGElement {
  const svg = shape(doc, 'svg', { viewBox: '0 0 16 16', width: '1em', height: '1em', 'aria-hidden': 'true', focusable: 'false', class: `icon icon-${severity}` });
  if (severity === 'error') {
    svg.append(shape(doc, 'circle', { cx: '8', cy: '8', r: '7', fill: '#fff' }), shape(doc, 'path', { d: 'M5.5 5.5l5 5M10.5 5.5l-5 5', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round' }));
  } else {
    svg.append(
      shape(doc, 'path', { d: 'M8 1.5l7 12.5H1z', fill: '#fff', stroke: '#fff', 'stroke-width': '1', 'stroke-linejoin': 'round' }),
      shape(doc, 'path', { d: 'M8 6v4', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round' }),
      shape(doc, 'circle', { cx: '8', cy: '12', r: '1', fill: 'currentColor' }),
    );
  }
  return svg;
}
