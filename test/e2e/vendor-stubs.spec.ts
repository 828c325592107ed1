// Smoke test of test/e2e/support/vendor-stubs.ts in real Chromium: a static page runs each vendor's own
// snippet against the routed stubs. Every vendor script is requested once and counted, each stub replays the
// calls queued before it arrived (in order) and records them, sets its first-party cookies on the parent
// domain, and nothing leaves the machine.
import { test, expect } from '@playwright/test';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostResolverArgs } from './support/google';
import { chromiumPath } from '../support/chromium';
import { routeVendors, vendorsOfHost, VENDOR_HOSTS } from './support/vendor-stubs';
import { VENDOR_NAMES } from '../../src/integrations/names';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs } });

const dir = fileURLToPath(new URL('./fixtures/integrations/', import.meta.url));
let server: http.Server;
let port = 0;
test.beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const name = new URL(req.url!, 'http://x').pathname.slice(1);
    if (!/^[\w-]+\.html$/.test(name)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(dir, name)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  port = (server.address() as { port: number }).port;
});
test.afterAll(() => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))));

test('every vendor host maps to its vendor', () => {
  for (const v of VENDOR_NAMES) for (const h of VENDOR_HOSTS[v]) expect(vendorsOfHost(h.replace(/^\*\./, 'sub.')), h).toContain(v);
  expect(vendorsOfHost('connect.facebook.net.evil.example')).toEqual([]);
  expect(vendorsOfHost('elsewhere.example')).toEqual([]);
});

test('the stubs answer, count and record every vendor; nothing leaves the machine', async ({ page, context }) => {
  const log = await routeVendors(context);
  await page.goto(`http://www.consentry.test:${port}/stubs.html`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { loaded: string[] }).loaded.length)).toBe(8);
  await expect.poll(() => page.evaluate(() => (window as unknown as { blockedFetch?: boolean }).blockedFetch)).toBe(true);
  await expect.poll(() => log.calls('google-ads').length).toBe(4);

  for (const v of VENDOR_NAMES.filter((n) => n != 'youtube')) expect(log.scripts(v), v).toHaveLength(1);
  expect(log.count('youtube')).toBe(1);
  expect(log.blocked).toEqual(['https://elsewhere.example/x']);

  // calls queued before the script arrived are replayed in order, consent calls included
  await expect
    .poll(() => log.calls('meta-pixel'))
    .toEqual([
      ['consent', 'revoke'],
      ['consent', 'grant'],
      ['init', '1234567890123456'],
      ['track', 'PageView'],
    ]);
  expect(log.calls('tiktok-pixel')).toEqual([['holdConsent'], ['page'], ['grantConsent']]);
  expect(log.calls('microsoft-uet')).toEqual([
    ['new UET', '187000123'],
    ['consent', 'default', { ad_storage: 'denied' }],
    ['consent', 'update', { ad_storage: 'granted' }],
    ['pageLoad'],
  ]);
  expect(log.calls('hotjar')).toEqual([
    ['loaded', 1702278],
    ['event', 'early'],
  ]);
  expect(log.calls('naver-analytics')).toEqual([
    ['wcs_do', '75bf1248432b84'],
    ['inflow', 's_4711a698fadd', 'consentry.test'],
    ['wcs_do', 's_4711a698fadd'],
  ]);
  expect(log.calls('naver-ads')).toEqual(log.calls('naver-analytics'));
  expect(log.calls('kakao-pixel')).toEqual([['6453357753087996056', 'pageView']]);
  expect(log.calls('channel-talk')).toEqual([['boot', { pluginKey: '8f14e45f-ceea-4e67-a9a2-2b43e5c1a0f1' }]]);
  expect(log.calls('google-ads')).toEqual([
    ['consent', 'default', { ad_storage: 'denied' }],
    ['consent', 'update', { ad_storage: 'granted' }],
    ['js', '(date)'],
    ['config', 'AW-123456789'],
  ]);

  // hits after consent are counted with the script: Meta's tag + one PageView hit
  await expect.poll(() => log.count('meta-pixel')).toBe(2);
  await expect(page.locator('#ch-stub-launcher')).toHaveText('chat');
  const names = (await context.cookies())
    .filter((c) => c.domain == '.consentry.test')
    .map((c) => c.name)
    .sort();
  expect(names).toEqual([
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
});
