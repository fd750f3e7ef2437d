import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { areaList } from '@vant/area-data';
import { generate } from 'selfsigned';
import { startPage, subjectPage as vianetSubject, websitePage as vianetWebsite } from './21vianet/pages';
import { uploadPage as vianetUpload } from './21vianet/upload';
import { drift, driftScript, TWIN_PREFIX, TWIN_SHIM_PATH, twinShim, type DriftResult, type Portal } from './drift';
import { elementPage } from './element/page';
import { hostilePage } from './hostile/page';
import { bundle } from './common/bundle';
import { SPA_REPLICAS, spaFor, spaShell } from './spa';
import { accessForm, certificateTypesScript, innerPage, subjectPage as miitSubject, thickboxPage, websiteAccessForm, websiteForm } from './miit/pages';

// Replica portals over HTTPS on loopback, routed by Host header so each answers under its real host name
// (Chromium maps the names here with --host-resolver-rules). The certificate is made at start, never stored.
// Every page is also served as its drifted twin (drift.ts) under the same host at `/twin` + its path
// (`/twin/subject`, `/twin/?step=website`, `/twin/`); the twin's local scripts come from `/twin/common|miit|21vianet/…`,
// its shim from `/twin/common/twin.js`; `/twin/vendor/…` and `/twin/api/…` answer as `/vendor/…` and `/api/…`.

export const REPLICA_HOSTS = {
  vianet: 'icp.cloud.21vianet.com',
  miit: 'beian.isp-replica.test',
  element: 'beian.modern-portal.test',
} as const;

const ROOT = import.meta.dirname;
const NODE_MODULES = join(ROOT, '../../node_modules');
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8' };

function divisions(parent: string): { code: string; name: string }[] {
  const pick = (list: Record<string, string>, prefix: string) =>
    Object.entries(list)
      .filter(([code]) => code.startsWith(prefix))
      .map(([code, name]) => ({ code, name }));
  if (parent === '86') return pick(areaList.province_list, '');
  if (parent.endsWith('0000')) return pick(areaList.city_list, parent.slice(0, 2));
  return pick(areaList.county_list, parent.slice(0, 4));
}

const PAGES: Record<string, Record<string, () => string>> = {
  [REPLICA_HOSTS.vianet]: { '/': startPage, '/start': startPage, '/subject': vianetSubject, '/website': vianetWebsite, '/upload': vianetUpload },
  [REPLICA_HOSTS.miit]: {
    '/': miitSubject,
    '/frame/website/thickbox': () => thickboxPage('website'),
    '/frame/website/inner': () => innerPage('website'),
    '/frame/website/form': websiteForm,
    '/frame/access/thickbox': () => thickboxPage('access'),
    '/frame/access/inner': () => innerPage('access'),
    '/frame/access/form': accessForm,
    '/frame/website-access/thickbox': () => thickboxPage('website-access'),
    '/frame/website-access/inner': () => innerPage('website-access'),
    '/frame/website-access/form': websiteAccessForm,
  },
  [REPLICA_HOSTS.element]: { '/': elementPage, '/hostile': hostilePage },
};

const STATIC: Record<string, string> = {
  '/vendor/vue.global.prod.js': join(NODE_MODULES, 'vue/dist/vue.global.prod.js'),
  '/vendor/element-plus/index.full.min.js': join(NODE_MODULES, 'element-plus/dist/index.full.min.js'),
  '/vendor/element-plus/index.css': join(NODE_MODULES, 'element-plus/dist/index.css'),
};

/**
 * Each replica again under a name no adapter knows (`beian.aliyun.com` → `beian-aliyun-com.mirror.test`): the same
 * pages, filled by the generic adapter as an agent's unknown console would be.
 */
export const mirrorHost = (host: string): string => `${host.replace(/\./g, '-')}.mirror.test`;

const PORTALS: Record<string, Portal> = { [REPLICA_HOSTS.vianet]: 'vianet', [REPLICA_HOSTS.miit]: 'miit', [REPLICA_HOSTS.element]: 'element' };

const twins = new Map<string, DriftResult>();

/** The twin of the page at `path` (pages are pure, so each drifts once). */
function twinOf(host: string, path: string): DriftResult | undefined {
  const page = PAGES[host]?.[path];
  const portal = PORTALS[host];
  if (!page || !portal) return undefined;
  const key = `${host}${path}`;
  let twin = twins.get(key);
  if (!twin) twins.set(key, (twin = drift(page(), portal)));
  return twin;
}

let shim: string | undefined;

/** The shim knows what every twin renamed (hash → original), so it drifts every page once. */
function shimScript(): string {
  if (shim === undefined) {
    const ids: Record<string, string> = {};
    const classes: Record<string, string> = {};
    for (const [host, pages] of Object.entries(PAGES)) {
      for (const path of Object.keys(pages)) {
        const twin = twinOf(host, path)!;
        Object.assign(ids, twin.ids);
        Object.assign(classes, twin.classes);
      }
    }
    shim = twinShim(ids, classes);
  }
  return shim;
}

type Answer = { status: number; type: string; body: string | Buffer };

const LOCAL_SCRIPT = /^\/(common|21vianet|miit)\/[\w-]+\.js$/;

async function answerTwin(host: string, url: URL, path: string): Promise<Answer> {
  const twin = twinOf(host, path);
  if (twin) return { status: 200, type: TYPES['.html']!, body: twin.html };
  if (TWIN_PREFIX + path === TWIN_SHIM_PATH) return { status: 200, type: TYPES['.js']!, body: shimScript() };
  if (path === '/miit/cert-types.js') return { status: 200, type: TYPES['.js']!, body: driftScript(path, certificateTypesScript) };
  if (LOCAL_SCRIPT.test(path)) return { status: 200, type: TYPES['.js']!, body: driftScript(path, await readFile(join(ROOT, normalize(path)), 'utf8')) };
  if (/^\/(vendor|api)\//.test(path)) return answer(host, new URL(path + url.search, url.origin));
  return { status: 404, type: 'text/plain', body: `no replica twin ${host}${url.pathname}` };
}

/** A console replica: its bundle, its library styles, and its shell for every other path (it routes itself). */
async function answerSpa(host: string, url: URL): Promise<Answer | undefined> {
  const spa = spaFor(host);
  if (!spa) return undefined;
  if (url.pathname === `/app/${spa.name}.js`) return { status: 200, type: TYPES['.js']!, body: await bundle(spa.entry) };
  const style = spa.styles?.find(([path]) => path === url.pathname);
  if (style) return { status: 200, type: TYPES['.css']!, body: await readFile(style[1]) };
  const served = [...(spa.scripts ?? []), ...(spa.assets ?? [])].find(([path]) => path === url.pathname);
  if (served) return { status: 200, type: TYPES[extname(served[1])] ?? 'application/octet-stream', body: await readFile(served[1]) };
  if (url.pathname.startsWith('/api/')) return undefined;
  const twin = url.pathname === TWIN_PREFIX || url.pathname.startsWith(`${TWIN_PREFIX}/`);
  return { status: 200, type: TYPES['.html']!, body: spaShell(spa, twin) };
}

async function answer(host: string, url: URL): Promise<Answer> {
  const spa = await answerSpa(host, url);
  if (spa) return spa;
  if (url.pathname === TWIN_PREFIX || url.pathname.startsWith(`${TWIN_PREFIX}/`)) return answerTwin(host, url, url.pathname.slice(TWIN_PREFIX.length) || '/');
  const page = PAGES[host]?.[url.pathname];
  if (page) return { status: 200, type: TYPES['.html']!, body: page() };
  if (url.pathname === '/api/divisions') return { status: 200, type: 'application/json', body: JSON.stringify(divisions(url.searchParams.get('parent') ?? '86')) };
  if (url.pathname === '/miit/cert-types.js') return { status: 200, type: TYPES['.js']!, body: certificateTypesScript };
  const vendored = STATIC[url.pathname];
  const local = LOCAL_SCRIPT.test(url.pathname) ? join(ROOT, normalize(url.pathname)) : undefined;
  const file = vendored ?? local;
  if (file) return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  return { status: 404, type: 'text/plain', body: `no replica page ${host}${url.pathname}` };
}

/** `POST /api/upload` (any replica, also under `/twin`): the upload widgets send files here, so none leaves the machine. */
const UPLOAD_PATH = /^(\/twin)?\/api\/upload$/;

async function receiveUpload(req: IncomingMessage): Promise<Answer> {
  const hash = createHash('sha256');
  for await (const chunk of req) hash.update(chunk instanceof Buffer ? chunk : String(chunk));
  return { status: 200, type: 'application/json', body: JSON.stringify({ url: `/uploads/${hash.digest('hex')}` }) };
}

export type ReplicaServer = { port: number; hosts: string[]; close(): Promise<void> };

export async function startReplicaServer(port = 0): Promise<ReplicaServer> {
  const real = [...Object.values(REPLICA_HOSTS), ...SPA_REPLICAS.flatMap((s) => s.hosts)];
  const mirrored = new Map(real.map((host) => [mirrorHost(host), host]));
  const hosts = [...real, ...mirrored.keys()];
  const pems = await generate([{ name: 'commonName', value: 'Beian Assistant replica portals' }], {
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    keyType: 'ec',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2, value })) }],
  });
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const named = (req.headers.host ?? '').replace(/:\d+$/, '');
    const host = mirrored.get(named) ?? named;
    const url = new URL(req.url ?? '/', `https://${named}`);
    (req.method === 'POST' && UPLOAD_PATH.test(url.pathname) ? receiveUpload(req) : answer(host, url)).then(
      ({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
        res.end(body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
