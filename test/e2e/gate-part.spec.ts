// The gate's split on the demo page, in real Chromium against the BUILT bundles: dist/consentry.js pushes
// the Consent Mode default (and a returning visitor's stored choice) synchronously; everything else is the
// on-demand part dist/consentry-gate.js. Each test holds that part back (or makes it fail) to prove the
// order: nothing tagged runs and gtag.js is not requested before it arrives, and what the visitor did
// meanwhile takes effect when it does. Google hosts are answered by the local stub and counted.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { demoServer, type Demo } from './support/demo';
import { settle, watchRequests } from './support/settle';
import { guardNetwork, hostResolverArgs } from './support/google';
import { holdBack } from './support/hold';
import { chromiumPath } from '../support/chromium';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs } });

let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer();
});
test.afterAll(async () => {
  await demo?.close();
});

const site = (path = '/') => `http://www.consentry.test:${demo.port}${path}`;

type Win = {
  consentry: import('../../src/core').Consent & {
    google?: import('../../src/gate/google').GoogleController;
    gate?: { refresh(): void };
    whenGate(): Promise<unknown>;
  };
  dataLayer: unknown[];
  demoVisitCounter?: { views: number };
  [key: string]: unknown;
};

/** The data layer in order: `consent default`, `config G-…`, `js`, or a plain push's event name. */
const layer = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as Win).dataLayer || []).map((e) => {
      if (Object.prototype.toString.call(e) != '[object Arguments]') return String((e as { event: string }).event);
      const a = Array.from(e as IArguments);
      return a[0] == 'js' ? 'js' : a.slice(0, 2).join(' ');
    }),
  );

const holdPart = (page: Page) => holdBack(page, '**/dist/consentry-gate.js');

async function open(context: BrowserContext) {
  const net = await guardNetwork(context);
  watchRequests(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() == 'error' && consoleErrors.push(m.text()));
  return { net, page, errors, consoleErrors };
}

const banner = (page: Page) => page.locator('[data-consentry-banner]');
const blockedTag = (page: Page) => page.locator('script[data-consent="analytics"][type="text/plain"]');
const gaCookies = async (context: BrowserContext) =>
  (await context.cookies())
    .filter((c) => /^_ga/.test(c.name))
    .map((c) => c.name)
    .sort();

/** A first visit that agrees to everything (gtag.js loads, the stub sets _ga / _ga_CONSENTRY1). */
async function agreeOnce(context: BrowserContext, net: Awaited<ReturnType<typeof guardNetwork>>) {
  watchRequests(context);
  const first = await context.newPage();
  await first.goto(site());
  await banner(first).locator('[data-action="agree-all"]').click();
  await expect.poll(() => net.collects().length).toBe(1);
  await first.close();
}

test('the consent default is the first data-layer entry although the gate part arrives later', async ({ context }) => {
  const { net, page, errors } = await open(context);
  const part = await holdPart(page);
  // (an async script inserted before `load` holds the load event back: wait for the DOM only)
  await page.goto(site(), { waitUntil: 'domcontentloaded' });
  await expect(banner(page)).toBeVisible();
  // the first paint asked for the part at once (not at idle), and pushed the default without waiting for it
  await expect.poll(() => part.requested).toBe(1);
  expect(await layer(page)).toEqual(['consent default']);
  expect(await page.evaluate(() => Array.from((window as unknown as Win).dataLayer[0] as IArguments)[2])).toMatchObject({
    analytics_storage: 'denied',
    ad_storage: 'denied',
    security_storage: 'granted',
    wait_for_update: 500,
  });
  expect(await page.evaluate(() => (window as unknown as Win)['ga-disable-G-CONSENTRY1'])).toBe(true);
  expect(await page.evaluate(() => typeof window.consentry!.google)).toBe('undefined');
  await expect(blockedTag(page)).toHaveCount(1);
  await expect(page.locator('.consentry-placeholder')).toHaveCount(0);

  part.release();
  await page.evaluate(() => window.consentry!.whenGate!());
  expect(await page.evaluate(() => typeof window.consentry!.google!.pageView)).toBe('function');
  await expect(page.locator('.consentry-placeholder')).toBeVisible();
  await settle(page);
  expect(await layer(page)).toEqual(['consent default']);
  await expect(blockedTag(page)).toHaveCount(1);
  expect(net.google).toEqual([]);
  expect(errors).toEqual([]);
});

test('a first visit fetches the banner before the gate part, and the part before any click can need it', async ({ context }) => {
  const { page, errors } = await open(context);
  const part = await holdPart(page);
  const bannerPart = await holdBack(page, '**/dist/consentry-banner.js');
  await page.goto(site(), { waitUntil: 'domcontentloaded' });
  await expect.poll(() => bannerPart.requested).toBe(1);
  // nothing is released before a decision, so the gate part waits for the banner's bytes
  await page.waitForTimeout(300);
  expect(part.requested).toBe(0);
  expect(await layer(page)).toEqual(['consent default']);
  bannerPart.release();
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => part.requested).toBe(1);
  part.release();
  await page.evaluate(() => window.consentry!.whenGate!());
  expect(errors).toEqual([]);
});

test('the gate part waits until the banner is on the page, not only until its code is here', async ({ context }) => {
  const { page, errors } = await open(context);
  const part = await holdPart(page);
  // the banner's code arrives, its texts are held: the banner cannot show yet
  const texts = await holdBack(page, '**/dist/consentry-locale-*.js');
  await page.goto(site(), { waitUntil: 'domcontentloaded' });
  await expect.poll(() => texts.requested).toBe(1);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName(new URL('/dist/consentry-banner.js', location.href).href).length))
    .toBe(1);
  // (the release below is the control: the same count sees the part once the banner shows)
  await page.waitForTimeout(300);
  expect(part.requested).toBe(0);
  await expect(banner(page)).toHaveCount(0);
  texts.release();
  await expect(banner(page)).toBeVisible();
  await expect.poll(() => part.requested).toBe(1);
  part.release();
  await page.evaluate(() => window.consentry!.whenGate!());
  expect(errors).toEqual([]);
});

test('a returning visitor who agreed: the stored choice right after the default, gtag.js once after the part arrives', async ({
  context,
}) => {
  const net = await guardNetwork(context);
  await agreeOnce(context, net);
  watchRequests(context);
  const page = await context.newPage();
  const part = await holdPart(page);
  // (an async script inserted before `load` holds the load event back: wait for the DOM only)
  await page.goto(site(), { waitUntil: 'domcontentloaded' });
  await expect.poll(() => part.requested).toBe(1);
  expect(await layer(page)).toEqual(['consent default', 'consent update', 'consentry_update']);
  expect(await page.evaluate(() => Array.from((window as unknown as Win).dataLayer[1] as IArguments)[2])).toMatchObject({
    analytics_storage: 'granted',
  });
  await expect(banner(page)).toHaveCount(0);
  // not before the part: no gtag.js for this page, the tagged statistics script is still inert
  expect(net.gtagLoads()).toHaveLength(1);
  await expect(blockedTag(page)).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as Win).demoVisitCounter)).toBeUndefined();

  part.release();
  await expect.poll(() => net.collects().length).toBe(2);
  expect(net.gtagLoads()).toHaveLength(2);
  expect(await layer(page)).toEqual(['consent default', 'consent update', 'consentry_update', 'js', 'config G-CONSENTRY1']);
  await expect.poll(() => page.evaluate(() => (window as unknown as Win).demoVisitCounter?.views)).toBe(1);
  await expect(page.locator('iframe[data-consent="analytics"]')).toHaveAttribute('src', '/gated/stats.html');
  await settle(page);
  expect(net.gtagLoads()).toHaveLength(2);
  expect(net.blocked).toEqual([]);
});

test('a decision made before the part arrives is applied when it arrives', async ({ context }) => {
  const { net, page, errors } = await open(context);
  const part = await holdPart(page);
  // (an async script inserted before `load` holds the load event back: wait for the DOM only)
  await page.goto(site(), { waitUntil: 'domcontentloaded' });
  await banner(page).locator('[data-action="agree-all"]').click();
  await expect(banner(page)).toBeHidden();
  expect(await page.evaluate(() => window.consentry!.isGranted('analytics'))).toBe(true);
  // the boot alone must not reach Google; the same checks after `part.release()` below are the control
  // that shows a request would be seen in this window
  await page.waitForTimeout(200);
  expect(net.google).toEqual([]);
  await expect(blockedTag(page)).toHaveCount(1);
  expect(await layer(page)).toEqual(['consent default']);

  part.release();
  await expect.poll(() => net.collects().length).toBe(1);
  expect(net.gtagLoads()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-CONSENTRY1']);
  expect(await layer(page)).toEqual(['consent default', 'consent update', 'consentry_update', 'js', 'config G-CONSENTRY1']);
  const event = await page.evaluate(
    () => (window as unknown as Win).dataLayer[2] as { consentry: Record<string, string>; consentry_changed: string[] },
  );
  expect(event.consentry).toMatchObject({ analytics: 'granted', ads: 'granted' });
  expect(event.consentry_changed).toContain('analytics');
  await expect.poll(() => page.evaluate(() => (window as unknown as Win).demoVisitCounter?.views)).toBe(1);
  await expect(page.locator('iframe[data-consent="analytics"]')).toHaveAttribute('src', '/gated/stats.html');
  await expect(page.locator('.consentry-placeholder')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as Win)['ga-disable-G-CONSENTRY1'])).toBe(false);
  expect(errors).toEqual([]);
});

test('a withdrawal made before the part arrives still switches GA off and deletes its cookies when it arrives', async ({ context }) => {
  const net = await guardNetwork(context);
  await agreeOnce(context, net);
  expect(await gaCookies(context)).toEqual(['_ga', '_ga_CONSENTRY1']);
  watchRequests(context);
  const page = await context.newPage();
  const part = await holdPart(page);
  // (an async script inserted before `load` holds the load event back: wait for the DOM only)
  await page.goto(site(), { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.consentry!.withdraw('analytics'));
  expect(await gaCookies(context)).toEqual(['_ga', '_ga_CONSENTRY1']);

  part.release();
  await page.evaluate(() => window.consentry!.whenGate!());
  expect(await gaCookies(context)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as Win)['ga-disable-G-CONSENTRY1'])).toBe(true);
  expect(await layer(page)).toEqual(['consent default', 'consent update', 'consentry_update', 'consent update', 'consentry_update']);
  await settle(page);
  expect(net.gtagLoads()).toHaveLength(1); // the first visit's only
  await expect(blockedTag(page)).toHaveCount(1);
});

test('when the part cannot load, nothing is granted or loaded and the error is reported', async ({ context }) => {
  const { net, page, errors, consoleErrors } = await open(context);
  let asked = 0;
  await page.route('**/dist/consentry-gate.js', (route) => (asked++, route.fulfill({ status: 404, body: 'not found' })));
  await page.goto(site());
  await expect.poll(() => consoleErrors.filter((e) => e.includes('gate did not start')).length).toBe(1);
  await banner(page).locator('[data-action="agree-all"]').click();
  // the decision tried the part again; it fails again, and still nothing runs
  await expect.poll(() => asked).toBe(2);
  await expect.poll(() => consoleErrors.filter((e) => e.includes('gate did not start')).length).toBe(2);
  expect(
    await page.evaluate(() =>
      window.consentry!.whenGate!().then(
        () => 'started',
        (e: Error) => e.message,
      ),
    ),
  ).toContain('part "gate" failed to load');
  await settle(page);
  expect(net.google).toEqual([]);
  expect(await layer(page)).toEqual(['consent default']);
  expect(await page.evaluate(() => (window as unknown as Win)['ga-disable-G-CONSENTRY1'])).toBe(true);
  await expect(blockedTag(page)).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as Win).demoVisitCounter)).toBeUndefined();
  await expect(page.locator('iframe[data-consent="analytics"]')).not.toHaveAttribute('src', /./);
  expect(errors).toEqual([]);
});
