// Builds every entry point that exists:
// minified ESM per entry (+ bundled .d.ts), the IIFE script-tag bundle, and the Node collector.
import { existsSync, mkdirSync, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';

// `import(`./strings/${l}.ts`)` and `import(`./strings/first-layer/${l}.ts`)` (the locale texts a module
// loads when shown) are written out as a table of
// literal imports, one per file in that folder, so that the app's bundler, and ours, splits each one off.
const localeImports = {
  name: 'consentry-locale-imports',
  transform(code, id) {
    const out = code.replace(/import\(`\.\/(strings(?:\/[\w-]+)?)\/\$\{(\w+)\}\.ts`\)/g, (_, dir, l) => {
      const files = readdirSync(resolvePath(dirname(id), dir)).filter((f) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(f));
      const table = files.map((f) => `${JSON.stringify(f.slice(0, -3))}: () => import('./${dir}/${f}')`);
      return `({ ${table.join(', ')} })[${l}]()`;
    });
    // the table replaces the import on its line: the source map's lines still hold
    return out == code ? null : { code: out, map: null };
  },
};
// The properties of the widget's shared state (the `$…` names of `WidgetState` in src/ui/widget.ts, and no other
// name) are renamed short by terser. One name cache serves the whole rollup run, so the npm build's one file per
// module agrees on the names (@rollup/plugin-terser minifies one chunk at a time when it is given a cache).
// Top-level names are not cached: each file keeps its own shortest ones.
function widgetStateNames(file = 'src/ui/widget.ts') {
  if (!existsSync(file)) return [];
  const block = /\binterface WidgetState \{([\s\S]*?)\n\}/.exec(readFileSync(file, 'utf8'));
  const names = block ? [...block[1].matchAll(/^\s+(?:readonly\s+)?\$(\w+)/gm)].map((m) => m[1]) : [];
  // a renamed interface would silently leave the state unshortened (only the banner's budget would notice)
  if (!names.length) throw new Error(`rollup.config.mjs: no $ names of interface WidgetState in ${file}`);
  return names;
}
const stateNames = widgetStateNames();
const stateProps = new RegExp(`^\\$(${stateNames.join('|') || '(?!)'})$`);
const nameCache = {
  props: {},
  get vars() {
    return { props: {} };
  },
  set vars(_) {},
};
const browser = () => [
  resolve({ extensions: ['.mjs', '.js', '.ts', '.tsx'], browser: true }),
  json(),
  esbuild({ target: 'es2019', jsx: 'automatic', jsxImportSource: 'preact', minify: false }),
  localeImports,
  terser({
    ecma: 2019,
    module: true,
    compress: { passes: 2 },
    mangle: { properties: { regex: stateProps } },
    nameCache,
    format: { comments: false },
  }),
];
const node = () => [resolve({ extensions: ['.mjs', '.js', '.ts'], preferBuiltins: true }), json(), esbuild({ target: 'node20' })];

// entry name -> source file (browser ESM entries)
const entries = {
  index: 'src/core/index.ts',
  ui: 'src/ui/index.ts',
  'ui-components': 'src/ui/components.ts',
  google: 'src/gate/google/index.ts',
  gate: 'src/gate/index.ts',
  receipts: 'src/receipts/index.ts',
  browsers: 'src/browsers/index.ts',
  members: 'src/members/index.ts',
  rights: 'src/ui/rights/index.ts',
  integrations: 'src/integrations/index.ts',
};
const present = Object.fromEntries(Object.entries(entries).filter(([, f]) => existsSync(f)));

const nodeExternal = (id) =>
  /^(node:|fastify|@fastify\/|better-sqlite3|pg($|\/)|ajv|jose($|\/))/.test(id) ||
  ['fs', 'path', 'http', 'https', 'url', 'crypto', 'stream', 'os', 'events', 'util', 'zlib', 'net'].includes(id);

const configs = [];
// CONSENTRY_BUILD=lib,dts,embed,server,demo builds only those groups (for quick local iteration).
const only = process.env.CONSENTRY_BUILD ? process.env.CONSENTRY_BUILD.split(',') : null;
const kinds = new WeakMap();
const tag = (kind, c) => (kinds.set(c, kind), c);

if (Object.keys(present).length) {
  configs.push(
    tag('lib', {
      input: present,
      plugins: browser(),
      // preact etc. stay external for npm users: their bundler dedupes them
      external: (id) => /^(preact|js-cookie|idb-keyval)(\/|$)/.test(id),
      // one file per module (dist/lib/<folder>/<module>.js): an app's bundler then takes only the modules the
      // app reaches, and splits off what they load with import() (the preferences views, other locales)
      output: {
        dir: 'dist',
        format: 'es',
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) => (chunk.isEntry ? '[name].js' : 'lib/[name].js'),
        sourcemap: true,
      },
    }),
  );
  configs.push(
    tag('dts', {
      input: present,
      plugins: [dts()],
      external: (id) => /^(preact|js-cookie|idb-keyval)(\/|$)/.test(id),
      output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
    }),
  );
}

// The script tag: the boot dist/consentry.js (src/embed/script-tag.ts; dist/consentry.debug.js with full
// config checks) and on-demand parts (src/embed/parts/<name>.ts -> dist/consentry-<name>.js) that the boot
// loads with a <script> tag. Parts share the boot's modules and one Preact through window.__consentryRuntime
// (src/embed/runtime.ts): Preact is the part `preact`; the modules listed in src/embed/shared.ts live in the
// boot, and a part's imports of them read `__consentryRuntime.m.<name>` instead of bundling a copy.
const runtimeGlobals = {
  preact: '__consentryRuntime.preact',
  'preact/hooks': '__consentryRuntime.hooks',
  'preact/jsx-runtime': '__consentryRuntime.jsx',
};
const shared = existsSync('src/embed/shared.ts')
  ? Object.fromEntries(
      [...readFileSync('src/embed/shared.ts', 'utf8').matchAll(/^import \* as (\w+) from '([^']+)';$/gm)].map(([, name, spec]) => [
        resolvePath('src/embed', spec + '.ts'),
        name,
      ]),
    )
  : {};
const SHARED = 'consentry-shared:';
const shareFromBoot = {
  name: 'consentry-shared',
  async resolveId(source, importer, opts) {
    if (!importer) return null;
    const r = await this.resolve(source, importer, { ...opts, skipSelf: true });
    const name = r && shared[r.id];
    return name ? { id: SHARED + name, external: true } : null;
  },
};
const partGlobals = (id) => (id.startsWith(SHARED) ? `__consentryRuntime.m.${id.slice(SHARED.length)}` : runtimeGlobals[id]);
if (existsSync('src/embed/script-tag.ts')) {
  configs.push(
    tag('embed', {
      input: 'src/embed/script-tag.ts',
      plugins: browser(),
      output: { file: 'dist/consentry.js', format: 'iife', sourcemap: true },
    }),
  );
  if (existsSync('src/embed/debug.ts'))
    configs.push(
      tag('embed', {
        input: 'src/embed/debug.ts',
        plugins: browser(),
        output: { file: 'dist/consentry.debug.js', format: 'iife', sourcemap: true },
      }),
    );
  const partsDir = 'src/embed/parts';
  if (existsSync(partsDir)) {
    for (const f of readdirSync(partsDir).filter((f) => /\.tsx?$/.test(f))) {
      configs.push(
        tag('embed', {
          input: `${partsDir}/${f}`,
          plugins: [shareFromBoot, ...browser()],
          // consentry-preact.js carries Preact itself and publishes it on __consentryRuntime (the boot draws
          // nothing with Preact); every other part uses that shared instance.
          external: f === 'preact.ts' ? [] : Object.keys(runtimeGlobals),
          output: { file: `dist/consentry-${f.replace(/\.tsx?$/, '')}.js`, format: 'iife', globals: partGlobals, sourcemap: true },
        }),
      );
    }
  }
}

// The collector (Node).
if (existsSync('src/server/index.ts')) {
  configs.push(
    tag('server', {
      input: { server: 'src/server/index.ts', ...(existsSync('src/server/cli.ts') ? { 'collector-cli': 'src/server/cli.ts' } : {}) },
      plugins: node(),
      external: nodeExternal,
      output: {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/server-[name]-[hash].js',
        banner: (c) => (c.name === 'collector-cli' ? '#!/usr/bin/env node' : ''),
      },
    }),
  );
  configs.push(
    tag('dts', {
      input: 'src/server/index.ts',
      plugins: [dts()],
      external: nodeExternal,
      output: { file: 'dist/server.d.ts', format: 'es' },
    }),
  );
}

// `consentry/check` (every problem and warning of a whole config) and the `consentry check` command (Node).
if (existsSync('src/check/index.ts')) {
  const external = (id) => nodeExternal(id) || /^(preact|js-cookie|idb-keyval)(\/|$)/.test(id);
  configs.push(
    tag('check', {
      input: { check: 'src/check/index.ts', 'check-cli': 'src/check/cli.ts' },
      plugins: node(),
      external,
      output: {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/check-[name]-[hash].js',
        banner: (c) => (c.name === 'check-cli' ? '#!/usr/bin/env node' : ''),
      },
    }),
  );
  configs.push(
    tag('check', { input: 'src/check/index.ts', plugins: [dts()], external, output: { file: 'dist/check.d.ts', format: 'es' } }),
  );
}

// Publish the receipt JSON Schemas beside the bundles (the collector and site backends validate with them).
for (const f of ['receipt.schema.json', 'kantara.schema.json']) {
  if (existsSync(`src/receipts/${f}`)) {
    mkdirSync('dist', { recursive: true });
    copyFileSync(`src/receipts/${f}`, `dist/${f}`);
  }
}

// Demo apps written as an SPA would: importing `consentry` and `consentry/ui` by package name
// (mapped to the sources here, as a bundler maps them to the installed package).
const selfImports = {
  name: 'consentry-self',
  resolveId(id) {
    const map = {
      consentry: 'src/core/index.ts',
      ...Object.fromEntries(Object.entries(entries).map(([k, v]) => [`consentry/${k.replace('-', '/')}`, v])),
    };
    return map[id] ? this.resolve(map[id]) : null;
  },
};
if (existsSync('demo')) {
  for (const dir of readdirSync('demo', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const app = ['app.tsx', 'app.ts'].map((f) => `demo/${dir.name}/${f}`).find(existsSync);
    if (app) {
      configs.push(
        tag('demo', {
          input: app,
          plugins: [selfImports, ...browser()],
          output: { file: `dist/demo/${dir.name}.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
        }),
      );
    }
  }
}

export default only ? configs.filter((c) => only.includes(kinds.get(c))) : configs;
