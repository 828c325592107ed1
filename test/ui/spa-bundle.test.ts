// @vitest-environment node
// The fixture SPA (test/bench/spa/app.js: createConsent + mountConsentUI) built from dist/ with esbuild and
// Vite, as an app builds it: the banner's code, its texts, the reopen button's code, the core's writing code and
// its config check are chunks the app loads when they are needed, not part of its initial bundle.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { spaSizes } from '../bench/spa-size.mjs';
import { LOCALES } from '../../src/core/locales';
import { banner as ko } from '../../src/ui/strings/first-layer/ko';

type Bundle = { initialText: string; chunksText: string };
// the start of the reopen button's icon (src/ui/reopen.ts)
const REOPEN_ICON = 'M3 6h11v2H3z';
// the structural check's rule for a purpose's `necessity` (src/core/structure.ts)
const NECESSITY_RULE = 'required|optional|notice';
// esbuild writes non-ASCII characters as \xXX and \uXXXX escapes
const unescaped = (s: string) =>
  s.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/g, (_, x, u) => String.fromCharCode(Number.parseInt(x || u, 16)));

describe('what an SPA bundles at first', () => {
  it('no banner code and no texts in the initial bundle, both bundlers', async () => {
    expect(existsSync('dist/ui.js'), 'dist/ui.js is missing: run `npm run build` first').toBe(true);
    const titles = await Promise.all(
      LOCALES.map(async (l) => (await import(`../../src/ui/strings/first-layer/${l}.ts`)).banner.bannerTitle),
    );
    expect(new Set(titles).size).toBe(8);
    const sizes: { [bundler: string]: { app: Bundle; core: Bundle } } = await spaSizes();
    for (const [bundler, built] of Object.entries(sizes)) {
      const [app, core] = [built.app, built.core].map((b) => ({
        initialText: unescaped(b.initialText),
        chunksText: unescaped(b.chunksText),
      }));
      // the banner's buttons and title id (src/ui/widget-banner.ts) and every locale's first-layer title
      for (const needle of ['agree-all', 'cs-banner-title', 'data-consentry-opt-out-done', ...titles, ko.agreeAll]) {
        expect(app.initialText.includes(needle), `${bundler}: "${needle}" in the initial bundle`).toBe(false);
        expect(app.chunksText.includes(needle), `${bundler}: "${needle}" in no chunk`).toBe(true);
      }
      // the widget itself is there (its host); the reopen button's code (its icon) is a chunk, since the fixture
      // app does not show the button
      expect(app.initialText).toContain('data-consentry-host');
      expect(app.initialText.includes(REOPEN_ICON), `${bundler}: the reopen button's code in the initial bundle`).toBe(false);
      expect(app.chunksText.includes(REOPEN_ICON), `${bundler}: the reopen button's code in no chunk`).toBe(true);
      expect(core.initialText).not.toContain('data-consentry-host');
      // the structural config check of a production build (src/core/structure.ts, its rule for `necessity`) is a
      // chunk loaded beside the writer
      for (const [name, b] of [
        ['app', app],
        ['core', core],
      ] as const) {
        expect(b.initialText.includes(NECESSITY_RULE), `${bundler} ${name}: the config check in the initial bundle`).toBe(false);
        expect(b.chunksText.includes(NECESSITY_RULE), `${bundler} ${name}: the config check in no chunk`).toBe(true);
      }
    }
  }, 60_000);
});
