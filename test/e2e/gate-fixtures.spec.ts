// The gate on fixture pages (test/e2e/fixtures/gate), in real Chromium against the BUILT bundles:
// advanced Consent Mode with GTM, a nonce-CSP cart page under /shop/cart/ (script order, nonce, path and
// per-purpose cookie cleanup), and an SPA on the npm entries (dist/index.js, gate.js, google.js).
// Google hosts are answered by the local stub and counted; nothing else leaves the machine.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guardNetwork, hostResolverArgs } from './support/google';
import { settle, watchRequests } from './support/settle';
import { chromiumPath } from '../support/chromium';
import { shopPages } from './fixtures/gate/pages';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs } });

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const mounts: [string, string][] = [
  ['/dist/', join(root, 'dist')],
  ['/node_modules/js-cookie/', join(root, 'node_modules/js-cookie')],
  ['/node_modules/idb-keyval/', join(root, 'node_modules/idb-keyval')],
  ['/', join(root, 'test/e2e/fixtures/gate')],
];
const CSP =
  "default-src 'self'; script-src 'nonce-gate123'; style-src 'self' 'nonce-gate123'; connect-src 'self' https://region1.google-analytics.com; img-src 'self'; frame-src 'self'";
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const types: { [ext: string]: string } = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Fixture pages (the shop's generated from one config: fixtures/gate/pages.ts), the built bundles, two npm packages, `/slow.js?ms=&name=` and `/pixel.gif`; the cart page gets a CSP. */
function serve(): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url!, 'http://x');
    if (url.pathname == '/slow.js') {
      const name = JSON.stringify(url.searchParams.get('name'));
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(`window.order.push(${name});`),
        Number(url.searchParams.get('ms')),
      );
      return;
    }
    if (url.pathname == '/pixel.gif') return void res.writeHead(200, { 'content-type': 'image/gif' }).end(GIF);
    const generated = shopPages[url.pathname];
    if (generated) {
      const headers: { [k: string]: string } = { 'content-type': types['.html'], 'cache-control': 'no-store' };
      if (url.pathname.startsWith('/shop/')) headers['content-security-policy'] = CSP;
      return void res.writeHead(200, headers).end(generated);
    }
    const [prefix, dir] = mounts.find(([p]) => url.pathname.startsWith(p))!;
    let file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep) && file != dir) return void res.writeHead(403).end();
    if (url.pathname.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      const headers: { [k: string]: string } = {
        'content-type': types[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (url.pathname.startsWith('/shop/')) headers['content-security-policy'] = CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({
        port: (server.address() as { port: number }).port,
        close: () => new Promise<void>((done) => (server.closeAllConnections(), server.close(() => done()))),
      }),
    ),
  );
}

let site: Awaited<ReturnType<typeof serve>>;
test.beforeAll(async () => {
  site = await serve();
});
test.afterAll(async () => {
  await site?.close();
});
const at = (path: string, host = 'www.consentry.test') => `http://${host}:${site.port}${path}`;

type Win = {
  consentry: import('../../src/core').Consent;
  dataLayer: unknown[];
  __gtagStub?: { loads: number; hits: { id: string; en: string; gcs?: string; blocked?: string }[]; commands: string[] };
  __gtmStub?: { loads: number; events: string[] };
  order: string[];
  [k: string]: unknown;
};
/** Runs `fn(window)` in the page. */
const win = <T>(page: Page, fn: (w: Win) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window)`);

async function open(context: BrowserContext) {
  const net = await guardNetwork(context);
  watchRequests(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const csp: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() == 'error' && /Content Security Policy/.test(m.text()) && csp.push(m.text()));
  page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
  return { net, page, errors, csp, warnings };
}

test.describe('advanced mode with a GTM container', () => {
  test('loads gtag.js and gtm.js at start, after the consent default, and pings without cookies until consent', async ({ context }) => {
    const { net, page, errors } = await open(context);
    await page.goto(at('/advanced.html'));
    await expect.poll(() => net.collects().length).toBe(2);
    expect(net.gtagLoads()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-ADV1']);
    expect(net.google.filter((u) => u.includes('/gtm.js'))).toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-TEST1']);
    // read the data-layer order as gtag.js does
    const stub = (await win(page, (w) => w.__gtagStub))!;
    expect(stub.commands).toEqual([
      'consent default',
      'set ads_data_redaction',
      'set url_passthrough',
      'js',
      'config G-ADV1',
      'config G-ADV2',
    ]);
    const def = await page.evaluate(() => Array.from((window as unknown as Win).dataLayer[0] as IArguments));
    expect(def[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', wait_for_update: 800, region: ['KR', 'US-CA'] });
    expect(stub.hits.map((h) => `${h.id} ${h.gcs}`)).toEqual(['G-ADV1 G100', 'G-ADV2 G100']);
    expect((await context.cookies()).filter((c) => c.name.startsWith('_ga'))).toEqual([]);
    expect(await win(page, (w) => w['ga-disable-G-ADV1'])).toBeUndefined();

    await page.locator('[data-consentry-banner] [data-action="agree-all"]').click();
    await expect.poll(async () => (await win(page, (w) => w.__gtmStub!.events)).includes('consentry_update')).toBe(true);
    const after = (await win(page, (w) => w.__gtagStub))!;
    expect(after.commands.slice(6)).toEqual(['consent update']);
    // the next hit carries granted storage, and GA's cookies appear
    await page.evaluate(() => (window as unknown as { gtag: (...a: unknown[]) => void }).gtag('event', 'add_to_cart'));
    await expect.poll(() => net.collects().length).toBe(4);
    expect((await win(page, (w) => w.__gtagStub!.hits)).slice(-2).map((h) => h.gcs)).toEqual(['G111', 'G111']);
    expect(
      (await context.cookies())
        .map((c) => c.name)
        .filter((n) => n.startsWith('_ga'))
        .sort(),
    ).toEqual(['_ga', '_ga_ADV1', '_ga_ADV2']);
    expect(net.gtagLoads()).toHaveLength(1);
    expect(net.blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('withdrawal in advanced mode stops every hit with the opt-out flag', async ({ context }) => {
    const { net, page } = await open(context);
    await page.goto(at('/advanced.html'));
    await page.locator('[data-consentry-banner] [data-action="agree-all"]').click();
    await expect.poll(() => win(page, (w) => w.__gtagStub?.commands.includes('consent update'))).toBe(true);
    await page.evaluate(() => window.consentry!.withdraw('stats'));
    expect(await win(page, (w) => [w['ga-disable-G-ADV1'], w['ga-disable-G-ADV2']])).toEqual([true, true]);
    const n = net.collects().length;
    await page.evaluate(() => (window as unknown as { gtag: (...a: unknown[]) => void }).gtag('event', 'purchase'));
    await settle(page);
    expect(net.collects()).toHaveLength(n);
    expect((await context.cookies()).filter((c) => c.name.startsWith('_ga'))).toEqual([]);
  });
});

test.describe('a cart page under a nonce CSP', () => {
  test('activates in document order, one external script at a time, keeping nonces; no nonce, no run', async ({ context }) => {
    const { page, errors, csp, warnings } = await open(context);
    await page.goto(at('/shop/cart/'));
    await expect(page.locator('#stats-off')).toBeVisible();
    await expect(page.locator('#ads-on')).toBeHidden();
    expect(await win(page, (w) => w.order)).toEqual([]);
    await page.evaluate(() => window.consentry!.decide({ stats: 'agree' }));
    await expect.poll(() => win(page, (w) => w.order)).toEqual(['a', 'b', 'c', 'd-module', 'late-async']);
    // re-created scripts: the nonce went along (inline ones could not run otherwise), other attributes too
    expect(await page.locator('script[src^="/slow.js?ms=0"]').getAttribute('crossorigin')).toBe('anonymous');
    expect(await page.locator('script[src*="late-async"]').evaluate((s) => (s as HTMLScriptElement).async)).toBe(true);
    expect(await page.locator('script[type="module"]').count()).toBe(1);
    expect(await win(page, (w) => [w.noNonce, w.jsUrl])).toEqual([undefined, undefined]);
    // the gate refuses the script without the page's nonce itself, so the CSP never has to
    expect(csp).toEqual([]);
    // (console messages reach the test after the page ran them: wait for it)
    await expect.poll(() => warnings.join('\n')).toContain("does not carry the page's nonce");
    await expect(page.locator('#stats-off')).toBeHidden();
    await expect(page.locator('#ads-on')).toBeHidden();
    await expect(page.locator('#pixel')).not.toHaveAttribute('src', /./);
    await page.evaluate(() => window.consentry!.decide({ ads: 'agree' }));
    await expect(page.locator('#ads-on')).toBeVisible();
    await expect(page.locator('#pixel')).toHaveAttribute('src', '/pixel.gif');
    // the image loads after its src is set: wait for it
    await expect
      .poll(() => page.locator('#pixel').evaluate((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth))
      .toBe(1);
    expect(errors).toEqual([]);
  });

  test('withdrawal deletes cookies on every path prefix and domain variant, plus the purpose cleanup rules', async ({ context }) => {
    const { page } = await open(context);
    await page.goto(at('/shop/cart/'));
    await page.evaluate(() => window.consentry!.decide({ stats: 'agree', ads: 'agree' }));
    const www = at('/');
    const cookies = [];
    for (const path of ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']) {
      cookies.push({ name: '_ga', value: 'host ' + path, domain: 'www.consentry.test', path });
      cookies.push({ name: '_ga_OLD1', value: 'parent ' + path, domain: '.consentry.test', path });
    }
    cookies.push(
      { name: '_gcl_au', value: '1', domain: '.consentry.test', path: '/' },
      { name: '_fbp', value: '1', domain: '.www.consentry.test', path: '/shop' },
      { name: 'ad_seen', value: '1', domain: '.consentry.test', path: '/promo' },
      { name: 'ad_campaign', value: '1', domain: 'www.consentry.test', path: '/shop/cart' },
      { name: 'cart', value: '3 items', domain: 'www.consentry.test', path: '/shop' },
    );
    await context.addCookies(cookies);
    expect(await context.cookies(www)).not.toHaveLength(0);
    await page.evaluate(() => window.consentry!.withdraw(['stats', 'ads']));
    const left = (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();
    expect(left).toEqual(['cart@www.consentry.test/shop', expect.stringMatching(/^consentry@www\.consentry\.test\//)]);
  });

  test('the iframe waits behind its placeholder; Always allow decides through the core', async ({ context }) => {
    const { page, csp } = await open(context);
    await page.goto(at('/shop/cart/'));
    const box = page.locator('.consentry-placeholder');
    await expect(box).toBeVisible();
    await expect(box.locator('p')).toHaveText('Content from www.consentry.test is blocked until you allow “Videos”.');
    // the placeholder's own stylesheet carries the page nonce, so the CSP lets it apply
    expect(await box.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(241, 243, 245)');
    await box.getByRole('button', { name: 'Always allow' }).click();
    await expect(page.locator('#video')).toHaveAttribute('src', '/video.html');
    expect(await page.evaluate(() => window.consentry!.get('video')!.choice)).toBe('agree');
    await expect(page.frameLocator('#video').locator('#playing')).toBeVisible();
    expect(csp).toEqual([]);
  });
});

test.describe('an SPA on the npm entries', () => {
  test('page views follow the router only after consent; the built-in placeholder needs no extra file', async ({ context }) => {
    const { net, page, errors } = await open(context);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(at('/npm.html'));
    await page.waitForFunction(() => 'app' in window);
    await expect(page.locator('.consentry-placeholder')).toBeVisible();
    expect(requests.filter((p) => p.includes('consentry-placeholder'))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { app: { navigate(p: string): boolean } }).app.navigate('/spa/step1'))).toBe(
      false,
    );
    await settle(page);
    expect(net.google).toEqual([]);

    await page.evaluate(() => (window as unknown as { app: { consent: Win['consentry'] } }).app.consent.decide({ stats: 'agree' }));
    await expect.poll(() => net.gtagLoads().length).toBe(1);
    // config with send_page_view: false sends nothing by itself
    await settle(page);
    expect(net.collects()).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { app: { navigate(p: string): boolean } }).app.navigate('/spa/step2'))).toBe(
      true,
    );
    await expect.poll(() => net.collects().length).toBe(1);
    expect(decodeURIComponent(net.collects()[0])).toContain(`dl=${at('/spa/step2')}`);

    await page.evaluate(() => (window as unknown as { app: { consent: Win['consentry'] } }).app.consent.withdraw('stats'));
    expect(await page.evaluate(() => (window as unknown as { app: { navigate(p: string): boolean } }).app.navigate('/spa/step3'))).toBe(
      false,
    );
    await settle(page);
    expect(net.collects()).toHaveLength(1);
    expect(net.blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
