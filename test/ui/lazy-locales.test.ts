// Each locale's texts are loaded with template imports (`./strings/${l}.ts`, and `./strings/first-layer/${l}.ts`
// for the banner) that the build writes out as tables of literal imports: every locale must be reachable both
// from the source and from the built module, and none is in the widget's own module.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';
import { waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locales';
import { $, makeConsent, mount } from './setup';

// happy-dom replaces the global URL: the path is read with Node's
const root = fileURLToPath(new NodeURL('../../', import.meta.url));

describe('texts loaded per locale', () => {
  it.each(LOCALES)('the preferences dialog speaks %s', async (locale) => {
    const { more } = await import(`../../src/ui/strings/${locale}.ts`);
    const m = await mount(makeConsent(), { locale });
    m.ui.open();
    await waitFor(() => expect($(m.root, '[role="dialog"] h2')?.textContent).toBe(more.prefsTitle));
    m.ui.destroy();
  });

  it.each(LOCALES)('the banner speaks %s', async (locale) => {
    const { banner } = await import(`../../src/ui/strings/first-layer/${locale}.ts`);
    const m = await mount(makeConsent(), { locale });
    await waitFor(() => expect($(m.root, '[data-consentry-banner] h2')?.textContent).toBe(banner.bannerTitle));
    m.ui.destroy();
  });

  it('the built ui and browsers entries import every locale file with a literal import()', () => {
    expect(existsSync(`${root}dist/ui.js`), 'dist/ui.js is missing: run `npm run build` first').toBe(true);
    for (const [entry, folder] of [
      ['ui', 'ui/strings'],
      ['ui', 'ui/strings/first-layer'],
      ['browsers', 'browsers/strings'],
    ]) {
      const built = readFileSync(`${root}dist/${entry}.js`, 'utf8');
      const files = readdirSync(`${root}src/${folder}`).filter((f) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(f));
      expect(files.map((f) => f.slice(0, -3)).sort()).toEqual([...LOCALES].sort());
      for (const f of files) expect(built).toContain(`import("./lib/${folder}/${f.replace(/\.ts$/, '.js')}")`);
      expect(built).not.toMatch(/import\(`/);
    }
  });
});
