// `npm run size`: raw, gzip -9 and brotli sizes of the built files, checked against
// test/tools/size-budgets.json (gzip). Exits 1 when a file passes its budget. Run `npm run build` first
// (CI does, through npm test).
// - Script-tag files (dist/consentry*.js) as the browser downloads them.
// - npm entries (dist/<entry>.js, one file per module under dist/lib/): bundled by esbuild the way an app
//   bundles them (minified, code splitting, preact/js-cookie/idb-keyval left to the app), measured as the
//   entry's chunk plus every chunk it imports statically: what an app importing everything from that entry
//   downloads at once. What it loads with import() is not counted.
// - `spa:` rows: the fixture apps of test/bench/spa-size.mjs (createConsent + mountConsentUI; the core
//   alone), initial bundle, built with esbuild and with Vite.
import { readFileSync, existsSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { spaSizes } from '../bench/spa-size.mjs';

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
delete budgets['//'];
if (!existsSync('dist')) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// the browser ESM entries the package exports (the Node ones, server and check, are not downloaded)
const entries = Object.values(pkg.exports)
  .map((e) => e.import && e.import.replace(/^\.\//, ''))
  .filter((f) => f && existsSync(f) && !/^dist\/(server|check)\.js$/.test(f));
const scriptTag = readdirSync('dist')
  .filter((f) => /^consentry.*\.js$/.test(f))
  .map((f) => `dist/${f}`);

/** Each npm entry as an app's bundler takes it: the entry's chunk and its static imports, concatenated. */
async function bundledEntries() {
  const out = mkdtempSync(join(tmpdir(), 'consentry-size-'));
  try {
    const r = await build({
      entryPoints: entries,
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      outdir: out,
      outbase: 'dist',
      metafile: true,
      logLevel: 'silent',
      external: ['preact', 'preact/*', 'js-cookie', 'idb-keyval'],
    });
    const graph = {};
    const byEntry = {};
    for (const [file, o] of Object.entries(r.metafile.outputs)) {
      if (file.endsWith('.map')) continue;
      graph[resolve(file)] = o.imports.filter((i) => i.kind == 'import-statement' && !i.external).map((i) => resolve(i.path));
      if (o.entryPoint) byEntry[o.entryPoint] = resolve(file);
    }
    const texts = {};
    for (const e of entries) {
      const seen = new Set();
      const walk = (f) => {
        if (seen.has(f)) return;
        seen.add(f);
        graph[f].forEach(walk);
      };
      walk(byEntry[e]);
      texts[e] = [...seen].map((f) => readFileSync(f, 'utf8')).join('\n');
    }
    return texts;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const measured = [];
for (const f of scriptTag) measured.push([f, Buffer.from(readFileSync(f))]);
const bundled = await bundledEntries();
for (const f of entries) measured.push([f, Buffer.from(bundled[f])]);
measured.sort((a, b) => a[0].localeCompare(b[0]));
let failed = 0;
const rows = [];
function check(f, raw, gz, br) {
  const budget = budgets[f];
  const over = budget !== undefined && gz > budget;
  if (over) failed++;
  rows.push([f, raw, gz, br, budget ?? '-', budget === undefined ? '' : over ? 'OVER' : 'ok']);
}
for (const [f, buf] of measured) {
  const gz = gzipSync(buf, { level: 9 }).length;
  const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  check(f, buf.length, gz, br);
}
const spa = await spaSizes();
for (const b of ['esbuild', 'vite'])
  for (const [app, label] of [
    ['app', 'core + ui'],
    ['core', 'core alone'],
  ])
    check(`spa: ${label}, initial (${b})`, '-', spa[b][app].initial, '-');
for (const f of Object.keys(budgets)) if (!rows.some((r) => r[0] == f)) rows.push([f, '-', '-', '-', budgets[f], 'not built']);
const head = ['file (+ its chunks)', 'raw', 'gzip', 'brotli', 'budget(gz)', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
if (failed) {
  console.error(`\nsize: ${failed} file(s) over budget`);
  process.exit(1);
}
console.log('\nsize: every budgeted file is within its budget');
