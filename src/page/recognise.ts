import { adapters as allAdapters, hostMatches } from '../adapters/index';
import type { Adapter, FieldSpec } from '../adapters/define-adapter';
import { queryFrames } from './frames';
import { locateField, type Located, type LocateProblem, type PageContext } from './locate-field';
import { settleOwners } from './owners';
import { onlyKindOnPage, showsStep } from './service-kind';
import { isPlatformSpec, locatePlatformField } from './platforms';

// Which adapter serves the page, and which of its fields are on it now. An adapter's steps are names for groups
// of sections; every step with a field on the page is acted on (a website form that carries its access fields is
// `website+access`). A known host whose page shows none of its adapter's fields falls back to the page-signature
// adapters, then to generic; a page is refused only when no adapter finds a single field.

export type FoundField = { spec: FieldSpec } & (Located | LocateProblem);
/** A field on the page that stays with the person (an SMS code box), with the portal's label. */
export type ManualField = { label: string; what: string };
export type Recognised = { adapter: Adapter; step: string; fields: FoundField[]; manual: ManualField[] };

const isOnPage = (field: FoundField) => 'element' in field || field.ambiguous === true;

/** The adapter's fields on this page: those of every step that shows at least one field. */
const isUpload = (field: FoundField) => field.spec.widget === 'upload';

function fieldsOnPage(ctx: PageContext, adapter: Adapter): Recognised | undefined {
  const all = settleOwners(onlyKindOnPage(adapter.fields.flatMap((spec): FoundField[] => (isPlatformSpec(spec) ? locatePlatformField(ctx, spec) : [{ spec, ...locateField(ctx, spec) }]))));
  // An upload step lists no form field as missing, and a form step no upload field: each is reported where the page has its kind.
  const uploads = all.some((f) => isUpload(f) && isOnPage(f));
  const forms = all.some((f) => !isUpload(f) && isOnPage(f));
  // The upload specs are every material any console asks; a page shows a few, so the others are not missing from it.
  const fields = all.filter((f) => (isUpload(f) ? uploads && isOnPage(f) : forms));
  const steps = adapter.steps.filter((step) => fields.some((f) => isOnPage(f) && showsStep(step.sections, f)));
  if (steps.length === 0) return undefined;
  const sections = new Set(steps.flatMap((s) => s.sections));
  const manual = (adapter.manual ?? []).flatMap(({ section, labels, what }) => {
    if (!sections.has(section)) return [];
    const found = locateField(ctx, { path: '', section, labels });
    return 'element' in found ? [{ label: found.label ?? labels[0] ?? '', what }] : [];
  });
  return { adapter, step: forms ? steps.map((s) => s.id).join('+') : 'materials', fields: fields.filter((f) => sections.has(f.spec.section)), manual };
}

export function recognise(ctx: PageContext, hostname: string, adapters: readonly Adapter[] = allAdapters): Recognised | { error: string } {
  const byHost = adapters.filter((a) => a.hosts.some((h) => hostMatches(h, hostname)));
  const bySignature = adapters.filter((a) => a.hosts.length === 0 && a.signature && queryFrames(ctx.frames, a.signature.css).length > 0);
  const generic = adapters.filter((a) => a.hosts.length === 0 && !a.signature);
  for (const adapter of [...byHost, ...bySignature, ...generic]) {
    const found = fieldsOnPage(ctx, adapter);
    if (found) return found;
  }
  const known = byHost[0];
  // An adapter's name is "中文 · English": each half of the message names the portal in its own language.
  const [zhName, enName = zhName] = known ? known.name.split(' · ') : [];
  return {
    error: known
      ? `这是${zhName}，但当前页面上没有找到备案表单的字段：请先打开要填写的表单 · This is ${enName}, but no filing field is on this page: open the form to fill first.`
      : '当前页面上没有找到备案表单的字段（主办单位、负责人、网站或接入信息） · No filing field (subject, person in charge, website or access) was found on this page.',
  };
}
