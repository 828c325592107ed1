// `npm run size`: raw, gzip -9 and brotli sizes of the built files, checked against
// test/tools/size-budgets.json (gzip). An ESM entry is measured together with every chunk it imports
// statically (what a user of that entry downloads), so moving code into shared chunks cannot hide it.
// Exits 1 when a file passes its budget. Run `npm run build` first (CI does, through npm test).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
delete budgets['//'];
if (!existsSync('dist')) {
  console.error('size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync('dist')
  .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
  .map((f) => `dist/${f}`);
// The file plus its static imports of local chunks, transitively.
function withChunks(f, seen = new Set()) {
  if (seen.has(f)) return [];
  seen.add(f);
  const text = readFileSync(f, 'utf8');
  const dir = f.slice(0, f.lastIndexOf('/') + 1);
  const deps = [...text.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.\.?\/[^"']+)["']/g)].map((m) =>
    new URL(m[1], 'file:///' + dir).pathname.slice(1),
  );
  return [text, ...deps.filter(existsSync).flatMap((d) => withChunks(d, seen))];
}
let failed = 0;
const rows = [];
for (const f of files.sort()) {
  const buf = Buffer.from(withChunks(f).join('\n'));
  const gz = gzipSync(buf, { level: 9 }).length;
  const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = budgets[f];
  const over = budget !== undefined && gz > budget;
  if (over) failed++;
  rows.push([f, buf.length, gz, br, budget ?? '-', budget === undefined ? '' : over ? 'OVER' : 'ok']);
}
for (const f of Object.keys(budgets)) if (!files.includes(f)) rows.push([f, '-', '-', '-', budgets[f], 'not built']);
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
