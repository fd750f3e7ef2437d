import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startCouch, type Couch } from '../../src/sync/test-support';

// The team's CouchDB for the e2e tests: the engine's test server (express-pouchdb in memory, agents alice and bob,
// `_security` members per team database) behind a front on 127.0.0.1 that answers CORS as CouchDB 3 does with
// `[chttpd] enable_cors = true` and `[cors] origins = chrome-extension://…, credentials = true`: the extension holds
// no host permission for an http database, so its requests are cross-origin ones. The front can be taken offline and
// back on the same port, as a server an agent loses and finds again.

export type CouchServer = {
  /** `http://127.0.0.1:<port>`, the address the extension uses. */
  base: string;
  port: number;
  couch: Couch;
  /** A new team database with alice and bob as members; its URL as the extension joins it. */
  createTeam(name: string): Promise<string>;
  offline(): Promise<void>;
  online(): Promise<void>;
  close(): Promise<void>;
};

const ALLOWED_HEADERS = 'accept, authorization, content-type, origin, referer, x-csrf-token';

export async function startCouchServer(): Promise<CouchServer> {
  const couch = await startCouch();
  const inner = new URL(couch.base);
  const front = http.createServer((req, res) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('access-control-expose-headers', 'content-type, cache-control, etag, server');
      res.setHeader('vary', 'origin');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'GET, PUT, POST, HEAD, DELETE', 'access-control-allow-headers': ALLOWED_HEADERS, 'access-control-max-age': '600' });
      res.end();
      return;
    }
    const forward = http.request({ host: inner.hostname, port: inner.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo; // listening on a TCP port: always an AddressInfo
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    couch,
    async createTeam(name) {
      await couch.createTeam(name);
      return `${base}/${name}`;
    },
    async offline() {
      await new Promise<void>((resolve) => {
        front.close(() => resolve());
        front.closeAllConnections();
      });
    },
    async online() {
      await new Promise<void>((resolve) => front.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      if (front.listening) {
        await new Promise<void>((resolve) => {
          front.close(() => resolve());
          front.closeAllConnections();
        });
      }
      await couch.close();
    },
  };
}
