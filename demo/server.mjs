// The demo site: the pages in demo/, the built bundles under /dist/, and the collector
// (dist/server.js) on the same origin, on its embedded SQLite default.
//
//   node demo/server.mjs                 # http://127.0.0.1:8080
//   PORT=9000 DATABASE_URL=./x.sqlite node demo/server.mjs
//
// Tests import startDemo() to get the same server on a free port.
import http from 'node:http';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const demoDir = join(root, 'demo');
const distDir = join(root, 'dist');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const SITE_CONFIG = /(<script type="application\/json" id="consentry-config" data-site-config>)([\s\S]*?)(<\/script>)/;

/**
 * A demo page as a site's server would render it: the site's one config (demo/site-config.json) in the page's
 * config tag, merged with what the page adds there (the home page its Google tag). `<` is escaped so no value
 * can close the tag.
 */
export function renderPage(html) {
  if (!SITE_CONFIG.test(html)) return html;
  const site = JSON.parse(readFileSync(join(demoDir, 'site-config.json'), 'utf8'));
  // the rendered tag is the plain config tag a site serves (the marker attribute is the demo's own)
  return html.replace(SITE_CONFIG, (_, _open, own, close) => {
    const config = JSON.stringify({ ...site, ...JSON.parse(own) }, null, 1).replace(/</g, '\\u003c');
    return `<script type="application/json" id="consentry-config">\n${config}\n${close}`;
  });
}

/**
 * The demo's member backend: sign-up makes an account and a session (an opaque token in an HttpOnly
 * cookie, the account id stays on the server), and every signed-in page gets a fresh member proof, a
 * JWT (HS256) signed with CONSENTRY_LINK_SECRET, valid 10 minutes, as docs/accounts.md shows.
 */
const DEMO_LINK_SECRET = 'demo-link-secret-only-for-the-demo-0123456789';
function memberProof(accountId, secret) {
  const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: accountId, iat: now, exp: now + 600, jti: randomUUID() })}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
function demoMembers(secret) {
  const sessions = new Map();
  const sessionOf = (req) => {
    const m = /(?:^|;\s*)demo_session=([A-Za-z0-9_-]{20,})/.exec(req.headers.cookie || '');
    return m ? m[1] : undefined;
  };
  const json = (res, status, value, headers = {}) =>
    res
      .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
      .end(JSON.stringify(value));
  return (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    // a form post from another site must not sign anyone in or out
    if (req.method === 'POST' && req.headers['sec-fetch-site'] && req.headers['sec-fetch-site'] !== 'same-origin')
      return json(res, 403, { error: 'cross-site' });
    if (req.method === 'POST' && path === '/demo/signup') {
      const token = randomBytes(24).toString('base64url');
      const accountId = 'member-' + randomBytes(6).toString('hex');
      sessions.set(token, accountId);
      return json(
        res,
        201,
        { accountId, proof: memberProof(accountId, secret) },
        { 'set-cookie': `demo_session=${token}; Path=/; HttpOnly; SameSite=Lax` },
      );
    }
    if (req.method === 'GET' && path === '/demo/session') {
      const accountId = sessions.get(sessionOf(req));
      // signed out is an answer, not an error (the pages ask on every load)
      return json(res, 200, accountId ? { accountId, proof: memberProof(accountId, secret) } : { accountId: null });
    }
    if (req.method === 'POST' && path === '/demo/signin') {
      // the demo's "sign in on another device": the account id stands in for a password check
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const accountId = /^member-[0-9a-f]{12}$/.test(body.trim()) ? body.trim() : null;
        if (!accountId) return json(res, 400, { error: 'unknown member' });
        const token = randomBytes(24).toString('base64url');
        sessions.set(token, accountId);
        json(
          res,
          200,
          { accountId, proof: memberProof(accountId, secret) },
          { 'set-cookie': `demo_session=${token}; Path=/; HttpOnly; SameSite=Lax` },
        );
      });
      return;
    }
    if (req.method === 'POST' && path === '/demo/logout') {
      sessions.delete(sessionOf(req));
      return json(res, 200, { ok: true }, { 'set-cookie': 'demo_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0' });
    }
    json(res, 404, { error: 'not found' });
  };
}

/** Paths the collector answers; everything else is a static file. */
const collectorPath = (p) => p === '/healthz' || p.startsWith('/v1/') || p === '/dashboard' || p.startsWith('/dashboard/');

async function serveStatic(req, res) {
  const url = new URL(req.url, 'http://x');
  let path = decodeURIComponent(url.pathname);
  let base = demoDir;
  if (path.startsWith('/dist/')) {
    base = distDir;
    path = path.slice('/dist'.length);
  }
  let file = normalize(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    if (extname(file) === '.html') body = Buffer.from(renderPage(body.toString('utf8')));
    res.writeHead(200, {
      'content-type': types[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
      'content-length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
  }
}

/**
 * Start the demo server.
 * @param {{ port?: number, host?: string, collector?: boolean, databaseUrl?: string, adminToken?: string, linkSecret?: string, quiet?: boolean }} [opts]
 * @returns {Promise<{ url: string, port: number, collector: any, close: () => Promise<void> }>}
 */
export async function startDemo(opts = {}) {
  const host = opts.host ?? '127.0.0.1';
  let collector = null;
  const linkSecret = opts.linkSecret ?? process.env.CONSENTRY_LINK_SECRET ?? DEMO_LINK_SECRET;
  const members = demoMembers(linkSecret);
  const serverBuild = join(distDir, 'server.js');
  if (opts.collector !== false && existsSync(serverBuild)) {
    const { createCollector } = await import(pathToFileURL(serverBuild).href);
    const databaseUrl = opts.databaseUrl ?? process.env.DATABASE_URL ?? join(root, '.tmp', 'demo.sqlite');
    if (!databaseUrl.startsWith('postgres')) await mkdir(join(databaseUrl, '..'), { recursive: true }).catch(() => {});
    collector = await createCollector({
      databaseUrl,
      adminToken: opts.adminToken ?? process.env.CONSENTRY_ADMIN_TOKEN ?? 'demo-admin-token',
      allowedOrigins: (process.env.CONSENTRY_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
      sameOriginOnly: true,
      linkSecret,
      logger: false,
    });
    await collector.ready();
  }
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (collector && collectorPath(path)) collector.routing(req, res);
    else if (path.startsWith('/demo/')) members(req, res);
    else serveStatic(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise((ok) => server.listen(opts.port ?? 0, host, ok));
  const port = server.address().port;
  const url = `http://${host}:${port}`;
  return {
    url,
    port,
    collector,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(() => ok()));
      if (collector) await collector.close();
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(join(distDir, 'consentry.js'))) {
    console.error('consentry demo: dist/ is missing; run `npm run build` first (npm start does).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 8080);
  const demo = await startDemo({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`consentry demo on ${demo.url}/`);
  console.log(`  marketing page   ${demo.url}/`);
  console.log(`  sign-up (SPA)    ${demo.url}/signup/`);
  console.log(`  privacy policy   ${demo.url}/privacy/`);
  if (demo.collector) console.log(`  collector        ${demo.url}/healthz, dashboard ${demo.url}/dashboard (token: demo-admin-token)`);
  else console.log('  collector        not built (dist/server.js missing)');
  const stop = () => demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
