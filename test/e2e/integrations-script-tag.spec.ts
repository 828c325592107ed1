// The vendor integrations on the BUILT script tag (dist/consentry.js, which loads
// dist/consentry-integrations.js on demand), all ten vendors configured, every vendor host answered and
// counted by the stubs (support/vendor-stubs.ts). First visitor: zero vendor requests before consent; Agree
// to all in the banner: each tag once with its consent calls in order, and the receipt names the vendors.
// Withdrawal: revoke calls, cookies gone. Returning visitor: tags once, no banner part. Another tab's
// decision reaches this one. The widget and the cookie table show the vendors' disclosures.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { hostResolverArgs } from './support/google';
import { chromiumPath } from '../support/chromium';
import { routeVendors, type VendorLog } from './support/vendor-stubs';
import { VENDOR_NAMES } from '../../src/integrations/names';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs } });

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/integrations/script-tag.json', import.meta.url));
const html = (config: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script type="application/json" id="consentry-config">${config}</script>
<script src="/dist/consentry.js" nonce="n0nce"></script>
</head><body><h1>Shop</h1>${body}</body></html>`;
const PAGES: { [path: string]: string } = {
  '/shop.html': '<iframe data-youtube="https://youtu.be/dQw4w9WgXcQ" title="Product tour" width="320" height="180"></iframe>',
  '/plain.html': '<p>no video</p>',
  '/cookies.html': '<div data-consentry-cookie-table></div>',
};

let server: http.Server;
let port = 0;
test.beforeAll(async () => {
  const config = await readFile(fixture, 'utf8');
  server = http.createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (PAGES[path] != null) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(config, PAGES[path]));
    if (/^\/dist\/[\w.-]+\.js$/.test(path))
      return void readFile(root + path.slice(1)).then(
        (js) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(js),
        () => res.writeHead(404).end(),
      );
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  port = (server.address() as { port: number }).port;
});
test.afterAll(() => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))));

const SCRIPTED = VENDOR_NAMES.filter((v) => v != 'youtube');
const url = (path = '/shop.html') => `http://www.consentry.test:${port}${path}?NaPm=ct%3Dx`;
const vendorCookies = async (context: BrowserContext) =>
  (await context.cookies())
    .map((c) => c.name)
    .filter((n) => /^(_fbp|_ttp|_uet|_gcl|_hj|wcs_bt|NA_|ch-)/.test(n))
    .sort();
/** The consentry parts this page downloaded. */
const parts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith('/dist/'))
      .map((p) => p.slice(6))
      .sort(),
  );
const tagsOnce = (log: VendorLog, n: number) =>
  expect.poll(() => SCRIPTED.filter((v) => log.scripts(v).length == n).length).toBe(SCRIPTED.length);

test('first visit, agreement in the banner, receipt, withdrawal and the returning visitor', async ({ page, context }) => {
  const log = await routeVendors(context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
  await page.goto(url());
  await expect(page.locator('[data-consentry-banner]')).toBeVisible();
  await expect.poll(() => parts(page)).toContain('consentry-integrations.js');
  // the queues and consent defaults are there, nothing of a vendor is requested
  expect(
    await page.evaluate(() => [
      typeof (window as any).fbq,
      typeof (window as any).ttq,
      Array.isArray((window as any).uetq),
      typeof (window as any).ChannelIO,
    ]),
  ).toEqual(['function', 'object', true, 'function']);
  // the part has started and, with nothing granted, requested no tag (a tag is requested as it starts or
  // on a change; the agreement below is the control that shows the same status reports a loaded one)
  await page.waitForFunction(() => window.consentry?.integrations?.status().length == 10);
  expect(await page.evaluate(() => window.consentry!.integrations!.status().filter((s) => s.loaded))).toEqual([]);
  expect(log.requests).toEqual([]);
  // vendor code is not in the first paint
  const boot = await readFile(root + 'dist/consentry.js', 'utf8');
  for (const text of ['fbevents.js', 'bat.bing.com', 'wcslog.js', 'hotjar', 'channel.io']) expect(boot).not.toContain(text);
  // the video waits behind the gate's placeholder; the first layer names the ad vendors' recipients
  await expect(page.locator('.consentry-placeholder')).toBeVisible();
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();
  await expect(page.locator('[data-consentry-banner]')).toContainText('Meta Platforms, Inc.');
  await expect(page.locator('[data-consentry-banner]')).toContainText('Kakao Corp.');

  await page.locator('[data-action="agree-all"]').click();
  await tagsOnce(log, 1);
  expect(await page.evaluate(() => window.consentry!.integrations!.status().filter((s) => s.loaded).length)).toBeGreaterThanOrEqual(
    SCRIPTED.length,
  );
  await expect
    .poll(() => log.calls('meta-pixel'))
    .toEqual([
      ['consent', 'revoke'],
      ['consent', 'grant'],
      ['init', '1234567890123456'],
      ['track', 'PageView'],
    ]);
  await expect.poll(() => log.calls('tiktok-pixel')).toEqual([['holdConsent'], ['grantConsent'], ['page']]);
  await expect
    .poll(() => log.calls('microsoft-uet'))
    .toEqual([
      ['new UET', '187000123'],
      ['consent', 'default', { ad_storage: 'denied' }],
      ['consent', 'update', { ad_storage: 'granted' }],
      ['pageLoad'],
    ]);
  await expect
    .poll(() => log.calls('naver-ads'))
    .toEqual([
      ['wcs_do', '75bf1248432b84'],
      ['inflow', 's_4711a698fadd', 'consentry.test'],
      ['wcs_do', 's_4711a698fadd'],
    ]);
  await expect.poll(() => log.calls('kakao-pixel')).toEqual([['6453357753087996056', 'pageView']]);
  await expect.poll(() => log.calls('channel-talk')).toEqual([['boot', { pluginKey: '8f14e45f-ceea-4e67-a9a2-2b43e5c1a0f1' }]]);
  await expect.poll(() => log.calls('google-ads').map((c) => c.slice(0, 2).join(' '))).toContain('config AW-123456789');
  expect(
    log
      .calls('google-ads')
      .map((c) => c.slice(0, 2).join(' '))
      .slice(0, 3),
  ).toEqual(['consent default', 'set url_passthrough', 'consent update']);
  await expect(page.locator('iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  await expect.poll(() => log.count('youtube')).toBe(1);
  await expect
    .poll(() => vendorCookies(context))
    .toEqual([
      'NA_SA',
      '_fbp',
      '_gcl_au',
      '_hjSessionUser_1702278',
      '_hjSession_1702278',
      '_ttp',
      '_uetsid',
      '_uetvid',
      'ch-veil-id',
      'wcs_bt',
    ]);
  // every vendor script carries the page's nonce
  expect(await page.evaluate(() => [...document.scripts].filter((s) => /^https:/.test(s.src)).every((s) => s.nonce == 'n0nce'))).toBe(true);
  expect(await page.evaluate(() => window.consentry!.integrations!.ready('kakao-pixel').then(() => 'ready'))).toBe('ready');

  // the receipt of the decision names the vendors per purpose
  const receipts = () => page.evaluate(() => window.consentry!.receipts!.list());
  await expect.poll(async () => (await receipts()).length).toBe(1);
  const vendors = Object.fromEntries((await receipts())[0].purposes.map((p) => [p.id, p.vendors]));
  expect(vendors).toEqual({
    essential: undefined,
    stats: ['NAVER Analytics', 'Hotjar'],
    ads: ['NAVER Search Ads conversion tracking', 'Kakao Pixel', 'Meta Pixel', 'Microsoft Advertising UET', 'TikTok Pixel', 'Google Ads'],
    video: ['Channel Talk', 'YouTube'],
  });

  await page.evaluate(() => window.consentry!.withdraw());
  await expect.poll(() => log.calls('meta-pixel').slice(4)).toEqual([['consent', 'revoke']]);
  await expect.poll(() => log.calls('tiktok-pixel').slice(3)).toEqual([['revokeConsent']]);
  await expect.poll(() => log.calls('microsoft-uet').slice(4)).toEqual([['consent', 'update', { ad_storage: 'denied' }]]);
  await expect.poll(() => log.calls('channel-talk').slice(1)).toEqual([['shutdown']]);
  await expect.poll(() => vendorCookies(context)).toEqual([]);
  await expect.poll(() => page.locator('iframe').getAttribute('src')).toBeNull();
  await expect.poll(async () => (await receipts()).length).toBe(2);
  expect((await receipts())[1].purposes.find((p) => p.id == 'ads')).toMatchObject({
    state: 'withdrawn',
    vendors: expect.arrayContaining(['Meta Pixel']),
  });

  // a visitor who withdrew: nothing on the next page
  const before = log.requests.length;
  await page.goto(url());
  await page.waitForFunction(() => window.consentry?.integrations?.status().length == 10);
  await page.waitForTimeout(300);
  expect(log.requests.length).toBe(before);

  // a returning visitor who agreed: each tag once on the next page, no banner code
  await page.evaluate(() => window.consentry!.agreeAll());
  await tagsOnce(log, 2);
  await page.goto(url('/plain.html'));
  await tagsOnce(log, 3);
  await page.waitForTimeout(500);
  expect(SCRIPTED.map((v) => log.scripts(v).length)).toEqual(SCRIPTED.map(() => 3));
  await expect(page.locator('[data-consentry-banner]')).toHaveCount(0);
  const loaded = await parts(page);
  expect(loaded).toContain('consentry-integrations.js');
  for (const p of ['consentry-banner.js', 'consentry-preact.js', 'consentry-ui.js', 'consentry-writer.js']) expect(loaded).not.toContain(p);
  expect(log.blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test('another tab agrees and withdraws: this tab loads and stops the vendors', async ({ context }) => {
  const log = await routeVendors(context);
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(url('/plain.html'));
  await b.goto(url('/plain.html'));
  await b.waitForFunction(() => window.consentry?.integrations?.status().length == 10);
  await a.waitForFunction(() => window.consentry?.integrations?.status().length == 10);
  expect(log.requests).toEqual([]);
  await a.locator('[data-action="agree-all"]').click();
  // both tabs: each tag twice in all (once per tab)
  await tagsOnce(log, 2);
  await expect.poll(() => b.evaluate(() => window.consentry!.integrations!.status().every((s) => s.loaded))).toBe(true);
  await a.evaluate(() => window.consentry!.withdraw('ads'));
  await expect
    .poll(() =>
      b.evaluate(() =>
        window
          .consentry!.integrations!.status()
          .filter((s) => !s.granted)
          .map((s) => s.vendor),
      ),
    )
    .toEqual(['naver-ads', 'kakao-pixel', 'meta-pixel', 'microsoft-uet', 'tiktok-pixel', 'google-ads']);
  await expect.poll(() => log.calls('meta-pixel').filter((c) => c.join(' ') == 'consent revoke').length).toBe(4);
  await b.waitForTimeout(300);
  expect(SCRIPTED.map((v) => log.scripts(v).length)).toEqual(SCRIPTED.map(() => 2));
  expect(log.blocked).toEqual([]);
});

test('the preferences dialog and the cookie table show the vendors’ disclosures', async ({ page, context }) => {
  const log = await routeVendors(context);
  await page.goto(url('/cookies.html'));
  const table = page.locator('[data-consentry-cookie-table]');
  for (const name of ['_fbp', '_ttp', '_uetsid', 'wcs_bt', 'ch-veil-id']) await expect(table).toContainText(name);
  await page.evaluate(() => window.consentry!.open());
  const dialog = page.locator('[role="dialog"]');
  await expect(dialog).toContainText('Meta Platforms, Inc.');
  await expect(dialog).toContainText('TikTok Pte. Ltd.');
  await expect(dialog).toContainText('Hotjar Ltd');
  await expect(dialog).toContainText('Singapore');
  await page.screenshot({ path: 'test-results/integrations-script-tag-dialog.png', fullPage: true });
  expect(log.requests).toEqual([]);
});
