// The npm widget in an app built the way apps are built: the fixture SPA (test/bench/spa/app.js:
// createConsent + mountConsentUI, imported by package name from the BUILT dist/) bundled by esbuild with code
// splitting, in real Chromium. The banner's code and its texts arrive as chunks when a visitor must decide; a
// visitor who has decided downloads no banner code; with the reopen button, its code is a chunk too. The page is
// served by routes: nothing leaves the machine.
import { test, expect, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ORIGIN = 'http://spa.test';
let dir: string;

test.beforeAll(async () => {
  expect(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` first').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'consentry-spa-e2e-'));
  cpSync(join(root, 'test/bench/spa'), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/consentry'), 'dir');
  // a second app, built on its own: the widget with the reopen button, handed to the page as window.ui
  writeFileSync(
    join(dir, 'reopen.js'),
    `import { createConsent } from 'consentry';
import { mountConsentUI } from 'consentry/ui';
const config = JSON.parse(document.getElementById('consentry-config').textContent);
window.ui = mountConsentUI(createConsent(config), { reopenButton: true });
`,
  );
  await build({
    absWorkingDir: dir,
    entryPoints: ['reopen.js'],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: join(dir, 'out-reopen'),
    logLevel: 'silent',
  });
  await build({
    absWorkingDir: dir,
    entryPoints: ['app.js'],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: join(dir, 'out'),
    logLevel: 'silent',
  });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = readFileSync(join(root, 'demo/site-config.json'), 'utf8');
const htmlFor = (app: string, cfg = config) => `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>SPA</title>
<script type="application/json" id="consentry-config">${cfg}</script>
<script type="module" src="/${app}"></script></head><body><main><h1>SPA</h1></main></body></html>`;

/**
 * A fresh context whose page (its config `cfg`) is served with the built app (`out`: its folder) and opened: the
 * chunk files requested, anything else asked for (aborted), the page's errors and console errors.
 */
async function open(browser: Browser, out = 'out', entry = 'app.js', cfg = config) {
  const ctx = await browser.newContext();
  const html = htmlFor(`${out}/${entry}`, cfg);
  const files: string[] = [];
  const blocked: string[] = [];
  await ctx.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin != ORIGIN) return (blocked.push(url.href), route.abort());
    if (url.pathname == '/') return route.fulfill({ contentType: 'text/html', body: html });
    const file = join(dir, url.pathname);
    if (!url.pathname.startsWith(`/${out}/`) || !existsSync(file)) return route.fulfill({ status: 404 });
    files.push(url.pathname.slice(out.length + 2));
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
  });
  const page = await ctx.newPage();
  const errors: string[] = [];
  const logged: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() == 'error' && logged.push(m.text()));
  await page.goto(`${ORIGIN}/`);
  return { ctx, page, files, blocked, errors, logged };
}

test('first visit: the banner code and the Korean texts come as chunks; a returning visitor gets no banner code', async ({ browser }) => {
  const { ctx, page, files, blocked, errors } = await open(browser);
  const banner = page.locator('[data-consentry-banner]');
  await expect(banner).toBeVisible();
  await expect(banner.locator('h2')).toHaveText('쿠키 및 개인정보 수집·이용 동의');
  // the banner's own chunk and one locale's first layer (the Korean one), no other locale's
  expect(files.filter((f) => f.startsWith('widget-banner-'))).toHaveLength(1);
  // the production build's config check, a chunk of its own (the banner waited for it)
  expect(files.filter((f) => f.startsWith('structure-'))).toHaveLength(1);
  const locales = files.filter((f) => /^(ko|en|ja|de|fr|es|zh-CN|zh-TW)-/.test(f));
  expect(locales.length, files.join(' ')).toBeGreaterThan(0);
  for (const f of locales) expect(readFileSync(join(dir, 'out', f), 'utf8')).not.toContain('Cookies and personal information');

  // keyboard: the first button is 모두 동의 (Agree to all)
  await banner.getByRole('button', { name: '모두 동의' }).focus();
  await page.keyboard.press('Enter');
  await expect(banner).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.cookie.includes('consentry='))).toBe(true);

  // the returning visitor: no banner and no banner code. The widget still reads the first layer's texts of
  // the page locale (about 1 KB: the live region, a reopen button, the page's opt-out links use them)
  files.length = 0;
  await page.reload();
  await expect(page.locator('[data-consentry-host]')).toHaveCount(1);
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-consentry-banner]')).toHaveCount(0);
  expect(
    files.some((f) => f.startsWith('app')),
    files.join(' '),
  ).toBe(true);
  // nor the config check: the cookie says this config passed it
  expect(
    files.filter((f) => f.startsWith('widget-banner-') || f.startsWith('views-') || f.startsWith('structure-')),
    files.join(' '),
  ).toEqual([]);
  expect(
    files.filter((f) => /^(en|ja|de|fr|es|zh-CN|zh-TW)-/.test(f)),
    files.join(' '),
  ).toEqual([]);
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
  await ctx.close();
});

test('with the reopen button: its code comes as a chunk at mount; it reopens the preferences, and focus returns to it', async ({
  browser,
}) => {
  const { ctx, page, files, blocked, errors } = await open(browser, 'out-reopen', 'reopen.js');
  const banner = page.locator('[data-consentry-banner]');
  await expect(banner).toBeVisible();
  expect(files.filter((f) => f.startsWith('reopen-'))).toHaveLength(1);
  await banner.getByRole('button', { name: '모두 동의' }).click();
  await expect(banner).toBeHidden();
  const reopen = page.locator('[data-action="reopen"]');
  await expect(reopen).toBeVisible();

  // the returning visitor: the button, no banner code; Enter opens the dialog, Escape closes it, focus is back
  files.length = 0;
  await page.reload();
  await expect(reopen).toBeVisible();
  expect(files.filter((f) => f.startsWith('widget-banner-'))).toEqual([]);
  await reopen.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.activeElement!.shadowRoot!.activeElement!.closest('[role=dialog]') != null))
    .toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => document.activeElement!.shadowRoot!.activeElement!.getAttribute('data-action')))
    .toBe('reopen');
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
  await ctx.close();
});

test('a config the production check refuses: no banner, nothing stored, one console error, the page works', async ({ browser }) => {
  const bad = JSON.parse(config);
  bad.purposes[1].retension = bad.purposes[1].retention;
  const { ctx, page, files, blocked, errors, logged } = await open(browser, 'out', 'app.js', JSON.stringify(bad));
  await expect.poll(() => files.some((f) => f.startsWith('structure-'))).toBe(true);
  await expect.poll(() => logged.length).toBeGreaterThan(0);
  // settled: the check refused, the widget went; nothing more is logged
  await page.waitForTimeout(500);
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatch(/^consentry: nothing is granted until the config is fixed\. [\s\S]*purposes\[1\]\.retension: unknown key/);
  await expect(page.locator('[data-consentry-host]')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText('SPA');
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(blocked).toEqual([]);
  expect(errors).toEqual([]);
  await ctx.close();
});
