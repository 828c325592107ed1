// `npm run bench`: consentry's script-tag demo page against vanilla-cookieconsent 3.1.0 on an equivalent
// page (same purposes, same GA tag), side by side in one run, in Debian's Chromium on 127.0.0.1.
// Every request to Google is answered by a local stub and counted; nothing leaves the machine.
//
//   npm run bench                     # 10 loads per case (+1 warm-up)
//   BENCH_RUNS=20 npm run bench
//   BENCH_JSON=out.json npm run bench # also write the raw numbers
import http from 'node:http';
import { readFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { renderPage } from '../../demo/server.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SETTLE_MS = 3000;
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// The browser tests' Chromium flags (test/support/chromium-flags.json, their one home): quiet, and every name
// but 127.0.0.1 and localhost resolving to nothing, so no request can leave the machine.
const flags = JSON.parse(readFileSync(join(root, 'test/support/chromium-flags.json'), 'utf8'));
const args = [...flags.quiet, `--host-resolver-rules=${flags.loopbackOnly}`];

const mounts = [
  ['/dist/', join(root, 'dist')],
  ['/peer-lib/', join(root, 'node_modules/vanilla-cookieconsent/dist')],
  ['/peer/', join(root, 'test/bench/pages/peer')],
  ['/', join(root, 'demo')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const gzCache = new Map();
// The cached case serves the libraries' files as docs/widget.md tells a site to (one folder per release, so a
// file never changes): a year, immutable. Every other case sends no-store, so each load downloads them.
let cacheLibs = false;
const LIB_FILES = /^\/(dist|peer-lib)\//;

// The peer's page is the demo landing page itself with consentry swapped for vanilla-cookieconsent (same
// content, site CSS and scripts, same place in <head>, same purposes, same GA tag gated the peer's way), so the
// two differ only in the consent library.
function peerPage() {
  const demo = readFileSync(join(root, 'demo/index.html'), 'utf8');
  const peer = readFileSync(join(root, 'test/bench/pages/peer/index.html'), 'utf8');
  const css = peer.match(/<link rel="stylesheet" href="\/peer-lib\/[^>]+>/)[0];
  const tags = peer.slice(peer.indexOf('<!-- the same GA tag'), peer.indexOf('</body>'));
  const start = demo.indexOf('<!-- consentry:');
  const end = demo.indexOf('</script>', demo.indexOf('/dist/consentry.js')) + '</script>'.length;
  if (start < 0 || end < start) throw new Error('bench: demo/index.html has no consentry block to swap');
  return (demo.slice(0, start) + css + '\n' + demo.slice(end))
    .replace(
      /<script type="text\/plain" data-consent="([^"!]+)" data-src="([^"]+)"/g,
      '<script type="text/plain" data-category="$1" src="$2"',
    )
    .replace('</body>', tags + '</body>');
}

function serve(req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // the demo config's collector endpoint: accepted as a plain endpoint would (2xx, the whole batch), so a
  // returning visitor has nothing left to send, as on a site with its collector running
  if (path === '/v1/receipts' && req.method === 'POST') return void req.resume().on('end', () => res.writeHead(204).end());
  if (path === '/peer/' || path === '/peer/index.html') {
    const body = gzipSync(Buffer.from(peerPage()), { level: 9 });
    return res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': 'no-store',
      })
      .end(body);
  }
  const [prefix, dir] = mounts.find(([p]) => path.startsWith(p));
  let file = normalize(join(dir, path.slice(prefix.length)));
  if (!file.startsWith(dir)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return res.writeHead(404).end();
  const type = types[extname(file)] ?? 'application/octet-stream';
  let body = readFileSync(file);
  // demo pages as the demo server renders them (the site's config in the page)
  if (type.startsWith('text/html')) body = Buffer.from(renderPage(body.toString('utf8')));
  const headers = {
    'content-type': type,
    'cache-control': cacheLibs && LIB_FILES.test(path) ? 'public, max-age=31536000, immutable' : 'no-store',
  };
  // Real sites serve text compressed: measure what a visitor downloads (gzip -9).
  if (/text|javascript|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
    if (!gzCache.has(file)) gzCache.set(file, gzipSync(body, { level: 9 }));
    body = gzCache.get(file);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers).end(body);
}

// A stand-in for gtag.js: records when it ran and sends one "collect" hit like the real one.
const gtagStub = `(function(){window.__benchGaAt=performance.now();var dl=window.dataLayer=window.dataLayer||[];
var id=(document.currentScript&&document.currentScript.src.match(/id=([^&]+)/)||[])[1]||'G-X';
if(!window['ga-disable-'+id]){fetch('https://region1.google-analytics.com/g/collect?v=2&tid='+id,{mode:'no-cors'}).catch(function(){})}})();`;

// Runs in the page before anything else: banner-visible time, long tasks, layout shifts.
const probe = (libName) => {
  const w = window;
  w.__bench = { banner: null, longTasks: [], cls: 0 };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) w.__bench.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0.01;
  };
  const findAgree = () => {
    if (libName === 'peer') return document.querySelector('#cc-main .cm__btn[data-role="all"]') || document.querySelector('#cc-main .cm');
    const stack = [document];
    while (stack.length) {
      const r = stack.pop();
      const hit = r.querySelector('[data-action="agree-all"]');
      if (hit) return hit;
      for (const el of r.querySelectorAll('*')) if (el.shadowRoot) stack.push(el.shadowRoot);
    }
    return null;
  };
  const tick = () => {
    if (visible(findAgree())) {
      w.__bench.banner = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  w.__benchClickAgree = () => {
    const b = findAgree();
    w.__benchClickAt = performance.now();
    b && b.click();
    return !!b;
  };
  w.__benchBannerGone = () => !visible(findAgree());
};

async function load(browser, url, libName, { slowdown, context, cache }) {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  let googleRequests = 0;
  const bytes = { js: 0, beforeBanner: 0, network: 0 };
  // A route turns the browser's HTTP cache off, so the cached case sets none: there the host resolver rules
  // alone keep every request on the machine (Google's fail to resolve, and are not counted).
  if (!cache)
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === '127.0.0.1') return route.continue();
      if (/google|doubleclick|googletagmanager/.test(u.hostname)) {
        googleRequests++;
        return u.pathname.includes('/gtag/js')
          ? route.fulfill({ status: 200, contentType: 'text/javascript', body: gtagStub })
          : route.fulfill({ status: 204, body: '' });
      }
      return route.abort();
    });
  await page.addInitScript(probe, libName);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const m = await page.evaluate(() => ({
    ...window.__bench,
    ga: window.__benchGaAt ?? null,
    // same-origin JS/CSS as the visitor downloaded it (encoded = gzip), with when it finished
    res: performance
      .getEntriesByType('resource')
      .filter((e) => /^\/(dist|peer-lib)\/.*\.(js|css)$/.test(new URL(e.name).pathname)) // the library's own files, not the page's
      // transferSize is 0 for a file the HTTP cache served
      .map((e) => ({ url: new URL(e.name).pathname, size: e.encodedBodySize, end: e.responseEnd, fetched: e.transferSize > 0 })),
  }));
  const until = m.banner ?? SETTLE_MS;
  for (const r of m.res) {
    bytes.js += r.size;
    if (r.fetched) bytes.network += r.size;
    if (r.end <= until) bytes.beforeBanner += r.size;
  }
  if (process.env.BENCH_VERBOSE) console.log(libName, m.res.map((r) => `${r.url} ${r.size}B @${r.end.toFixed(0)}ms`).join(', '));
  const tbt = m.longTasks.filter(([s]) => s < until).reduce((a, [, d]) => a + Math.max(0, d - 50), 0);
  return {
    page,
    ctx,
    banner: m.banner,
    tbt,
    cls: m.cls,
    googleRequests,
    bytes: bytes.js,
    network: bytes.network,
    firstPaintBytes: bytes.beforeBanner,
    ga: m.ga,
  };
}

/** A visitor who agreed once, then RUNS loads (+1 warm-up) in the same profile; `cache`: see `load`. */
async function returning(browser, url, lib, cache) {
  const ctx = await browser.newContext();
  const first = await load(browser, url, lib, { slowdown: 1, context: ctx, cache });
  await first.page.evaluate(() => window.__benchClickAgree());
  await first.page.waitForTimeout(500);
  await first.page.close();
  const rows = [];
  for (let i = 0; i <= RUNS; i++) {
    const r = await load(browser, url, lib, { slowdown: 1, context: ctx, cache });
    await r.page.close();
    if (i > 0) rows.push({ ga: r.ga, banner: r.banner, bytes: r.bytes, network: r.network });
  }
  await ctx.close();
  return rows;
}

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const spread = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? [s[0], s[s.length - 1]] : [null, null];
};
const fmt = (x, d = 0) => (x == null ? 'n/a' : x.toFixed(d));
/** In how many of the loads a banner showed. */
const shown = (rows) => `${rows.filter((r) => r.banner != null).length} of ${rows.length} loads`;

async function main() {
  if (!existsSync(join(root, 'dist/consentry.js'))) throw new Error('dist/consentry.js missing: run `npm run build` (npm run bench does)');
  const server = http.createServer(serve);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args });
  const libs = [
    ['consentry', `${base}/`],
    ['peer', `${base}/peer/`],
  ];
  const results = {};
  try {
    for (const slowdown of [1, 4]) {
      for (const [lib, url] of libs) {
        const rows = [];
        for (let i = 0; i <= RUNS; i++) {
          const r = await load(browser, url, lib, { slowdown });
          await r.ctx.close();
          if (i > 0) rows.push(r); // first run warms the server and the browser
        }
        results[`${lib}@${slowdown}x`] = rows.map(({ banner, tbt, cls, googleRequests, bytes, firstPaintBytes }) => ({
          banner,
          tbt,
          cls,
          googleRequests,
          bytes,
          firstPaintBytes,
        }));
      }
    }
    // Interaction: click "Agree to all" on a fresh first visit (CPU ×1): time until the banner is gone and the
    // gated GA script ran, and the JS+CSS bytes fetched after the click.
    for (const [lib, url] of libs) {
      const rows = [];
      for (let i = 0; i <= RUNS; i++) {
        const r = await load(browser, url, lib, { slowdown: 1 });
        await r.page.evaluate(() => window.__benchClickAgree());
        const t = await r.page
          .waitForFunction(
            () =>
              window.__benchBannerGone() && window.__benchGaAt != null && [performance.now(), window.__benchClickAt, window.__benchGaAt],
            null,
            { timeout: 10000 },
          )
          .then(
            (h) => h.jsonValue(),
            () => null,
          );
        await r.page.waitForTimeout(1000);
        const after = await r.page.evaluate(
          (at) =>
            performance
              .getEntriesByType('resource')
              .filter((e) => /^\/(dist|peer-lib)\/.*\.(js|css)$/.test(new URL(e.name).pathname) && e.startTime >= at)
              .reduce((n, e) => n + e.encodedBodySize, 0),
          await r.page.evaluate(() => window.__benchClickAt),
        );
        await r.ctx.close();
        if (i > 0) rows.push({ release: t && t[2] - t[1], gone: t && t[0] - t[1], afterClick: after });
      }
      results[`${lib}:click`] = rows;
    }
    // Returning visitor: agree once, then fresh loads in the same profile: time until the gated GA script runs.
    for (const [lib, url] of libs) results[`${lib}:returning`] = await returning(browser, url, lib, false);
    // The same returning visitor on a site that serves the files as docs/widget.md says: what crosses the network.
    cacheLibs = true;
    for (const [lib, url] of libs) results[`${lib}:cached`] = await returning(browser, url, lib, true);
    cacheLibs = false;
  } finally {
    await browser.close();
    server.close();
  }

  const lines = [];
  lines.push(`Runs per case: ${RUNS} (+1 warm-up), fresh browser context each; Chromium ${chromiumPath}; ${new Date().toISOString()}`);
  lines.push('');
  lines.push(
    '| case | JS+CSS gzip bytes until banner | JS+CSS gzip bytes in 3 s | time to banner ms (median [min–max]) | TBT until banner ms | CLS (3 s) | Google requests before click |',
  );
  lines.push('|---|---|---|---|---|---|---|');
  for (const [k, rows] of Object.entries(results)) {
    if (k.includes(':')) continue;
    const b = rows.map((r) => r.banner);
    const [lo, hi] = spread(b);
    lines.push(
      `| ${k} | ${fmt(median(rows.map((r) => r.firstPaintBytes)))} | ${fmt(median(rows.map((r) => r.bytes)))} | ${fmt(median(b))} [${fmt(lo)}–${fmt(hi)}] | ${fmt(median(rows.map((r) => r.tbt)))} | ${fmt(median(rows.map((r) => r.cls)), 4)} | ${Math.max(...rows.map((r) => r.googleRequests))} |`,
    );
  }
  lines.push('');
  lines.push('| ratio consentry/peer | bytes until banner | bytes in 3 s | time to banner | TBT |');
  lines.push('|---|---|---|---|---|');
  for (const s of [1, 4]) {
    const a = results[`consentry@${s}x`],
      p = results[`peer@${s}x`];
    const ratio = (f) => {
      const x = median(a.map(f)),
        y = median(p.map(f));
      return x == null || !y ? 'n/a' : (x / y).toFixed(2);
    };
    lines.push(
      `| CPU ×${s} | ${ratio((r) => r.firstPaintBytes)} | ${ratio((r) => r.bytes)} | ${ratio((r) => r.banner)} | ${ratio((r) => r.tbt)} |`,
    );
  }
  lines.push('');
  lines.push('| click on Agree to all (CPU ×1) | click to gated GA script run ms (median [min–max]) | JS+CSS gzip bytes after the click |');
  lines.push('|---|---|---|');
  for (const [lib] of libs) {
    const rows = results[`${lib}:click`];
    const g = rows.map((r) => r.release);
    const [lo, hi] = spread(g);
    lines.push(`| ${lib} | ${fmt(median(g))} [${fmt(lo)}–${fmt(hi)}] | ${fmt(median(rows.map((r) => r.afterClick)))} |`);
  }
  lines.push('');
  lines.push(
    "| returning visitor (stored decision) | JS+CSS gzip bytes until load + 3 s (the library's own files; vendor tags excluded) | gated GA script ran at ms (median [min–max]) | banner shown |",
  );
  lines.push('|---|---|---|---|');
  for (const [lib] of libs) {
    const rows = results[`${lib}:returning`];
    const g = rows.map((r) => r.ga);
    const [lo, hi] = spread(g);
    lines.push(`| ${lib} | ${fmt(median(rows.map((r) => r.bytes)))} | ${fmt(median(g))} [${fmt(lo)}–${fmt(hi)}] | ${shown(rows)} |`);
  }
  lines.push('');
  lines.push(
    '| returning visitor, files served for a year (immutable) | JS+CSS gzip bytes fetched over the network until load + 3 s | JS+CSS gzip bytes the page used (cache included) | banner shown |',
  );
  lines.push('|---|---|---|---|');
  for (const [lib] of libs) {
    const rows = results[`${lib}:cached`];
    lines.push(`| ${lib} | ${fmt(median(rows.map((r) => r.network)))} | ${fmt(median(rows.map((r) => r.bytes)))} | ${shown(rows)} |`);
  }
  // The npm (SPA) sizes: the fixture apps built with esbuild and Vite (targets: core + ui 14 KB, core 6 KB).
  const { spaSizes } = await import('./spa-size.mjs');
  const spa = await spaSizes();
  const lazy = (r) => r.app.chunks.reduce((n, c) => n + c.gz, 0);
  lines.push('', '| SPA bundle (gzip -9, test/bench/spa-size.mjs) | esbuild | Vite |', '|---|---|---|');
  lines.push(`| createConsent + mountConsentUI, initial | ${spa.esbuild.app.initial} | ${spa.vite.app.initial} |`);
  lines.push(`| its chunks loaded on demand (all) | ${lazy(spa.esbuild)} | ${lazy(spa.vite)} |`);
  lines.push(`| the core alone, initial | ${spa.esbuild.core.initial} | ${spa.vite.core.initial} |`);
  lines.push('');
  lines.push('| script-tag file (`npm run size` checks these and the npm entries) | raw | gzip -9 | brotli |');
  lines.push('|---|---|---|---|');
  for (const f of [
    'dist/consentry.js',
    'dist/consentry-gate.js',
    'dist/consentry-banner.js',
    'dist/consentry-writer.js',
    'dist/consentry-reopen.js',
    'dist/consentry-placeholder.js',
    'dist/consentry.debug.js',
    'dist/consentry-guide.js',
    'dist/consentry-receipts.js',
    'node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js',
    'node_modules/vanilla-cookieconsent/dist/cookieconsent.css',
  ]) {
    if (!existsSync(join(root, f))) continue;
    const buf = readFileSync(join(root, f));
    lines.push(
      `| ${f} | ${buf.length} | ${gzipSync(buf, { level: 9 }).length} | ${brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length} |`,
    );
  }
  console.log(lines.join('\n'));
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
