import { setAtPath, toPartialProfile } from '../capture/to-profile';
import { checkPageValues } from '../check/page-check';
import type { z } from 'zod';
import { exportFiling } from '../export';
import { pageAnswers, parseApiRequest, type ApiAnswer, type ApiRequest, type ChecklistAnswer, type Failure, type PageRequest, type ProfileRef } from '../messaging/protocol';
import { bytesFromBase64, bytesSource, readPackage } from '../package';
import { importDocument } from '../profile/import';
import { getAtPath } from '../profile/paths';
import { appSchema, emptyProfile, miniProgramSchema, profileSchema, websiteSchema, type Profile } from '../profile/schema';
import { parseService, serviceWords, servicesIn, type ServiceList, type ServiceRef } from '../profile/service';
import { VaultLockedError, type ProfileStore } from '../profile/store';
import { runRules } from '../rules/run-rules';
import { limitFindings } from '../rules/materials';
import { isPortalId } from '../materials/limits';
import { checklist } from '../checklist/checklist';
import { providerFlow } from '../checklist/provider-flow';
import { adapterForHost } from '../adapters/index';
import type { MaterialFile } from '../messaging/page-protocol';
import { toBase64 } from '../vault/crypto';
import { fieldName } from '../ui/field-names';
import { lang } from '../ui/lang';
import { handleSyncRequest, type SyncApiDeps } from './sync-api';

// The automation API (automation-api.md) and the popup share these handlers. Browser APIs come in as `deps`,
// so the handlers run the same in the service worker and in unit tests.

export type BackgroundDeps = {
  store: ProfileStore;
  today(): string;
  /** The tab, with its URL when the extension may see it (a granted site, or activeTab). */
  tab(tabId: number): Promise<{ url?: string } | undefined>;
  /** Known portal hosts, or a site the user enabled. */
  canAccess(url: string): Promise<boolean>;
  inject(tabId: number): Promise<void>;
  sendToTab(tabId: number, request: PageRequest): Promise<unknown>;
  /** Seals what extension storage held in clear (drafts, the undo buffer) once the vault is on. */
  afterVaultEnabled?(): Promise<void>;
  /** Remembers the stored profile and website of the last fill, for the shortcut and context menu. */
  rememberLastFill?(last: { id: string; website: number }): Promise<void>;
  /** The team sync (icp:sync:*); without it those requests are refused. */
  sync?: SyncApiDeps;
};

export const API_TIMEOUT_MS = 30_000;

const fail = (error: string): Failure => ({ ok: false, error });

const storedId = (ref: unknown): string | undefined =>
  typeof ref === 'object' && ref !== null && 'id' in ref && Object.keys(ref).length === 1 && typeof ref.id === 'string' ? ref.id : undefined;

async function resolveProfile(ref: ProfileRef | undefined, deps: BackgroundDeps): Promise<Profile | Failure | undefined> {
  if (ref === undefined) return undefined;
  const id = storedId(ref);
  if (id !== undefined) {
    const stored = await deps.store.get(id);
    return stored ? stored.profile : fail(`没有 id 为 ${id} 的资料 · no stored profile with id ${id}`);
  }
  const imported = importDocument(ref);
  if (!imported.ok) return fail(`不是有效的备案资料 · not a filing profile: ${imported.errors.map((e) => `${e.path || '(document)'}: ${e.message}`).join('; ')}`);
  if (imported.kind === 'set') return fail('请传入单个资料而不是资料集 · pass one profile, not a profile set');
  return imported.profiles[0];
}

/** The bytes of a profile's materials: a stored profile's from the store, an inline one's from its own `data`. */
async function materialFiles(profile: Profile, id: string | undefined, store: ProfileStore): Promise<MaterialFile[]> {
  const stored = id === undefined ? new Map<string, Uint8Array>() : await store.files(id);
  return profile.materials.flatMap((m) => {
    const bytes = stored.get(m.id);
    const data = bytes ? toBase64(bytes) : m.data;
    return data === undefined ? [] : [{ id: m.id, name: m.name, type: m.type, data }];
  });
}

const notEnabled = (host: string) =>
  fail(
    `备案助手尚未在${host ? ` ${host} ` : '此网站'}上启用：请在该页面点击扩展图标，或在弹出窗口中点击「在此网站启用」 · Beian Assistant is not enabled on ${host || 'this site'}: click its toolbar icon on that page, or choose "Enable on this site" in its popup`,
  );

/** Injects the content script; a site the user has not enabled (no host permission, no activeTab grant) is refused. */
async function reachTab(tabId: number, deps: BackgroundDeps): Promise<Failure | undefined> {
  const tab = await deps.tab(tabId);
  if (!tab) return fail(`找不到标签页 ${tabId} · there is no tab ${tabId}`);
  // Without a grant for the site the browser hides the tab's URL; with one, only web pages qualify.
  if (tab.url && !/^https:/.test(tab.url)) {
    return fail('备案助手只在 https 网页上工作：请用 https 打开备案页面 · Beian Assistant works on https pages only: open the filing page over https');
  }
  const host = tab.url ? new URL(tab.url).host : '';
  try {
    // Injected on an earlier call? Then the page answers the ping and nothing is injected twice.
    const listening = await deps.sendToTab(tabId, { type: 'beian:ping' }).catch(() => undefined);
    if (!listening) await deps.inject(tabId);
  } catch (error) {
    if (!tab.url || !(await deps.canAccess(tab.url))) return notEnabled(host);
    return fail(`无法在该页面运行 · cannot run on this page: ${String(error)}`);
  }
  return undefined;
}

const EMPTY_SERVICE: Readonly<Record<ServiceList, () => unknown>> = { websites: () => websiteSchema.parse({}), apps: () => appSchema.parse({}), miniPrograms: () => miniProgramSchema.parse({}) };

/** A profile holding only the values at `paths` (checked to be profile paths), each service's data in its slot. */
export function onlyPaths(profile: Profile, paths: readonly string[]): Profile {
  const sparse: Record<string, unknown> = structuredClone(emptyProfile());
  for (const { list, index } of servicesIn(paths)) sparse[list] = Array.from({ length: index + 1 }, () => EMPTY_SERVICE[list]());
  for (const path of paths) {
    const value = getAtPath(profile, path);
    if (value !== undefined) setAtPath(sparse, path, structuredClone(value));
  }
  const parsed = profileSchema.safeParse(sparse);
  return parsed.success ? parsed.data : emptyProfile();
}

type ServiceRequest = { website?: number; service?: string };
/** The slot an operation is about (`service`'s index, else `website`, else 0), and the service named, if one was. */
function slotOf(request: ServiceRequest): { slot: number; named?: ServiceRef } {
  const named = request.service === undefined ? undefined : parseService(request.service);
  if (named) return { slot: named.index, named };
  return { slot: request.website ?? 0, ...(request.website !== undefined && { named: { list: 'websites', index: request.website } }) };
}

/** Why the page's services cannot be filled from this profile (it lacks one, or the page asks another kind), if so. */
function serviceMismatch(profile: Profile, paths: readonly string[], named: ServiceRef | undefined): Failure | undefined {
  const onPage = servicesIn(paths);
  if (named && onPage.length > 0 && !onPage.some((ref) => ref.list === named.list)) {
    const asked = serviceWords(named);
    const shown = serviceWords(onPage[0]!);
    return fail(`本页填写的是${shown.zh.replace(/^第 \d+ 个 ?/, '')}，不是${asked.zh} · this page asks for a ${shown.en.replace(/ \d+$/, '')}, not ${asked.en}`);
  }
  return lacking(profile, onPage);
}

/** The first of `refs` the profile does not hold, said so a person can act on it. */
function lacking(profile: Profile, refs: readonly ServiceRef[]): Failure | undefined {
  const missing = refs.find((ref) => !profile[ref.list][ref.index]);
  if (!missing) return undefined;
  const words = serviceWords(missing);
  return fail(`资料中没有${words.zh} · the profile has no ${words.en}`);
}

/** What the page answered, parsed: the page is third-party ground. */
function parseAnswer<S extends z.ZodType>(answer: unknown, schema: S): z.infer<S> | Failure {
  if (answer === undefined) return fail('页面没有应答 · the page did not answer');
  const parsed = schema.safeParse(answer);
  return parsed.success ? parsed.data : fail('页面的应答无法识别 · the page answered something this extension did not send');
}

/** Sends to the page and parses what it answers. */
async function ask<S extends z.ZodType>(tabId: number, request: PageRequest, schema: S, deps: BackgroundDeps): Promise<z.infer<S> | Failure> {
  return parseAnswer(await deps.sendToTab(tabId, request), schema);
}

/** Reaches the tab (injecting the content script once), then asks it. */
async function askPage<S extends z.ZodType>(tabId: number, request: PageRequest, schema: S, deps: BackgroundDeps): Promise<z.infer<S> | Failure> {
  const blocked = await reachTab(tabId, deps);
  return blocked ?? ask(tabId, request, schema, deps);
}

/**
 * The provider the agent files through on this tab, when the page is a portal we know: the adapter the page answers
 * with (asked without injecting: a checklist reads nothing from the page), else its host's adapter.
 */
async function tabProvider(tabId: number, deps: BackgroundDeps): Promise<string | undefined> {
  const answer = pageAnswers.recognise.safeParse(await deps.sendToTab(tabId, { type: 'beian:recognise' }).catch(() => undefined));
  const url = answer.success && answer.data.ok ? undefined : (await deps.tab(tabId))?.url;
  const adapter = answer.success && answer.data.ok ? answer.data.adapter : url && URL.canParse(url) ? adapterForHost(new URL(url).hostname)?.id : undefined;
  return adapter && providerFlow(adapter).id ? adapter : undefined;
}

/** icp:checklist: the engine's items, with the findings of the profile's rules and of the tab's portal limits. */
function checklistAnswer(profile: Profile, service: ServiceRef | undefined, provider: string | undefined, today: string): ChecklistAnswer {
  const findings = runRules(profile, { today });
  const seen = new Set(findings.map((f) => `${f.rule}\u0000${f.path}\u0000${f.message.en}`));
  const portal = provider && isPortalId(provider) ? limitFindings(profile.materials, provider) : [];
  for (const f of portal) if (!seen.has(`${f.rule}\u0000${f.path}\u0000${f.message.en}`)) findings.push(f);
  return { ok: true, items: checklist(profile, service, provider, findings) };
}

async function handle(request: ApiRequest, deps: BackgroundDeps): Promise<ApiAnswer> {
  switch (request.type) {
    case 'icp:validate': {
      const id = storedId(request.profile);
      if (id !== undefined) {
        const stored = await resolveProfile({ id }, deps);
        if (!stored || 'ok' in stored) return stored ?? fail('缺少资料 · a profile is required');
        return { ok: true, findings: runRules(stored, { today: deps.today() }) };
      }
      const imported = importDocument(request.profile);
      if (!imported.ok) return { ok: false, errors: imported.errors };
      return { ok: true, findings: imported.profiles.flatMap((p) => runRules(p, { today: deps.today() })) };
    }
    case 'icp:profiles:import': {
      const imported = importDocument(request.document);
      if (!imported.ok) return { ok: false, errors: imported.errors };
      try {
        const stored = await deps.store.putMany(imported.profiles);
        return { ok: true, imported: stored.length };
      } catch (error) {
        return { ok: false, errors: [{ path: '', message: `保存失败，未写入任何资料 · saving failed, nothing was stored: ${String(error)}` }] };
      }
    }
    case 'icp:profiles:list':
      return { ok: true, profiles: (await deps.store.list()).map(({ id, label }) => ({ id, label })) };
    case 'icp:recognise': {
      // Only which portal and step: reading every field is for check and capture. The popup asks this each time it
      // opens, so a page injected earlier is asked at once (it was let in by reachTab for this very document, and
      // the question reads nothing); only a page that does not answer goes the long way, through the checks.
      const direct: unknown = await deps.sendToTab(request.tabId, { type: 'beian:recognise' }).catch(() => undefined);
      if (direct !== undefined) return parseAnswer(direct, pageAnswers.recognise);
      return askPage(request.tabId, { type: 'beian:recognise' }, pageAnswers.recognise, deps);
    }
    case 'icp:fill': {
      const profile = await resolveProfile(request.profile, deps);
      if (!profile) return fail('缺少资料 · a profile is required');
      if ('ok' in profile) return profile;
      const { slot, named } = slotOf(request);
      const absent = named && lacking(profile, [named]);
      if (absent) return absent;
      // The page learns only the values of the fields it shows: which those are, it says first.
      const found = await askPage(request.tabId, { type: 'beian:recognise', slot }, pageAnswers.recognise, deps);
      if (!found.ok) return found;
      const mismatch = serviceMismatch(profile, found.paths, named);
      if (mismatch) return mismatch;
      const id = storedId(request.profile);
      const files = found.paths.includes('materials') ? await materialFiles(profile, id, deps.store) : [];
      const sparse = onlyPaths(profile, found.paths);
      const answer = await ask(request.tabId, { type: 'beian:fill', profile: { ...sparse, materials: sparse.materials.map(({ data: _data, ...m }) => m) }, slot, doc: found.doc, ...(files.length ? { files } : {}) }, pageAnswers.fill, deps);
      if (answer.ok && id !== undefined) {
        await deps.store.markUsed(id);
        await deps.rememberLastFill?.({ id, website: slot });
      }
      return answer;
    }
    case 'icp:check': {
      const profile = await resolveProfile(request.profile, deps);
      if (profile && 'ok' in profile) return profile;
      const { slot } = slotOf(request);
      const read = await askPage(request.tabId, { type: 'beian:read', slot }, pageAnswers.read, deps);
      if (!read.ok) return read;
      const findings = checkPageValues(read.values, slot, deps.today(), profile);
      // Fields are named without the profile: the portal's scripts can read what the marks show.
      const names = Object.fromEntries(findings.map((f) => [f.path, fieldName(f.path, lang)]));
      await deps.sendToTab(request.tabId, { type: 'beian:mark', slot, findings, names, doc: read.doc });
      return { ok: true, adapter: read.adapter, step: read.step, findings };
    }
    case 'icp:vault:status':
      return { ok: true, ...(await deps.store.vault.status()) };
    case 'icp:vault:enable':
      await deps.store.vault.enable(request.passphrase);
      await deps.afterVaultEnabled?.();
      return { ok: true };
    case 'icp:vault:lock':
      await deps.store.vault.lock();
      return { ok: true };
    case 'icp:vault:unlock':
      return (await deps.store.vault.unlock(request.passphrase)) ? { ok: true } : fail('口令不正确，什么都没有改变 · wrong passphrase: nothing changed');
    case 'icp:export': {
      const profile = await resolveProfile(request.profile, deps);
      if (!profile) return fail('缺少资料 · a profile is required');
      if ('ok' in profile) return profile;
      return exportFiling(profile, { service: request.service, to: request.to, codes: request.codes });
    }
    case 'icp:checklist': {
      const profile = await resolveProfile(request.profile, deps);
      if (!profile) return fail('缺少资料 · a profile is required');
      if ('ok' in profile) return profile;
      const named = request.service === undefined ? undefined : parseService(request.service);
      const absent = named && lacking(profile, [named]);
      if (absent) return absent;
      const provider = request.tabId === undefined ? undefined : await tabProvider(request.tabId, deps);
      return checklistAnswer(profile, named, provider, deps.today());
    }
    case 'icp:package:read': {
      const bytes = bytesFromBase64(request.data);
      return bytes ? readPackage(bytesSource(bytes), request.name) : fail('data 不是有效的 base64 · data is not valid base64');
    }
    case 'icp:sync:join':
    case 'icp:sync:leave':
    case 'icp:sync:status':
    case 'icp:sync:now':
      return deps.sync ? handleSyncRequest(request, deps.sync) : fail('此处不提供团队同步 · team sync is not available here');
    case 'icp:capture': {
      const { slot } = slotOf(request);
      const read = await askPage(request.tabId, { type: 'beian:read', slot }, pageAnswers.read, deps);
      if (!read.ok) return read;
      return { ok: true, adapter: read.adapter, step: read.step, profile: toPartialProfile(read.values, slot) };
    }
  }
}

/** Tabs with an operation running: a second fill, check or capture on the same tab is refused until it ends. */
const busyTabs = new Set<number>();
const OPERATIONS = new Set<ApiRequest['type']>(['icp:fill', 'icp:check', 'icp:capture']);

/** Answers every request within 30 seconds, whatever happens; a malformed request is answered with what is wrong. */
export function handleApi(message: unknown, deps: BackgroundDeps, timeoutMs = API_TIMEOUT_MS): Promise<ApiAnswer> {
  const parsed = parseApiRequest(message);
  if (!parsed.ok) return Promise.resolve(parsed);
  const { request } = parsed;
  const tab = OPERATIONS.has(request.type) && 'tabId' in request ? request.tabId : undefined;
  if (tab !== undefined && busyTabs.has(tab)) {
    return Promise.resolve(fail('该标签页上已有一项操作正在进行，请等它完成后再试 · another operation is running on this tab: try again when it has finished'));
  }
  if (tab !== undefined) busyTabs.add(tab);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ApiAnswer>((resolve) => {
    timer = setTimeout(() => {
      // The page stops where it is: a fill that answers after its caller gave up must not go on writing.
      if (tab !== undefined) void deps.sendToTab(tab, { type: 'beian:cancel' }).catch(() => undefined);
      resolve(fail(`操作超时（${timeoutMs / 1000} 秒），页面上的操作已停止 · the operation timed out after ${timeoutMs / 1000} s and was stopped in the page`));
    }, timeoutMs);
  });
  const work = handle(request, deps).catch((error: unknown) => fail(error instanceof VaultLockedError ? error.message : `内部错误 · internal error: ${String(error)}`));
  return Promise.race([work, timeout]).finally(() => {
    clearTimeout(timer);
    if (tab !== undefined) busyTabs.delete(tab);
  });
}
