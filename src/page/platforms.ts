import type { FieldSpec } from '../adapters/define-adapter';
import { locateEach, type Located, type LocateProblem, type PageContext } from './locate-field';

// An APP's platforms as the consoles show them (apps-security-materials.md §1): a panel per ticked platform (Huawei:
// 选择平台 → Android / iOS / 鸿蒙), or a row per platform with its own 平台 choice (Aliyun: 平台, 域名, 包名, 公钥, MD5).
// A platform field (包名, 公钥, 签名MD5) repeats once per platform; each control belongs to the platform its own
// block names — the panel's title, or the row's chosen 平台 — and to none when that block names none or several.

/** The profile's platform names and the words the consoles use for them. */
export const PLATFORM_WORDS: readonly (readonly [string, RegExp])[] = [
  ['Android', /android|安卓/i],
  ['iOS', /\bios\b|苹果|iphone/i],
  ['HarmonyOS', /harmony|鸿蒙/i],
];

/** The platform choice, as the consoles label it (apps-security-materials.md §1: 平台, 选择平台; 公安: 发布平台). */
export const CHOOSER: FieldSpec = {
  path: 'apps[].platforms',
  section: 'app-platform',
  labels: ['选择平台', 'APP运行平台', '运行平台', '发布平台', '平台类型', 'APP平台', '所属平台', '平台'],
  placeholders: ['请选择平台', '选择平台', '请选择APP平台', '请选择运行平台', '请选择APP运行平台'],
};

/** A chooser that takes every platform at once (boxes, a multiple select), not one row's. */
export const takesAll = (found: Located) => /checkboxes|multiple/.test(found.widget);

/** A spec of a field each platform has: `apps[].platforms[].packageName`. */
export const isPlatformSpec = (spec: FieldSpec) => /\.platforms\[\]\./.test(spec.path);

const UNCHOSEN = 'option, [role=option], [aria-hidden=true], [hidden], template, script, style';

/**
 * The text a person reads in a block as it stands: chosen values (a select's shown option, a read-only input's value,
 * a ticked box's label), not every option a control could take, nor what was typed into text fields.
 */
function shownText(block: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element) || node.matches(UNCHOSEN)) return;
    if (node instanceof HTMLSelectElement) {
      parts.push(node.selectedOptions[0]?.textContent ?? '');
      return;
    }
    if (node instanceof HTMLInputElement) {
      if (node.readOnly && node.type !== 'checkbox' && node.type !== 'radio') parts.push(node.value);
      return;
    }
    // The label of a box not ticked is an option, not the block's choice.
    const box = node.matches('label, [role=radio], [role=checkbox]') ? node.querySelector('input[type=radio], input[type=checkbox]') : null;
    if (box instanceof HTMLInputElement && !box.checked) return;
    if (node.matches('[role=radio], [role=checkbox]') && node.getAttribute('aria-checked') === 'false') return;
    node.childNodes.forEach(walk);
  };
  walk(block);
  return parts.join(' ');
}

const namedIn = (text: string) => PLATFORM_WORDS.filter(([, words]) => words.test(text)).map(([name]) => name);

/** The platform a control's own block names: the nearest block around it that names exactly one. */
export function platformOf(control: Element): string | undefined {
  for (let block = control.parentElement; block && !block.matches('form, body'); block = block.parentElement) {
    const named = namedIn(shownText(block));
    if (named.length === 1) return named[0];
    if (named.length > 1) return undefined;
  }
  return undefined;
}

/**
 * Each platform's control of a platform field, as `apps[].platforms[k].x` with k its platform's place on the page
 * (fill moves it to the profile's own index by name). A platform with two such controls has none.
 */
export function locatePlatformField(ctx: PageContext, spec: FieldSpec): ({ spec: FieldSpec } & (Located | LocateProblem))[] {
  const byPlatform = new Map<string, Located[]>();
  for (const found of locateEach(ctx, spec)) {
    const platform = platformOf(found.element);
    if (platform) byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), found]);
  }
  const order = PLATFORM_WORDS.map(([name]) => name).filter((name) => byPlatform.has(name));
  if (order.length === 0) return [{ spec, problem: `no platform's 「${spec.labels[0] ?? spec.path}」 on this page` }];
  return order.map((platform, k) => {
    const own = { ...spec, path: spec.path.replace('.platforms[].', `.platforms[${k}].`) };
    const [only, ...more] = byPlatform.get(platform) ?? [];
    if (!only || more.length) return { spec: own, problem: `ambiguous: ${more.length + 1} fields labelled 「${spec.labels[0] ?? ''}」 for ${platform}`, ambiguous: true };
    return { spec: own, ...only, platform };
  });
}
