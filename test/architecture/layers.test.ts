// @vitest-environment node
// The module boundaries of docs/architecture.md, read from the import statements of every file in src/.
// A new import that crosses a boundary fails here with the file and the import named.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** What each top-level module of src/ may import, besides itself and npm packages. */
const ALLOWED: { [module: string]: string[] } = {
  core: [],
  dom: [],
  gate: ['core', 'dom'],
  receipts: ['core'],
  browsers: ['core', 'dom'],
  members: ['core', 'receipts'],
  integrations: ['core', 'gate'],
  ui: ['core', 'dom', 'members', 'browsers'],
  embed: ['core', 'dom', 'gate', 'receipts', 'browsers', 'members', 'integrations', 'ui', 'check'],
  check: ['core', 'dom', 'gate', 'receipts', 'browsers', 'integrations', 'ui'],
  server: ['core', 'receipts', 'members', 'integrations'],
};
/**
 * Files of a higher module that import nothing but `core` and each other, so any module may read them:
 * the vendors' product names and which vendors each purpose lets run, which receipts record.
 */
const LEAVES = ['integrations/names.ts', 'integrations/purposes.ts'];
/** Modules and files that run in Node only; all other code is browser code and must not import Node built-ins. */
const NODE = ['server', 'check/cli.ts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const moduleOf = (file: string) => relative(SRC, file).split('/')[0];
const imports = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm,
    ),
  ].map((m) => m[1] || m[2] || m[3]);

const all = files(SRC);

describe('module boundaries', () => {
  it('reads every module of src/ (positive control)', () => {
    expect(new Set(all.map(moduleOf))).toEqual(new Set(Object.keys(ALLOWED)));
    // the reader finds imports at all: core/consent.ts imports its siblings
    expect(imports(join(SRC, 'core/consent.ts')).length).toBeGreaterThan(2);
  });

  it('each module imports only the modules below it', () => {
    const crossings: string[] = [];
    for (const file of all) {
      const from = moduleOf(file);
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(dirname(file), spec);
        const to = moduleOf(target);
        if (to != from && !ALLOWED[from].includes(to) && !LEAVES.includes(relative(SRC, target) + '.ts'))
          crossings.push(`${relative(SRC, file)} → ${spec}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('the shared leaves import only core and each other', () => {
    const out = LEAVES.flatMap((leaf) =>
      imports(join(SRC, leaf))
        .map((spec) => resolve(dirname(join(SRC, leaf)), spec))
        .filter((target) => moduleOf(target) != 'core' && !LEAVES.includes(relative(SRC, target) + '.ts'))
        .map((target) => `${leaf} → ${relative(SRC, target)}`),
    );
    expect(out).toEqual([]);
  });

  it('browser code imports no Node built-in', () => {
    const found = all
      .filter((f) => !NODE.includes(moduleOf(f)) && !NODE.includes(relative(SRC, f)))
      .flatMap((f) =>
        imports(f)
          .filter((s) => s.startsWith('node:') || /^(fs|path|http|https|crypto|url|os|child_process)$/.test(s))
          .map((s) => `${relative(SRC, f)} → ${s}`),
      );
    expect(found).toEqual([]);
  });
});
