// A small static site for browser tests, on 127.0.0.1 (http, or https with a throwaway self-signed
// certificate): the built bundles under /dist/, the two runtime npm packages under /node_modules/, pages
// the test registers (each with its own response headers), and `/mark.js?name=` — a script that pushes
// `name` onto `window.ran` — to see which scripts a browser really ran. Every request path is logged.
import http from 'node:http';
import https from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const mounts: [string, string][] = [
  ['/dist/', join(root, 'dist')],
  ['/node_modules/js-cookie/', join(root, 'node_modules/js-cookie')],
  ['/node_modules/idb-keyval/', join(root, 'node_modules/idb-keyval')],
];
const types: { [ext: string]: string } = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface Site {
  port: number;
  /** `http(s)://<host>:<port><path>` (host default `www.consentry.test`, mapped to 127.0.0.1 by hostResolverArgs). */
  at(path: string, host?: string): string;
  /** Serves `html` at `path` with extra response headers (e.g. a Content-Security-Policy). */
  page(path: string, html: string, headers?: { [k: string]: string }): void;
  /** Every path (with query) requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A self-signed certificate for consentry.test and *.consentry.test (made with openssl, deleted at once). */
function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=consentry.test',
        '-addext',
        'subjectAltName=DNS:consentry.test,DNS:*.consentry.test',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSite(opts: { https?: boolean } = {}): Promise<Site> {
  const pages = new Map<string, { html: string; headers: { [k: string]: string } }>();
  const requests: string[] = [];
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url!, 'http://x');
    requests.push(url.pathname + url.search);
    if (url.pathname == '/mark.js') {
      const name = JSON.stringify(url.searchParams.get('name'));
      return void res
        .writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
        .end(`(window.ran = window.ran || []).push(${name});`);
    }
    const page = pages.get(url.pathname);
    if (page)
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers })
        .end(page.html);
    const mount = mounts.find(([p]) => url.pathname.startsWith(p));
    if (!mount) return void res.writeHead(404).end('not found');
    const [prefix, dir] = mount;
    const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep)) return void res.writeHead(403).end();
    try {
      res
        .writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' })
        .end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  };
  const server = opts.https ? https.createServer(selfSigned(), handler) : http.createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const scheme = opts.https ? 'https' : 'http';
  return {
    port,
    at: (path, host = 'www.consentry.test') => `${scheme}://${host}:${port}${path}`,
    page: (path, html, headers = {}) => void pages.set(path, { html, headers }),
    requests,
    close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}
