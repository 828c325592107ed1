// The demo site: the pages in demo/, the built bundles under /dist/, and the collector
// (dist/server.js) on the same origin, on its embedded SQLite default.
//
//   node demo/server.mjs                 # http://127.0.0.1:8080
//   PORT=9000 DATABASE_URL=./x.sqlite node demo/server.mjs
//
// Tests import startDemo() to get the same server on a free port.
import http from 'node:http';
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
 * @param {{ port?: number, host?: string, collector?: boolean, databaseUrl?: string, adminToken?: string, quiet?: boolean }} [opts]
 * @returns {Promise<{ url: string, port: number, collector: any, close: () => Promise<void> }>}
 */
export async function startDemo(opts = {}) {
  const host = opts.host ?? '127.0.0.1';
  let collector = null;
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
      logger: false,
    });
    await collector.ready();
  }
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (collector && collectorPath(path)) collector.routing(req, res);
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
