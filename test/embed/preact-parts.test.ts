// @vitest-environment node
// The part loader loads Preact first for the parts listed in PREACT_PARTS only. A part that reads the shared
// Preact but is not listed would run before Preact is there and fail; a listed part that draws nothing with it
// would make the visitor download Preact for nothing. This checks the list against the built parts.
// `npm test` builds before the unit tests; alone, build first (`CONSENTRY_BUILD=embed npx rollup -c --silent`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PREACT_PARTS } from '../../src/embed/runtime';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(dist + 'consentry-banner.js');

describe('the parts that load Preact first', () => {
  it('finds the build (dist/consentry-banner.js)', () => {
    expect(built, 'the script tag parts are missing: run `npm run build` first').toBe(true);
  });

  it.runIf(built)('are exactly the built parts that read the shared Preact', () => {
    // every part the sources define, each of which must be built (a stale file of a removed part is not read)
    const parts = readdirSync(fileURLToPath(new URL('../../src/embed/parts/', import.meta.url)))
      .filter((f) => /^[a-z0-9-]+\.tsx?$/.test(f) && !f.startsWith('preact.'))
      .map((f) => f.replace(/\.tsx?$/, ''));
    expect(parts).toContain('banner');
    for (const p of parts) expect(existsSync(`${dist}consentry-${p}.js`), `dist/consentry-${p}.js`).toBe(true);
    const readPreact = parts.filter((p) =>
      /__consentryRuntime\.(preact|hooks|jsx)\b/.test(readFileSync(`${dist}consentry-${p}.js`, 'utf8')),
    );
    expect(readPreact.sort()).toEqual([...PREACT_PARTS].sort());
  });
});
