// The local servers of the cross-engine tests, all on 127.0.0.1:
// - the site: the built bundles (dist/) under /dist/, test pages, small scripts; it logs every request, so a
//   test can say which requests a page made and when (the same proof in every engine, none of which we need
//   to intercept);
// - the sink: every browser's proxy. Loopback addresses bypass a proxy, so any request meant for another
//   host lands here instead of leaving the machine; it is recorded and refused.
import http from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

export interface Hit {
  method: string;
  path: string;
  /** ms since the server started, to order requests against test steps. */
  at: number;
}

export interface Site {
  url: string;
  /** Every request, in arrival order. */
  log: Hit[];
  /** Serves `body` at GET `path` (`.html` as a page, `.js` as a script). */
  serve(path: string, body: string): void;
  /** Requests for `path` so far. */
  count(path: string): number;
  close(): Promise<void>;
}

const listen = async (server: http.Server) => {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const stop = (server: http.Server) =>
  new Promise<void>((ok) => {
    server.closeAllConnections();
    server.close(() => ok());
  });

/** Fails at once when there is nothing built to test. */
export function assertBuilt(): void {
  if (!existsSync(join(dist, 'consentry.js'))) throw new Error('dist/consentry.js is missing: run `npm run build` first');
}

export async function startSite(): Promise<Site> {
  const started = Date.now();
  const log: Hit[] = [];
  const bodies = new Map<string, string>();
  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url || '/', 'http://x').pathname;
    log.push({ method: req.method || '', path, at: Date.now() - started });
    const headers = { 'cache-control': 'no-store' };
    if (req.method !== 'GET') return void res.writeHead(405, headers).end();
    const body = bodies.get(path);
    if (body !== undefined) {
      const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
      return void res.writeHead(200, { ...headers, 'content-type': `${type}; charset=utf-8` }).end(body);
    }
    // a built file by name only: nothing outside dist/ can be asked for
    const file = /^\/dist\/([\w-]+\.js)$/.exec(path);
    if (file) {
      try {
        const js = await readFile(join(dist, file[1]));
        return void res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(js);
      } catch {
        // not built: a 404 below
      }
    }
    res.writeHead(404, headers).end();
  });
  const url = await listen(server);
  return {
    url,
    log,
    serve: (path, body) => void bodies.set(path, body),
    count: (path) => log.filter((h) => h.path === path).length,
    close: () => stop(server),
  };
}

export interface Sink {
  /** `host:port` for a browser's proxy settings. */
  address: string;
  port: number;
  /** Every request that reached the sink (`GET http://host/path`, `CONNECT host:443`). */
  hits: string[];
  close(): Promise<void>;
}

export async function startSink(): Promise<Sink> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('consentry test proxy: nothing leaves this machine');
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\nconnection: close\r\n\r\n');
  });
  const url = await listen(server);
  const port = Number(new URL(url).port);
  return { address: `127.0.0.1:${port}`, port, hits, close: () => stop(server) };
}
