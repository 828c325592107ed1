// Bytes an SPA pays for consentry: test/bench/spa/app.js (createConsent + mountConsentUI) and
// test/bench/spa/core.js (the core alone), built from the package's dist/ the way an app builds them:
// esbuild and Vite, minified production builds with code splitting, `consentry` resolved by package name
// (a node_modules link to this repository, so package.json "exports" decide what is bundled).
//
//   npm run build && node test/bench/spa-size.mjs     # prints the table
//   import { spaSizes } from './spa-size.mjs'         # the numbers, for the bench
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const apps = ['app', 'core'];
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A scratch project holding the fixture apps, with `consentry` linked to this repository. */
function project() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('spa-size: run `npm run build` first (dist/ is missing)');
  const dir = mkdtempSync(join(tmpdir(), 'consentry-spa-'));
  cpSync(join(root, 'test/bench/spa'), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/consentry'), 'dir');
  return dir;
}

/**
 * Initial bytes (the entry and what it imports statically) and each chunk loaded on demand (with the shared
 * chunks those import), from a chunk graph; their texts.
 */
function sizes(graph, entry, outDir) {
  const initial = new Set();
  const dynamic = new Set();
  const walk = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    graph[file].imports.forEach(walk);
    graph[file].dynamic.forEach((f) => dynamic.add(f));
  };
  walk(entry);
  // the chunks loaded on demand, with the shared chunks they import (each once)
  const later = new Set();
  const reach = (file) => {
    if (initial.has(file) || later.has(file)) return;
    later.add(file);
    graph[file].imports.forEach(reach);
    graph[file].dynamic.forEach(reach);
  };
  dynamic.forEach(reach);
  const lazy = [...later];
  const sum = (files) => files.reduce((n, f) => n + gz(join(outDir, f)), 0);
  const text = (files) => files.map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
  return {
    initial: sum([...initial]),
    files: initial.size,
    chunks: lazy.map((f) => ({ file: f, gz: gz(join(outDir, f)) })),
    // what is in the initial bundle and in the chunks, for tests that check where code went
    initialText: text([...initial]),
    chunksText: text(lazy),
  };
}

async function withEsbuild(dir, app) {
  const { build } = await import('esbuild');
  const outDir = join(dir, `out-esbuild-${app}`);
  const r = await build({
    absWorkingDir: dir,
    entryPoints: [`${app}.js`],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: outDir,
    metafile: true,
    logLevel: 'silent',
  });
  const graph = {};
  const entries = {};
  for (const [out, o] of Object.entries(r.metafile.outputs)) {
    const file = relative(outDir, join(dir, out));
    graph[file] = {
      imports: o.imports.filter((i) => i.kind == 'import-statement').map((i) => relative(outDir, join(dir, i.path))),
      dynamic: o.imports.filter((i) => i.kind == 'dynamic-import').map((i) => relative(outDir, join(dir, i.path))),
    };
    if (o.entryPoint) entries[o.entryPoint.replace(/\.js$/, '')] = file;
  }
  return sizes(graph, entries[app], outDir);
}

async function withVite(dir, app) {
  const { build } = await import('vite');
  const outDir = join(dir, `out-vite-${app}`);
  const out = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      modulePreload: false,
      rollupOptions: { input: { [app]: join(dir, `${app}.js`) } },
    },
  });
  const bundle = (Array.isArray(out) ? out[0] : out).output;
  const graph = {};
  const entries = {};
  for (const c of bundle) {
    if (c.type != 'chunk') continue;
    graph[c.fileName] = { imports: c.imports, dynamic: c.dynamicImports };
    if (c.isEntry) entries[c.name] = c.fileName;
  }
  return sizes(graph, entries[app], outDir);
}

/**
 * Gzip bytes, per bundler, of the SPA's initial bundle (`app.initial`: entry + static imports, with
 * `createConsent` and `mountConsentUI`), of each chunk it loads on demand (`app.chunks`), and of the core
 * alone (`core.initial`); `initialText` / `chunksText` hold the code itself.
 */
export async function spaSizes() {
  const dir = project();
  try {
    // one build per app, as each would be built on its own: built together, the bundler would split the
    // modules they share into extra chunks that neither app alone has
    const each = async (bundle) => Object.fromEntries(await Promise.all(apps.map(async (a) => [a, await bundle(dir, a)])));
    return { esbuild: await each(withEsbuild), vite: await each(withVite) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url == pathToFileURL(process.argv[1]).href) {
  const r = await spaSizes();
  const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' KB';
  console.log('SPA bundle (gzip -9)          esbuild      vite');
  console.log(`core + ui, initial          ${kb(r.esbuild.app.initial)} ${kb(r.vite.app.initial)}`);
  console.log(
    `core + ui, lazy chunks      ${kb(r.esbuild.app.chunks.reduce((n, c) => n + c.gz, 0))} ${kb(r.vite.app.chunks.reduce((n, c) => n + c.gz, 0))}`,
  );
  console.log(`core alone, initial         ${kb(r.esbuild.core.initial)} ${kb(r.vite.core.initial)}`);
  for (const b of ['esbuild', 'vite']) for (const c of r[b].app.chunks) console.log(`  ${b} chunk ${c.file}: ${kb(c.gz)}`);
}
