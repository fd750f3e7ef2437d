import type { SectionId } from '../adapters/define-adapter';
import type { FoundField } from './recognise';

// A filing page is about one kind of service: a website, an APP or a mini program. Blocks the portals repeat on each
// kind's step (接入服务商, 服务类型, 前置审批 on the 公安 website and APP steps) would otherwise let a website's fields
// be found on an APP's page and written there with the website's values. A kind whose fields sit in none of its own
// blocks, while another kind's do, is not on this page.

type Kind = 'websites' | 'apps' | 'miniPrograms';

/** The blocks that are a kind's own: a heading there names that kind alone. */
const OWN_BLOCKS: Readonly<Record<Kind, readonly SectionId[]>> = {
  websites: ['website', 'website-head'],
  apps: ['app', 'app-head', 'app-platform'],
  miniPrograms: ['mini-program', 'mini-program-head'],
};

const KINDS: readonly Kind[] = ['websites', 'apps', 'miniPrograms'];
const kindOf = (path: string): Kind | undefined => KINDS.find((kind) => path.startsWith(`${kind}[`));

/** Found by its words under its own block's heading: not by an id alone, a shared block or a page without headings. */
const placedInOwnBlock = (field: FoundField, kind: Kind) => 'element' in field && field.fit === undefined && field.byId === undefined && OWN_BLOCKS[kind].includes(field.spec.section);

/**
 * A step is on the page through this field: the field is in one of the step's sections and, when it is a service's,
 * the step is that service's or no service's in particular (an APP step sharing 接入 with the website step is no
 * website step; a step of 接入 alone serves any).
 */
export function showsStep(sections: readonly SectionId[], field: FoundField): boolean {
  if (!sections.includes(field.spec.section)) return false;
  const kind = kindOf(field.spec.path);
  const serves = KINDS.filter((k) => OWN_BLOCKS[k].some((block) => sections.includes(block)));
  return !kind || serves.length === 0 || serves.includes(kind);
}

/** The fields without those of a service kind that is not on this page (all of them when the page tells no kind). */
export function onlyKindOnPage(fields: readonly FoundField[]): FoundField[] {
  const placed = new Set(fields.flatMap((f) => {
    const kind = kindOf(f.spec.path);
    return kind && placedInOwnBlock(f, kind) ? [kind] : [];
  }));
  if (placed.size === 0) return [...fields];
  return fields.filter((f) => {
    const kind = kindOf(f.spec.path);
    return !kind || placed.has(kind);
  });
}
