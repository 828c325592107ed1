// A returning visitor on the BUILT script tag: with a stored decision, the boot applies it and releases
// the gated tag itself; no banner code, no validation code and no writer are downloaded. Every script and
// stylesheet response is recorded. Nothing may leave the machine (guardNetwork).
import { test, expect, type Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { demoServer, type Demo } from './support/demo';
import { guardNetwork } from './support/google';
import { holdBack } from './support/hold';

let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer();
});
test.afterAll(async () => {
  await demo?.close();
});

const config = {
  controller: { name: 'Shop', contact: 'privacy@shop.test' },
  policy: { version: '3', url: 'https://shop.test/privacy' },
  purposes: [
    {
      id: 'essential',
      necessity: 'required',
      kind: 'service',
      title: 'Essential',
      purpose: 'Login',
      items: ['session'],
      retention: 'session',
      refusal: 'none',
      legalBasis: 'contract',
    },
    {
      id: 'analytics',
      necessity: 'optional',
      kind: 'analytics',
      title: 'Statistics',
      purpose: 'Visits',
      items: ['pages'],
      retention: '13 months',
      refusal: 'none',
    },
  ],
  google: { measurementId: 'G-TEST123' },
};
/** `html` with the page's "cookie settings" link (`label`: its content, markup of the test's own) in a footer. */
const withSettingsLink = (html: string, label = 'Cookie settings') =>
  html.replace('</main>', `<footer><a href="#cookie-settings" data-consentry-open>${label}</a></footer></main>`);
const page = (gated: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shop</title>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script>
<script type="text/plain" data-consent="analytics" data-src="/tag.js"></script>
</head><body><main><h1>${gated}</h1></main></body></html>`;

/** gzip -9 bytes of a built file, as a compressing server would send it. */
const gz = (file: string) => gzipSync(readFileSync(new URL(`../../dist/${file}`, import.meta.url)), { level: 9 }).length;

/**
 * A first visit to `html` that agrees to all and lets the receipt be journaled; returns the page, the network
 * guard and the list of script-tag files (under /dist/) the page downloads from then on.
 */
async function firstVisitAgreed(browser: Browser, html: string) {
  const ctx = await browser.newContext();
  const net = await guardNetwork(ctx);
  await ctx.route(`${demo.url}/shop.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await ctx.route(`${demo.url}/tag.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'window.__tagRan = performance.now();' }),
  );
  const p = await ctx.newPage();
  await p.goto(`${demo.url}/shop.html`);
  // first visit: the banner; Agree to all releases the tag
  await p.locator('[data-action="agree-all"]').click();
  await expect.poll(() => p.evaluate(() => (window as { __tagRan?: number }).__tagRan != null)).toBe(true);
  await expect.poll(() => p.evaluate(() => document.cookie.includes('consentry='))).toBe(true);
  // the decision's receipt is journaled by the receipts part: let the first page finish with it
  await expect
    .poll(() => p.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('consentry-receipts.js'))))
    .toBe(true);
  await p.waitForTimeout(500);
  const files: string[] = [];
  p.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(js|css)$/.test(path) && path.startsWith('/dist/')) files.push(path.slice('/dist/'.length));
  });
  return { ctx, net, p, files };
}

test('a returning visitor downloads the boot and the gate only, and the gated tag runs without a banner', async ({ browser }) => {
  const { ctx, net, p, files } = await firstVisitAgreed(browser, page('Shop'));
  await p.reload();
  await expect.poll(() => p.evaluate(() => (window as { __tagRan?: number }).__tagRan != null)).toBe(true);
  await p.waitForLoadState('load');
  await p.waitForTimeout(2000);
  expect(await p.evaluate(() => window.consentry!.isGranted('analytics'))).toBe(true);
  expect(await p.evaluate(() => window.consentry!.needsDecision())).toBe(false);
  await expect(p.locator('[data-consentry-banner]')).toHaveCount(0);
  // only the boot and the gate: no banner, writer, dialog, Preact, receipts or debug (full validation) code
  expect(files.sort(), files.join(' ')).toEqual(['consentry-gate.js', 'consentry.js']);
  const bytes = files.reduce((n, f) => n + gz(f), 0);
  const budgets = JSON.parse(readFileSync(new URL('../tools/size-budgets.json', import.meta.url), 'utf8'));
  expect(bytes).toBeLessThanOrEqual(budgets['dist/consentry.js'] + budgets['dist/consentry-gate.js']);
  // the boot carries no validation code: neither the full check's messages nor the structural check's
  // (the banner part and the check part carry the latter: the positive control)
  const built = (f: string) => readFileSync(new URL(`../../dist/${f}`, import.meta.url), 'utf8');
  for (const text of ['did you mean', 'expected one of', 'PIPA 22', 'unknown key', 'is required'])
    expect(built('consentry.js')).not.toContain(text);
  for (const f of ['consentry-check.js', 'consentry-banner.js']) expect(built(f)).toContain('unknown key');
  // Google heard the stored choice and loaded; no request left the machine
  expect(net.gtagLoads().length).toBeGreaterThan(0);
  expect(net.blocked).toEqual([]);
  // a write from the page still works: it loads the writer and decides
  await p.evaluate(() => window.consentry!.withdraw('analytics'));
  expect(await p.evaluate(() => window.consentry!.isGranted('analytics'))).toBe(false);
  expect(files).toContain('consentry-writer.js');
  await ctx.close();
});

test('with a reopen button, a returning visitor gets the button alone (no banner part) and it opens the preferences', async ({
  browser,
}) => {
  const withButton = { ...config, ui: { reopenButton: true } };
  const html = page('Shop').replace(JSON.stringify(config), JSON.stringify(withButton));
  const { ctx, net, p, files } = await firstVisitAgreed(browser, html);
  await p.reload();
  const reopen = p.locator('[data-action="reopen"]');
  await expect(reopen).toBeVisible();
  await expect(reopen).toHaveAccessibleName('Privacy settings');
  await p.waitForTimeout(1500);
  // the button and its host, its label carried in it: no locale texts, banner, Preact, dialog or writer code
  expect(files.sort(), files.join(' ')).toEqual(['consentry-gate.js', 'consentry-reopen.js', 'consentry.js']);
  await expect(p.locator('[data-consentry-banner]')).toHaveCount(0);

  // keyboard: the button opens the preferences; the widget's own button replaces the lone one
  await reopen.focus();
  await p.keyboard.press('Enter');
  const dialog = p.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(files).toContain('consentry-banner.js');
  await expect(p.locator('[data-consentry-reopen]')).toHaveCount(0);
  await p.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(reopen).toHaveCount(1);
  await expect(reopen).toBeFocused();
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test("a returning visitor's click on the page's cookie settings link loads the widget and opens the preferences", async ({ browser }) => {
  const html = withSettingsLink(page('Shop'), '<span>Cookie settings</span>');
  const { ctx, net, p, files } = await firstVisitAgreed(browser, html);
  await p.reload();
  await p.waitForLoadState('load');
  await p.waitForTimeout(1000);
  // nothing of the widget yet: the boot's own listener is all that can answer the click
  expect(files).not.toContain('consentry-banner.js');
  // (a click on the link's text: the listener looks along the event's path)
  await p.locator('footer [data-consentry-open] span').click();
  const dialog = p.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(files).toContain('consentry-banner.js');
  // the link's default was prevented: the page did not navigate to its anchor
  expect(p.url()).not.toContain('#cookie-settings');
  await expect(p.locator('[data-consentry-banner]')).toHaveCount(0);
  // from now on the widget's listener answers: closed and clicked again, the dialog opens once more
  await p.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await p.locator('footer [data-consentry-open]').click();
  await expect(dialog).toBeVisible();
  await expect(p.getByRole('dialog')).toHaveCount(1);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test('the banner part fails to load on the first click of the cookie settings link: the next click tries again', async ({ browser }) => {
  const html = withSettingsLink(page('Shop'));
  const { ctx, net, p } = await firstVisitAgreed(browser, html);
  await p.reload();
  await p.waitForLoadState('load');
  // the first request for the banner part fails (a network blip); later ones are served
  let failed = 0;
  await p.route('**/dist/consentry-banner.js', (route) => (failed++ ? route.continue() : route.abort()));
  const errors: string[] = [];
  p.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
  const link = p.locator('footer [data-consentry-open]');
  await link.click();
  await expect.poll(() => errors.some((e) => e.includes('the banner did not load'))).toBe(true);
  expect(failed).toBe(1);
  await expect(p.getByRole('dialog')).toHaveCount(0);
  // the boot listens again: the second click loads the part and opens the preferences
  await link.click();
  await expect(p.getByRole('dialog')).toBeVisible();
  expect(p.url()).not.toContain('#cookie-settings');
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test('the lone reopen button speaks the page locale without loading its texts', async ({ browser }) => {
  const withButton = { ...config, ui: { reopenButton: { position: 'bottom-right' } } };
  const html = page('Shop').replace(JSON.stringify(config), JSON.stringify(withButton)).replace('lang="en"', 'lang="ko"');
  const { ctx, net, p, files } = await firstVisitAgreed(browser, html);
  await p.reload();
  const reopen = p.locator('[data-action="reopen"]');
  await expect(reopen).toHaveAccessibleName('개인정보 설정');
  await expect(reopen).toHaveClass(/cs-right/);
  await p.waitForTimeout(1000);
  expect(files.sort(), files.join(' ')).toEqual(['consentry-gate.js', 'consentry-reopen.js', 'consentry.js']);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test('a returning visitor on a page with a cookie guide and table gets them without the banner part', async ({ browser }) => {
  const html = page('Shop').replace(
    '</main>',
    '<section lang="en"><div data-consentry-guide></div><div data-consentry-cookie-table></div></section></main>',
  );
  const { ctx, net, p, files } = await firstVisitAgreed(browser, html);
  await p.reload();
  await expect(p.locator('[data-consentry-guide] section.cg')).toBeVisible();
  await expect(p.locator('[data-consentry-cookie-table] table')).toBeVisible();
  // the table lists consentry's own cookie, set by the controller of the config
  await expect(p.locator('[data-consentry-cookie-table] tbody th')).toHaveText(['consentry']);
  await expect(p.locator('[data-consentry-cookie-table] tbody')).toContainText('Shop');
  await p.waitForTimeout(1000);
  // the guide's part with Preact (English and Korean texts are in it); no banner, dialog or writer code
  expect(files.sort(), files.join(' ')).toEqual(['consentry-gate.js', 'consentry-guide.js', 'consentry-preact.js', 'consentry.js']);
  await expect(p.locator('[data-consentry-banner]')).toHaveCount(0);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test('the site changed its config: the next page checks it once (nothing granted before), the page after skips it', async ({ browser }) => {
  const { ctx, net, p, files } = await firstVisitAgreed(browser, page('Shop'));
  // the first visit took the check from the banner part: no separate check part
  expect(await p.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('consentry-check.js')))).toBe(false);
  // the same purposes, another text: the cookie's config key no longer matches
  const changed = { ...config, controller: { ...config.controller, name: 'Shop Inc.' } };
  await ctx.route(`${demo.url}/shop.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: page('Shop').replace(JSON.stringify(config), JSON.stringify(changed)) }),
  );
  const loads = net.gtagLoads().length; // the first visit's
  // hold the check part back, to see what the page does while it is on its way
  const check = await holdBack(ctx, `${demo.url}/dist/consentry-check.js`);
  // (the held part holds back the load event too)
  await p.reload({ waitUntil: 'domcontentloaded' });
  await expect.poll(() => files.includes('consentry.js')).toBe(true);
  await p.waitForTimeout(500);
  expect(await p.evaluate(() => window.consentry!.isGranted('analytics'))).toBe(false);
  expect(await p.evaluate(() => (window as { __tagRan?: number }).__tagRan == null)).toBe(true);
  expect(files).not.toContain('consentry-gate.js');
  check.release();
  await expect.poll(() => p.evaluate(() => (window as { __tagRan?: number }).__tagRan != null)).toBe(true);
  expect(await p.evaluate(() => window.consentry!.isGranted('analytics'))).toBe(true);
  expect(files.sort(), files.join(' ')).toEqual(['consentry-check.js', 'consentry-gate.js', 'consentry.js']);
  await expect(p.locator('[data-consentry-banner]')).toHaveCount(0);
  // Google heard the stored choice once the check passed, and gtag.js loaded on this page
  await expect.poll(() => net.gtagLoads().length).toBeGreaterThan(loads);
  const layer = await p.evaluate(() => (window as any).dataLayer.map((e: any) => (e.length ? [e[0], e[1], e[2]] : e)));
  expect(layer[0].slice(0, 2)).toEqual(['consent', 'default']);
  expect(layer.find((e: any) => e[1] == 'update')[2].analytics_storage).toBe('granted');
  // the cookie now carries the new text's key: the page after needs no check
  files.length = 0;
  await p.reload();
  await expect.poll(() => p.evaluate(() => (window as { __tagRan?: number }).__tagRan != null)).toBe(true);
  await p.waitForTimeout(1000);
  expect(files.sort(), files.join(' ')).toEqual(['consentry-gate.js', 'consentry.js']);
  await expect.poll(() => net.gtagLoads().length).toBeGreaterThan(loads + 1);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test("a broken config on a returning visitor's page: nothing granted, no gated tag, one console.error", async ({ browser }) => {
  const { ctx, net, p } = await firstVisitAgreed(browser, page('Shop'));
  const broken = { ...config, purposes: [config.purposes[0], { ...config.purposes[1], id: 'Analytics!' }] };
  await ctx.route(`${demo.url}/shop.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: page('Shop').replace(JSON.stringify(config), JSON.stringify(broken)) }),
  );
  const errors: string[] = [];
  p.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
  const loaded = net.gtagLoads().length; // the first visit's
  await p.reload();
  await expect.poll(() => p.evaluate(() => !!window.consentry!.error)).toBe(true);
  await p.waitForTimeout(1000);
  expect(await p.evaluate(() => ['essential', 'analytics', 'Analytics!'].some((id) => window.consentry!.isGranted(id)))).toBe(false);
  expect(await p.evaluate(() => (window as { __tagRan?: number }).__tagRan == null)).toBe(true);
  expect(errors, errors.join('\n')).toEqual([expect.stringMatching(/nothing is granted until the config is fixed.*purposes\[1\]\.id/s)]);
  expect(net.gtagLoads()).toHaveLength(loaded);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test("a config refused after the boot (the deferred check finds an unknown key): the page's cookie settings link is a plain link again", async ({
  browser,
}) => {
  const { ctx, net, p } = await firstVisitAgreed(browser, withSettingsLink(page('Shop')));
  // the same purposes, so the stored answers cover them and no banner is due; the check refuses the config
  const broken = { ...config, colour: 'blue' };
  await ctx.route(`${demo.url}/shop.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: withSettingsLink(page('Shop').replace(JSON.stringify(config), JSON.stringify(broken))),
    }),
  );
  const errors: string[] = [];
  p.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
  await p.reload();
  await expect.poll(() => p.evaluate(() => !!window.consentry!.error)).toBe(true);
  expect(await p.evaluate(() => window.consentry!.isGranted('analytics'))).toBe(false);
  // nothing of the widget will ever load here: the link is left to the page
  await p.locator('footer [data-consentry-open]').click();
  await expect.poll(() => p.url()).toContain('#cookie-settings');
  expect(errors, errors.join('\n')).toEqual([expect.stringMatching(/nothing is granted until the config is fixed.*colour/s)]);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});
