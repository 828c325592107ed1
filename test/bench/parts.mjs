// `node test/bench/parts.mjs`: the script tag's built files (run `npm run build` first), each with its
// gzip -9 size and its raw minified bytes per source module (from the source map), as markdown tables.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The source map of `file` as segments per generated line: `[column, source index, original line]` (the
 * source index and line are null where the map names no source), with the map's `sources`.
 */
export function segments(file) {
  const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
  let src = 0;
  let orig = 0;
  const lines = map.mappings.split(';').map((line) => {
    let col = 0;
    const segs = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const vals = [];
      let v = 0,
        shift = 0;
      for (const ch of seg) {
        let d = B64.indexOf(ch);
        const cont = d & 32;
        d &= 31;
        v += d << shift;
        if (cont) shift += 5;
        else vals.push(v & 1 ? -(v >> 1) : v >> 1), (v = 0), (shift = 0);
      }
      col += vals[0];
      if (vals.length > 1) (src += vals[1]), (orig += vals[2]);
      segs.push(vals.length > 1 ? [col, src, orig] : [col, null, null]);
    }
    return segs;
  });
  return { lines, sources: map.sources.map((n) => n.replace(/.*\/(src|node_modules)\//, '$1/')) };
}

/** Raw minified bytes of `file` per source module, from its source map. */
export function attribute(file) {
  const { lines: mapped, sources } = segments(file);
  const lines = readFileSync(file, 'utf8').split('\n');
  const sizes = {};
  mapped.forEach((segs, li) => {
    const L = lines[li] || '';
    segs.forEach(([c, s], i) => {
      const end = i + 1 < segs.length ? segs[i + 1][0] : L.length;
      if (s != null) sizes[sources[s]] = (sizes[sources[s]] || 0) + (end - c);
    });
  });
  return sizes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main() {
  const files = [
    'consentry.js',
    'consentry-gate.js',
    'consentry-banner.js',
    'consentry-reopen.js',
    'consentry-check.js',
    'consentry-writer.js',
    'consentry.debug.js',
  ]
    .map((f) => `dist/${f}`)
    .filter(existsSync);
  console.log('| built file | raw | gzip -9 |\n|---|---|---|');
  for (const f of files) console.log(`| ${f} | ${readFileSync(f).length} | ${gzipSync(readFileSync(f), { level: 9 }).length} |`);
  for (const f of files.slice(0, 4)) {
    console.log(`\n${f} (raw minified bytes per module)\n\n| module | bytes |\n|---|---|`);
    for (const [k, v] of Object.entries(attribute(f)).sort((a, b) => b[1] - a[1])) if (v >= 100) console.log(`| ${k} | ${v} |`);
  }
}
