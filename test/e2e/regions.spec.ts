// Regional models on the BUILT script tag: data-region="KR" asks first; data-region="US-CA" (opt-out)
// runs the gated tag without a banner, the "Do not sell or share" link refuses it and removes its cookie,
// and a GPC signal refuses the ad purpose from the start. Nothing may leave the machine (guardNetwork).
import { test, expect, type BrowserContext } from '@playwright/test';
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
  policy: { version: '1', url: 'https://shop.test/privacy' },
  purposes: [
    {
      id: 'ads',
      necessity: 'optional',
      kind: 'advertising',
      title: 'Advertising',
      purpose: 'Ads',
      items: ['visits'],
      retention: '1 year',
      refusal: 'none',
      cookies: [{ name: '_ad', party: 'first', lifetime: '1 year' }],
    },
  ],
  regions: { KR: 'opt-in', EU: 'opt-in', 'US-CA': 'opt-out', default: 'opt-in' },
};
/** The shop page for `region`; `link`: the text of the page's opt-out link (empty: the widget words it), or none. */
const html = (
  region: string,
  cfg: object = config,
  link: string | false = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shop</title>
<script type="application/json" id="consentry-config">${JSON.stringify(cfg)}</script>
<script src="/dist/consentry.js" data-region="${region}"></script>
<script type="text/plain" data-consent="ads" data-src="/ad.js"></script>
</head><body><main><h1>Shop</h1>${link === false ? '' : `<footer><a href="/privacy" data-consentry-opt-out>${link}</a></footer>`}</main></body></html>`;

async function open(ctx: BrowserContext, region: string, body = html(region)) {
  const net = await guardNetwork(ctx);
  await ctx.route(`${demo.url}/shop.html`, (route) => route.fulfill({ contentType: 'text/html', body }));
  await ctx.route(`${demo.url}/ad.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "window.__adRan = true; document.cookie = '_ad=1; path=/';" }),
  );
  const p = await ctx.newPage();
  await p.goto(`${demo.url}/shop.html`);
  return { p, net };
}
/** Waits until the ad purpose is refused, and checks the refusal is the visitor's. */
const refusedByVisitor = async (p: import('@playwright/test').Page) => {
  await expect.poll(() => p.evaluate(() => window.consentry!.isGranted('ads'))).toBe(false);
  expect(await p.evaluate(() => window.consentry!.get('ads'))).toMatchObject({ choice: 'disagree', source: 'user' });
};
const ran = (p: import('@playwright/test').Page) => p.evaluate(() => !!(window as { __adRan?: boolean }).__adRan);
/**
 * Waits until the gate has started, then tells whether it kept the tag blocked: a granted tag is put in
 * its element's place as the gate starts, so no fixed wait is needed (each test's agreement, or the tag
 * that ran before the opt-out, is the control that shows the same check sees a released tag).
 */
const heldBack = async (p: import('@playwright/test').Page) => {
  await p.evaluate(() => window.consentry!.whenGate!());
  return (await p.locator('script[type="text/plain"][data-src="/ad.js"]').count()) == 1 && !(await ran(p));
};

test('KR: the banner asks first; the gated tag waits for the agreement', async ({ browser }) => {
  const ctx = await browser.newContext({ timezoneId: 'America/Los_Angeles' });
  const { p, net } = await open(ctx, 'KR');
  await expect(p.locator('[data-action="agree-all"]')).toBeVisible();
  expect(await p.evaluate(() => window.consentry!.region)).toEqual({ region: 'KR', model: 'opt-in', from: 'page' });
  expect(await heldBack(p)).toBe(true);
  await p.locator('[data-action="agree-all"]').click();
  await expect.poll(() => ran(p)).toBe(true);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test('US-CA: no banner, the tag runs; the opt-out link refuses it and its cookie is removed', async ({ browser }) => {
  const ctx = await browser.newContext();
  const { p, net } = await open(ctx, 'US-CA');
  await expect.poll(() => ran(p)).toBe(true);
  expect(await p.evaluate(() => window.consentry!.needsDecision())).toBe(false);
  expect(await p.evaluate(() => window.consentry!.get('ads'))).toMatchObject({ choice: 'agree', source: 'region-default' });
  await expect(p.locator('[data-consentry-banner]')).toHaveCount(0);
  // the widget gives the empty link the regulations' wording
  await expect(p.locator('[data-consentry-opt-out]')).toHaveText('Do Not Sell or Share My Personal Information');
  expect(await p.evaluate(() => document.cookie)).toContain('_ad=1');
  await p.locator('[data-consentry-opt-out]').click();
  await expect(p.locator('[data-consentry-opt-out-done]')).toBeVisible();
  await expect.poll(() => p.evaluate(() => window.consentry!.isGranted('ads'))).toBe(false);
  await expect.poll(() => p.evaluate(() => document.cookie)).not.toContain('_ad=');
  expect(await p.evaluate(() => window.consentry!.get('ads'))).toMatchObject({ choice: 'disagree', source: 'user' });
  // the refusal is stored: the next page view keeps the tag blocked
  await p.evaluate(() => delete (window as { __adRan?: boolean }).__adRan);
  await p.reload();
  expect(await heldBack(p)).toBe(true);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test('US-CA with GPC: the ad purpose is refused from the start and the tag never runs', async ({ browser }) => {
  const ctx = await browser.newContext();
  await ctx.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
  );
  const { p } = await open(ctx, 'US-CA');
  expect(await p.evaluate(() => window.consentry!.isGranted('ads'))).toBe(false);
  await expect.poll(() => p.evaluate(() => window.consentry!.get('ads')!.source)).toBe('gpc');
  await expect(p.locator('[data-consentry-banner]')).toHaveCount(0);
  expect(await heldBack(p)).toBe(true);
  await ctx.close();
});

test('US-CA: an agreement given before GPC gives way once the browser sends it; the dialog tells of the conflict and confirms over it', async ({
  browser,
}) => {
  const ctx = await browser.newContext();
  // the signal is switched on between page views, as a visitor turning it on in the browser's settings
  await ctx.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get: () => localStorage.getItem('gpc-on') == '1',
      configurable: true,
    }),
  );
  const { p, net } = await open(ctx, 'US-CA');
  await p.evaluate(() => window.consentry!.decide({ ads: 'agree' }, { method: 'preferences' }));
  await expect.poll(() => ran(p)).toBe(true);
  await p.evaluate(() => localStorage.setItem('gpc-on', '1'));
  await p.evaluate(() => delete (window as { __adRan?: boolean }).__adRan);
  await p.reload();
  // refused from the first synchronous read: the tag never runs, and the refusal is recorded as GPC's
  expect(await p.evaluate(() => window.consentry!.isGranted('ads'))).toBe(false);
  await expect.poll(() => p.evaluate(() => window.consentry!.get('ads')!.source)).toBe('gpc');
  await expect.poll(() => p.evaluate(() => document.cookie)).not.toContain('_ad=');
  expect(await heldBack(p)).toBe(true);
  // an agreement through the API alone is not a confirmation: set aside again on the next page view
  await p.evaluate(() => window.consentry!.decide({ ads: 'agree' }));
  expect(await p.evaluate(() => window.consentry!.get('ads')!.overGpc)).toBeUndefined();
  await p.reload();
  expect(await p.evaluate(() => window.consentry!.isGranted('ads'))).toBe(false);
  // the dialog says the browser sends GPC and what agreeing here means; agreeing there is kept
  await p.evaluate(() => window.consentry!.open());
  const dialog = p.locator('[role="dialog"]');
  await expect(dialog.locator('[data-consentry-gpc]')).toContainText('Global Privacy Control');
  await dialog.locator('input[name="cs-ads"][value="agree"]').check();
  await dialog.locator('[data-action="save"]').click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => ran(p)).toBe(true);
  await p.evaluate(() => delete (window as { __adRan?: boolean }).__adRan);
  await p.reload();
  await expect.poll(() => ran(p)).toBe(true);
  expect(await p.evaluate(() => window.consentry!.get('ads'))).toMatchObject({ choice: 'agree', source: 'user', overGpc: true });
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test('US-CA with ui.optOutLink and no link on the page: the widget shows its own, by keyboard too; the dialog keeps its own footer', async ({
  browser,
}) => {
  const ctx = await browser.newContext();
  const { p, net } = await open(ctx, 'US-CA', html('US-CA', { ...config, ui: { optOutLink: true } }, false));
  await expect.poll(() => ran(p)).toBe(true);
  const link = p.locator('.cs-opt-out-bar [data-consentry-opt-out]');
  await expect(link).toHaveText('Do Not Sell or Share My Personal Information');
  await expect(link).toBeInViewport();
  // the bar is fixed to the corner; the preferences dialog's button row stays in the dialog's flow
  await p.evaluate(() => window.consentry!.open());
  const foot = p.locator('[role="dialog"] .cs-foot');
  await expect(foot).toBeVisible();
  expect(await foot.evaluate((e) => getComputedStyle(e).position)).not.toBe('fixed');
  await p.keyboard.press('Escape');
  await expect(p.locator('[role="dialog"]')).toHaveCount(0);
  await link.focus();
  await p.keyboard.press('Enter');
  await refusedByVisitor(p);
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test("KR, a returning visitor who agreed: the page's opt-out link, clicked before any widget code is there, refuses the ad purpose", async ({
  browser,
}) => {
  const ctx = await browser.newContext();
  const body = html('KR', config, 'Do not sell');
  const { p, net } = await open(ctx, 'KR', body);
  await p.locator('[data-action="agree-all"]').click();
  await expect.poll(() => ran(p)).toBe(true);
  const files: string[] = [];
  p.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/dist/')) files.push(path.slice('/dist/'.length));
  });
  await p.reload();
  await expect.poll(() => ran(p)).toBe(true);
  await p.waitForLoadState('load');
  // only the boot's own listener can answer: no widget code on this page yet
  expect(files).not.toContain('consentry-banner.js');
  await p.locator('[data-consentry-opt-out]').click();
  await expect(p.locator('[data-consentry-opt-out-done]')).toBeVisible();
  expect(files).toContain('consentry-banner.js');
  await refusedByVisitor(p);
  // the link's default was prevented: the page is still the shop
  expect(new URL(p.url()).pathname).toBe('/shop.html');
  expect(net.blocked).toEqual([]);
  await ctx.close();
});

test("US-CA: the opt-out link clicked while the widget's code is still loading is not followed, and refuses once it is there", async ({
  browser,
}) => {
  const ctx = await browser.newContext();
  const body = html('US-CA', config, 'Do not sell');
  const net = await guardNetwork(ctx);
  await ctx.route(`${demo.url}/shop.html`, (route) => route.fulfill({ contentType: 'text/html', body }));
  await ctx.route(`${demo.url}/ad.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.__adRan = true;' }));
  // the banner part, which the page asks for to word its links, is held back until after the click
  const banner = await holdBack(ctx, '**/dist/consentry-banner.js');
  const p = await ctx.newPage();
  // (the held part holds back the load event)
  await p.goto(`${demo.url}/shop.html`, { waitUntil: 'domcontentloaded' });
  await expect.poll(() => ran(p)).toBe(true);
  await banner.asked;
  await p.locator('[data-consentry-opt-out]').click();
  // not followed while the code loads
  await p.waitForTimeout(300);
  expect(new URL(p.url()).pathname).toBe('/shop.html');
  banner.release();
  await expect(p.locator('[data-consentry-opt-out-done]')).toBeVisible();
  await refusedByVisitor(p);
  expect(new URL(p.url()).pathname).toBe('/shop.html');
  // once the widget is there, its own listener answers the link (one confirmation, the link still not followed)
  await p.locator('[data-consentry-opt-out-done] [data-action="close"]').click();
  await p.locator('footer [data-consentry-opt-out]').click();
  await expect(p.locator('[data-consentry-opt-out-done]')).toHaveCount(1);
  expect(new URL(p.url()).pathname).toBe('/shop.html');
  expect(net.blocked).toEqual([]);
  await ctx.close();
});
