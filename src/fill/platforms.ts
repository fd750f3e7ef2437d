import { documentsOf } from '../page/frames';
import { locateEach, pageContext, type Located } from '../page/locate-field';
import { CHOOSER, takesAll } from '../page/platforms';
import { recognise } from '../page/recognise';
import { settle, waitWhileChanging } from '../page/wait';
import { asList, asText, buttonsIn } from '../page/widgets/driver';
import { drivers } from '../page/widgets/index';
import { canonicalLabel } from '../profile/options';
import type { Profile } from '../profile/schema';
import { applyFill } from './apply';
import { planFill } from './plan';
import type { FieldResult } from './report';

// An APP's 平台信息 comes after its other fields (a platform picks its domains among the APP's): the platforms are
// chosen first — ticked in one 选择平台 group (Huawei), or one per row or card, a 平台 select each, added with 添加平台
// (Aliyun) — and only then do their 包名, 公钥 and 签名 fields exist to be found and filled.

const ADD_PLATFORM = /^[+＋\s]*(添加|新增|增加)(APP)?平台/;

const choiceOf = (found: Located) => canonicalLabel(asText(drivers[found.widget].read(found.element, { ...CHOOSER, widget: found.widget })));

async function writeChoice(found: Located, value: string | readonly string[]): Promise<string | undefined> {
  try {
    return await drivers[found.widget].write(found.element, value, { ...CHOOSER, widget: found.widget });
  } catch (error) {
    return String(error);
  }
}

/** One group of boxes for every platform: tick the profile's. */
async function tickGroup(group: Located, names: readonly string[], path: string): Promise<FieldResult> {
  const held = () => asList(drivers[group.widget].read(group.element, { ...CHOOSER, widget: group.widget })).map(canonicalLabel);
  const label = group.label ? { label: group.label } : {};
  const has = () => names.every((n) => held().includes(n)) && held().length === names.length;
  if (has()) return { path, status: 'unchanged', ...label };
  const refused = await writeChoice(group, names);
  await settle();
  if (refused) return { path, status: 'failed', detail: refused, ...label };
  return has() ? { path, status: 'filled', ...label } : { path, status: 'failed', detail: `the page holds 「${held().join(' / ')}」`, ...label };
}

/** A 平台 select per row or card: each profile platform gets the row that shows it, an empty row, or a row added for it. */
async function chooseRows(doc: Document, names: readonly string[], at: (j: number) => string): Promise<FieldResult[]> {
  const results: FieldResult[] = [];
  const choosers = () => locateEach(pageContext(documentsOf(doc)), CHOOSER).filter((c) => !takesAll(c));
  for (const [j, name] of names.entries()) {
    const path = at(j);
    const now = choosers();
    if (now.some((c) => choiceOf(c) === name)) {
      results.push({ path, status: 'unchanged' });
      continue;
    }
    let row = now.find((c) => choiceOf(c) === '');
    if (!row) {
      const [add, ...others] = buttonsIn(doc.body, ADD_PLATFORM);
      if (!add || others.length) {
        results.push({ path, status: 'not-found', detail: add ? 'several 添加平台 buttons: which adds this platform is unclear' : 'no empty platform row and no 添加平台 button' });
        continue;
      }
      const before = new Set(now.map((c) => c.element));
      add.click();
      row = await waitWhileChanging(() => choosers().find((c) => !before.has(c.element)), doc.body);
      if (!row) {
        results.push({ path, status: 'failed', detail: '添加平台 added no row with a 平台 choice' });
        continue;
      }
    }
    const showing = now.filter((c) => choiceOf(c) === name).length;
    const refused = await writeChoice(row, name);
    const label = row.label ? { label: row.label } : {};
    // The page may draw the row anew once its platform is chosen (its title then names it): look again until it shows.
    const shown = refused ? undefined : await waitWhileChanging(() => choosers().filter((c) => choiceOf(c) === name).length > showing, doc.body);
    if (refused) results.push({ path, status: 'failed', detail: refused, ...label });
    else if (shown) results.push({ path, status: 'filled', ...label });
    else results.push({ path, status: 'failed', detail: `the row does not show 「${name}」`, ...label });
  }
  return results;
}

/**
 * Chooses the APP's platforms on the page, then fills each platform's fields, found in the block of the platform
 * they belong to; results for a path already reported are replaced by the later, truer one.
 */
export async function fillPlatforms(results: FieldResult[], doc: Document, hostname: string, profile: Profile, slot: number, signal: AbortSignal): Promise<FieldResult[]> {
  const names = profile.apps[slot]?.platforms.map((p) => p.platform).filter(Boolean) ?? [];
  const onAppStep = results.some((r) => r.path.startsWith(`apps[${slot}].`));
  if (!onAppStep || names.length === 0 || signal.aborted) return results;
  const found = locateEach(pageContext(documentsOf(doc)), CHOOSER);
  const groups = found.filter(takesAll);
  const [group] = groups;
  let chosen: FieldResult[] = [];
  if (group && groups.length === 1) chosen = [await tickGroup(group, names, `apps[${slot}].platforms`)];
  else if (groups.length > 1) chosen = [{ path: `apps[${slot}].platforms`, status: 'not-found', detail: `ambiguous: ${groups.length} 选择平台 groups` }];
  // A page whose platform blocks are all there already (no choice, nothing to add) has no platform to choose.
  else if (found.length > 0 || buttonsIn(doc.body, ADD_PLATFORM).length > 0) chosen = await chooseRows(doc, names, (j) => `apps[${slot}].platforms[${j}].platform`);
  // The blocks the choice opened are drawn by the page's framework: wait until it is still before reading them.
  await waitWhileChanging(() => false, doc.body, 300, 2000);
  const again = recognise(pageContext(documentsOf(doc)), hostname);
  const platformFields = 'error' in again ? [] : again.fields.filter((f) => 'element' in f && f.platform);
  const filled = signal.aborted ? [] : await applyFill(planFill(platformFields, profile, slot), signal);
  const later = new Map([...chosen, ...filled].map((r) => [r.path, r]));
  // A platform field no block held before the choice is reported per platform of the profile, as it stands now.
  const unplaced = results.filter((r) => r.path.includes('.platforms[].'));
  for (const r of unplaced) {
    for (const j of names.keys()) {
      const path = r.path.replace('.platforms[].', `.platforms[${j}].`);
      if (!later.has(path)) later.set(path, { ...r, path });
    }
  }
  return [...results.filter((r) => !later.has(r.path) && !r.path.includes('.platforms[].')), ...later.values()];
}
