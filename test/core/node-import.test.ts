// @vitest-environment node
// The built ESM entry must load in plain Node (`import('consentry')`), with nothing of the DOM.
// `npm test` builds before the unit tests; alone, build first (`CONSENTRY_BUILD=lib,server npx rollup -c --silent`).
// A missing build fails here rather than passing with nothing checked.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(root + 'dist/index.js');

describe('the built core in plain Node', () => {
  it('finds the build (dist/index.js)', () => {
    expect(built, 'dist/index.js is missing: run `npm run build` first').toBe(true);
  });

  it.runIf(built)('imports by package name and creates an instance in memory', () => {
    const script = `
      const m = await import('consentry');
      const c = m.createConsent({ controller: { name: 'Example', contact: 'privacy@example.com' },
        policy: { version: '1', url: '/privacy' },
        purposes: [{ id: 'analytics', necessity: 'optional', kind: 'analytics', title: 'Statistics',
          purpose: 'Improving the site', items: ['pages visited'], retention: '14 months', refusal: 'No effect' }] });
      await c.decide({ analytics: 'agree' });
      let bad = 'no error';
      try { m.createConsent({ purposes: [] }); } catch (e) { bad = e.name + ': ' + e.problems.length; }
      console.log(JSON.stringify({ keys: Object.keys(m).sort(), granted: c.isGranted('analytics'), bad, version: m.VERSION }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(out.granted).toBe(true);
    expect(out.bad).toBe('ConfigError: 3');
    expect(out.keys).toEqual(
      expect.arrayContaining([
        'ConfigError',
        'ConsentError',
        'VERSION',
        'createConsent',
        'isLocalized',
        'localize',
        'pickLocale',
        'safeUrl',
        'validateConfig',
      ]),
    );
  });

  it.runIf(built)('every built entry imports in plain Node without touching a DOM (SSR-safe)', () => {
    const script = `
      const out = {};
      for (const e of ['consentry', 'consentry/ui', 'consentry/ui/components', 'consentry/google', 'consentry/gate', 'consentry/receipts', 'consentry/browsers', 'consentry/server']) {
        try { out[e] = Object.keys(await import(e)).length; } catch (err) { out[e] = String(err); }
      }
      console.log(JSON.stringify({ out, dom: typeof document }));`;
    const res = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }));
    expect(res.dom).toBe('undefined');
    for (const [entry, n] of Object.entries(res.out)) expect(typeof n === 'number' && n > 0, `${entry}: ${n}`).toBe(true);
  });
});
