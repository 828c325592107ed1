// The integration layer in real Chromium, without the script tag (integrations-script-tag.spec.ts tests the
// built bundle): the core, the gate and every vendor integration bundled by esbuild from the sources,
// every vendor host answered by the stubs (support/vendor-stubs.ts). Zero vendor requests before consent; on agreement each tag once with its
// consent calls in order; on withdrawal the revoke calls and every vendor cookie gone, on the parent
// domain too; a returning visitor gets each tag once per page.
import { test, expect, type Page } from '@playwright/test';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { hostResolverArgs } from './support/google';
import { chromiumPath } from '../support/chromium';
import { routeVendors } from './support/vendor-stubs';
import { VENDOR_NAMES } from '../../src/integrations/names';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs } });

const dir = fileURLToPath(new URL('./fixtures/integrations/', import.meta.url));
let server: http.Server;
let port = 0;
test.beforeAll(async () => {
  const out = await build({
    entryPoints: [join(dir, 'layer-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2019',
    logLevel: 'silent',
  });
  const js = out.outputFiles[0].text;
  server = http.createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path == '/layer.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    if (path == '/layer.html')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(dir, 'layer.html')));
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  port = (server.address() as { port: number }).port;
});
test.afterAll(() => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))));

const SCRIPTED = VENDOR_NAMES.filter((v) => v != 'youtube');
const run = (page: Page, js: string) => page.evaluate(js);
/**
 * The vendors whose tag the layer requested, once its consent is fully loaded: a tag is requested as the
 * layer starts or on a change, and the writer's arrival (`ready`) is the last change a page load makes, so
 * no fixed wait is needed. Each test's later agreement is the control that shows the same check sees tags.
 */
const loadedOnceSettled = async (page: Page) => {
  await page.waitForFunction(() => 'integrations' in window);
  return run(page, 'consentry.ready.then(() => integrations.status().filter((s) => s.loaded).map((s) => s.vendor))');
};
const vendorCookies = async (page: Page) =>
  (await page.context().cookies())
    .map((c) => c.name)
    .filter((n) => /^(_fbp|_ttp|_uet|_gcl|_hj|wcs_bt|NA_|ch-)/.test(n))
    .sort();

test('nothing before consent; each tag once, consent calls in order; revoke and cookies gone on withdrawal; returning visitor', async ({
  page,
  context,
}) => {
  const log = await routeVendors(context);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = `http://www.consentry.test:${port}/layer.html?NaPm=ct%3Dx`;
  await page.goto(url);
  expect(await loadedOnceSettled(page)).toEqual([]);
  expect(log.requests).toEqual([]);
  // the gate's placeholder stands in for the video, naming the nocookie host
  await expect(page.locator('.consentry-placeholder p')).toHaveText(
    '‘Video and chat’에 동의하면 www.youtube-nocookie.com 콘텐츠를 볼 수 있습니다.',
  );
  await page.screenshot({ path: 'test-results/integrations-layer-before.png' });
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();
  expect(await page.locator('iframe').getAttribute('data-src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');

  await run(page, 'consentry.agreeAll()');
  await expect.poll(() => SCRIPTED.filter((v) => log.scripts(v).length == 1).length).toBe(SCRIPTED.length);
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
  const ads =
    (await expect.poll(() => log.calls('google-ads').map((c) => c.slice(0, 2).join(' '))).toContain('config AW-123456789'),
    log.calls('google-ads'));
  expect(ads.map((c) => c.slice(0, 2).join(' ')).slice(0, 3)).toEqual(['consent default', 'set url_passthrough', 'consent update']);
  await expect(page.locator('iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  await expect.poll(() => log.count('youtube')).toBe(1);
  await expect
    .poll(() => vendorCookies(page))
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
  await page.screenshot({ path: 'test-results/integrations-layer-agreed.png' });

  await run(page, 'consentry.withdraw()');
  await expect.poll(() => log.calls('meta-pixel').slice(4)).toEqual([['consent', 'revoke']]);
  await expect.poll(() => log.calls('tiktok-pixel').slice(3)).toEqual([['revokeConsent']]);
  await expect.poll(() => log.calls('microsoft-uet').slice(4)).toEqual([['consent', 'update', { ad_storage: 'denied' }]]);
  await expect.poll(() => log.calls('channel-talk').slice(1)).toEqual([['shutdown']]);
  await expect(page.locator('#ch-stub-launcher')).toHaveCount(0);
  expect(await vendorCookies(page)).toEqual([]);
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();
  // the vendors without a consent API ran and can only be stopped by a reload
  expect(await run(page, 'integrations.status().filter((s) => s.stale).map((s) => s.vendor)')).toEqual([
    'naver-analytics',
    'naver-ads',
    'kakao-pixel',
    'hotjar',
  ]);

  // a visitor who withdrew: nothing on the next page
  const before = log.requests.length;
  await page.goto(url);
  expect(await loadedOnceSettled(page)).toEqual([]);
  expect(log.requests.length).toBe(before);

  // a returning visitor who agreed: each tag once on the next page, with no decision to make
  await run(page, 'consentry.agreeAll()');
  await expect.poll(() => log.scripts('meta-pixel').length).toBe(2);
  await page.goto(url);
  await expect.poll(() => SCRIPTED.filter((v) => log.scripts(v).length == 3).length).toBe(SCRIPTED.length);
  expect(await loadedOnceSettled(page)).toHaveLength(SCRIPTED.length + 1);
  // a second request for a loaded tag would not show in `status()`: give one time to reach the log, whose
  // count of 3 above is the control that shows it sees these requests
  await page.waitForTimeout(300);
  expect(SCRIPTED.map((v) => log.scripts(v).length)).toEqual(SCRIPTED.map(() => 3));
  expect(log.blocked).toEqual([]);
  expect(errors).toEqual([]);
});
