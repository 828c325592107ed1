// The gate on the demo marketing page, in real Chromium against the BUILT dist/consentry.js: Google Consent
// Mode in basic mode (G-CONSENTRY1), the blocked statistics tag and the blocked analytics iframe.
// Every request to a Google host is counted and answered by a local stub (support/google.ts); anything
// else that is not ours is aborted, and the host resolver maps only consentry.test names to 127.0.0.1.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { demoServer, type Demo } from './support/demo';
import { settle, watchRequests } from './support/settle';
import { guardNetwork, hostResolverArgs } from './support/google';
import { chromiumPath } from '../support/chromium';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs } });

let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer();
});
test.afterAll(async () => {
  await demo?.close();
});

/** The demo page on a real-looking host name (www.consentry.test → 127.0.0.1), so cookies get parent domains. */
const site = (path = '/', host = 'www.consentry.test') => `http://${host}:${demo.port}${path}`;

type Win = {
  consentry: import('../../src/core').Consent & {
    google: import('../../src/gate/google').GoogleController;
    open(): void;
  };
  dataLayer: unknown[];
  __gtagStub?: {
    loads: number;
    hits: { id: string; en: string; gcs?: string; blocked?: string }[];
    consent: Record<string, string>;
    ignored: number;
  };
  demoVisitCounter?: { views: number };
  [key: string]: unknown;
};

/** The data layer as the stub would read it: commands from arguments objects, events by name. */
const layer = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as Win).dataLayer || []).map((e) =>
      Object.prototype.toString.call(e) == '[object Arguments]'
        ? { cmd: Array.from(e as IArguments) }
        : { push: e as { [k: string]: unknown } },
    ),
  );

async function open(context: BrowserContext) {
  const net = await guardNetwork(context);
  watchRequests(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { net, page, errors };
}

const banner = (page: Page) => page.locator('[data-consentry-banner]');
const gaCookies = async (context: BrowserContext) =>
  (await context.cookies())
    .filter((c) => /^_ga|^_gid$|^_gat/.test(c.name))
    .map((c) => `${c.name}@${c.domain}${c.path}`)
    .sort();

test('basic mode: not one request to Google before consent, and the consent default is the first data-layer entry', async ({ context }) => {
  const { net, page, errors } = await open(context);
  await page.goto(site());
  await expect(banner(page)).toBeVisible();
  await settle(page);
  expect(net.google).toEqual([]);
  expect(net.blocked).toEqual([]);
  const dl = await layer(page);
  expect(dl).toHaveLength(1);
  expect(dl[0].cmd).toEqual([
    'consent',
    'default',
    {
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
      wait_for_update: 500,
    },
  ]);
  // the tagged statistics script and the analytics iframe stay blocked
  expect(await page.evaluate(() => (window as unknown as Win).demoVisitCounter)).toBeUndefined();
  await expect(page.locator('script[data-consent="analytics"][type="text/plain"]')).toHaveCount(1);
  await expect(page.locator('iframe[data-consent="analytics"]')).not.toHaveAttribute('src', /./);
  expect(await gaCookies(context)).toEqual([]);
  expect(errors).toEqual([]);
});

test('agreeing loads gtag.js exactly once, sets GA cookies on the parent domain, runs the blocked tag and frame', async ({ context }) => {
  const { net, page, errors } = await open(context);
  await page.goto(site());
  await banner(page).locator('[data-action="agree-all"]').click();
  await expect.poll(() => net.collects().length).toBe(1);
  expect(net.gtagLoads()).toEqual(['https://www.googletagmanager.com/gtag/js?id=G-CONSENTRY1']);
  const stub = (await page.evaluate(() => (window as unknown as Win).__gtagStub))!;
  expect(stub.loads).toBe(1);
  expect(stub.ignored).toBe(0);
  expect(stub.consent.analytics_storage).toBe('granted');
  // ad_storage follows the advertising purpose: G1<ad><analytics>
  expect(stub.hits).toEqual([{ id: 'G-CONSENTRY1', en: 'page_view', gcs: 'G111' }]);
  // order in the data layer: default → update (granted) → GTM event → js → config
  const dl = await layer(page);
  expect(dl.map((e) => (e.cmd ? (e.cmd[0] == 'js' ? 'js' : `${e.cmd[0]} ${e.cmd[1]}`) : e.push!.event))).toEqual([
    'consent default',
    'consent update',
    'consentry_update',
    'js',
    'config G-CONSENTRY1',
  ]);
  expect(dl[2].push).toMatchObject({ consentry: { analytics: 'granted', ads: 'granted', essential: 'granted' } });
  expect(await gaCookies(context)).toEqual(['_ga@.consentry.test/', '_ga_CONSENTRY1@.consentry.test/']);
  await expect.poll(() => page.evaluate(() => (window as unknown as Win).demoVisitCounter?.views)).toBe(1);
  await expect(page.locator('[data-visit-counter]')).toBeVisible();
  await expect(page.locator('iframe[data-consent="analytics"]')).toHaveAttribute('src', '/gated/stats.html');
  await expect(page.locator('.consentry-placeholder')).toHaveCount(0);
  // agreeing again does not load it twice
  await page.evaluate(() => window.consentry!.agreeAll());
  await settle(page);
  expect(net.gtagLoads()).toHaveLength(1);
  expect(net.blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test('withdrawing: update denied, opt-out flag, GA cookies gone on www. and parent-domain variants, no further hit', async ({
  context,
}) => {
  const { net, page } = await open(context);
  await page.goto(site());
  await banner(page).locator('[data-action="agree-all"]').click();
  await expect.poll(() => net.collects().length).toBe(1);
  // GA cookies as other setups leave them: host-only on www., domain cookies on www. and on the parent, and
  // one written by the page itself with `domain=consentry.test` (no dot)
  const url = site();
  await page.evaluate(() => (document.cookie = '_gid=GA1.1.2; path=/; domain=consentry.test'));
  await context.addCookies([
    { name: '_ga', value: 'GA1.1.host.only', url },
    { name: '_gat_gtag_G_CONSENTRY1', value: '1', domain: '.www.consentry.test', path: '/' },
    { name: '_ga_OLDPROP1', value: 'GS1.1', domain: '.consentry.test', path: '/' },
    { name: 'site_pref', value: 'dark', url },
  ]);
  expect((await gaCookies(context)).length).toBeGreaterThanOrEqual(5);
  const hitsBefore = net.collects().length;

  await page.evaluate(() => window.consentry!.withdraw('analytics'));
  expect(await page.evaluate(() => (window as unknown as Win)['ga-disable-G-CONSENTRY1'])).toBe(true);
  const last = (await layer(page)).filter((e) => e.cmd && e.cmd[0] == 'consent').pop()!;
  expect(last.cmd!.slice(0, 2)).toEqual(['consent', 'update']);
  expect(last.cmd![2]).toMatchObject({ analytics_storage: 'denied' });
  expect(await gaCookies(context)).toEqual([]);
  const left = (await context.cookies()).map((c) => c.name);
  expect(left).toContain('site_pref');
  expect(left).toContain('consentry');

  // the page (or GTM) keeps calling gtag: nothing is sent, nothing is set again
  await page
    .evaluate(() => {
      const w = window as unknown as Win & { gtag: (...a: unknown[]) => void };
      w.gtag('event', 'purchase', { value: 1 });
      return w.consentry.google.pageView('/after');
    })
    .then((sent) => expect(sent).toBe(false));
  await settle(page);
  const stub = (await page.evaluate(() => (window as unknown as Win).__gtagStub))!;
  expect(stub.hits.pop()).toEqual({ id: 'G-CONSENTRY1', en: 'purchase', blocked: 'ga-disable' });
  expect(net.collects()).toHaveLength(hitsBefore);
  expect(await gaCookies(context)).toEqual([]);

  // re-agreeing turns measurement back on without a reload, and without a second gtag.js
  await page.evaluate(() => window.consentry!.decide({ analytics: 'agree' }));
  expect(await page.evaluate(() => (window as unknown as Win)['ga-disable-G-CONSENTRY1'])).toBe(false);
  await expect.poll(() => net.collects().length).toBe(hitsBefore + 1);
  expect(net.gtagLoads()).toHaveLength(1);
  expect(await gaCookies(context)).toEqual(['_ga@.consentry.test/', '_ga_CONSENTRY1@.consentry.test/']);
  expect(net.blocked).toEqual([]);
});

test('withdrawal on a parent-domain page reaches cookies written from www.', async ({ context }) => {
  const { net, page } = await open(context);
  await page.goto(site('/', 'www.consentry.test'));
  await banner(page).locator('[data-action="agree-all"]').click();
  await expect.poll(() => net.collects().length).toBe(1);
  // the visitor later withdraws on consentry.test (no www.): the consent cookie is host-only, so agree there too
  watchRequests(context);
  const bare = await context.newPage();
  await bare.goto(site('/', 'consentry.test'));
  await bare.evaluate(() => window.consentry!.agreeAll());
  await expect.poll(() => net.collects().length).toBe(2);
  expect(await gaCookies(context)).toEqual(['_ga@.consentry.test/', '_ga_CONSENTRY1@.consentry.test/']);
  await bare.evaluate(() => window.consentry!.withdraw('analytics'));
  expect(await gaCookies(context)).toEqual([]);
});

test('a returning visitor who agreed gets GA at once and no banner', async ({ context }) => {
  const { net, page } = await open(context);
  await page.goto(site());
  await banner(page).locator('[data-action="agree-all"]').click();
  await expect.poll(() => net.collects().length).toBe(1);

  watchRequests(context);

  const again = await context.newPage();
  await again.goto(site());
  await again.evaluate(() => window.consentry!.ready);
  await expect.poll(() => net.collects().length).toBe(2);
  await expect(again.locator('[data-consentry-banner]')).toHaveCount(0);
  expect(net.gtagLoads()).toHaveLength(2); // one per page load
  const dl = await layer(again);
  // the stored choice goes out right after the default, before js/config
  expect(dl.slice(0, 2).map((e) => e.cmd!.slice(0, 2).join(' '))).toEqual(['consent default', 'consent update']);
  expect(dl[1].cmd![2]).toMatchObject({ analytics_storage: 'granted' });
  // (a new tab: its session count starts again)
  await expect.poll(() => again.evaluate(() => (window as unknown as Win).demoVisitCounter?.views)).toBe(1);
  await expect(again.locator('iframe[data-consent="analytics"]')).toHaveAttribute('src', '/gated/stats.html');
});

test('a returning visitor who disagreed gets no Google request at all', async ({ context }) => {
  const { net, page } = await open(context);
  await page.goto(site());
  await banner(page).locator('[data-action="disagree-all"]').click();
  await page.reload();
  await page.evaluate(() => window.consentry!.ready);
  await settle(page);
  expect(net.google).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as Win)['ga-disable-G-CONSENTRY1'])).toBe(true);
});

test('a tag inserted after load stays blocked until consent', async ({ context }) => {
  const { net, page } = await open(context);
  await page.goto(site());
  await settle(page);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.setAttribute('data-consent', 'analytics');
    s.text = 'window.lateTag = (window.lateTag || 0) + 1';
    document.body.appendChild(s);
    const img = document.createElement('img');
    img.setAttribute('data-consent', 'analytics');
    img.setAttribute('data-src', '/gated/stats.html?pixel');
    img.alt = '';
    document.body.appendChild(img);
  });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as Win).lateTag)).toBeUndefined();
  expect(await page.locator('img[data-consent]').getAttribute('src')).toBeNull();
  await page.evaluate(() => window.consentry!.decide({ analytics: 'agree' }));
  await expect.poll(() => page.evaluate(() => (window as unknown as Win).lateTag)).toBe(1);
  expect(await page.locator('img[data-consent]').getAttribute('src')).toBe('/gated/stats.html?pixel');
  expect(net.gtagLoads()).toHaveLength(1);
});

test('iframe placeholder: keyboard reaches Load once, the frame loads and takes focus; nothing is recorded, nothing moves', async ({
  context,
}) => {
  const { net, page } = await open(context);
  await page.addInitScript(() => {
    // layout shifts of anything in the page's main content (the placeholder swap happens there; the demo's
    // header may shift on its own when the language switch marks the current language)
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
    new PerformanceObserver((l) =>
      (l.getEntries() as Shift[]).forEach((e) => {
        if (e.sources.some((s) => s.node && (s.node as Element).closest && !(s.node as Element).closest('header'))) w.__shift += e.value;
      }),
    ).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site('/?lang=en'));
  const box = page.locator('.consentry-placeholder');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('role', 'group');
  await expect(box).toHaveAccessibleName('방문 통계 그래프 · Visit chart');
  await expect(box.locator('p')).toHaveText(
    `Content from www.consentry.test is blocked until you allow “Usage statistics (Google Analytics)”.`,
  );
  const frame = page.locator('iframe[data-consent="analytics"]');
  // page coordinates (focusing may scroll the viewport)
  const place = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  };
  const before = await box.evaluate(place);
  await expect(frame).toBeHidden();
  // keyboard only: Tab until the placeholder's first button has focus
  const once = box.getByRole('button', { name: 'Load once' });
  await expect(once).toHaveAccessibleDescription(/Usage statistics/);
  for (let i = 0; i < 40 && !(await once.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(once).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(frame).toBeVisible();
  await expect(frame).toHaveAttribute('src', '/gated/stats.html');
  await expect(frame).toBeFocused();
  await expect(box).toHaveCount(0);
  expect(await page.frameLocator('iframe[data-consent="analytics"]').locator('figcaption').textContent()).toContain('Visitors');
  // the frame sits exactly where the placeholder was
  const after = await frame.evaluate(place);
  expect(after).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
  expect(await page.evaluate(() => window.consentry!.isGranted('analytics'))).toBe(false);
  expect(net.google).toEqual([]);
});

test('iframe placeholder: Always allow (keyboard) agrees through the core, with method "placeholder"', async ({ context }) => {
  const { net, page } = await open(context);
  await page.goto(site('/?lang=ko'));
  await page.evaluate(() => {
    const w = window as unknown as Win & { __methods: string[] };
    w.__methods = [];
    w.consentry.on('decision', (d) => void w.__methods.push(`${d.method} ${d.changes.map((c) => `${c.id}=${c.to}`).join(',')}`));
  });
  const always = page.locator('.consentry-placeholder').getByRole('button', { name: '항상 허용' });
  await always.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('iframe[data-consent="analytics"]')).toHaveAttribute('src', '/gated/stats.html');
  await expect(page.locator('iframe[data-consent="analytics"]')).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { __methods: string[] }).__methods)).toEqual(['placeholder analytics=agree']);
  // it is the same consent as the banner's: the statistics tag and GA follow
  await expect.poll(() => net.collects().length).toBe(1);
  await expect.poll(() => page.evaluate(() => (window as unknown as Win).demoVisitCounter?.views)).toBe(1);
});

test('iframe placeholder: axe-core finds no violations (ko and en)', async ({ context }) => {
  await guardNetwork(context);
  watchRequests(context);
  const page = await context.newPage();
  for (const lang of ['ko', 'en']) {
    await page.goto(site(`/?lang=${lang}`));
    await expect(page.locator('.consentry-placeholder')).toBeVisible();
    await page.addScriptTag({ path: new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname });
    const violations = await page.evaluate(async () => {
      const w = window as unknown as {
        axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      };
      const r = await w.axe.run({ include: [['.consentry-placeholder']] }, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes)}`);
    });
    expect(violations).toEqual([]);
    await expect(page.locator('.consentry-placeholder')).toHaveAttribute('lang', lang);
  }
});

test('withdrawing in another tab stops measurement in this one too', async ({ context }) => {
  const { net, page } = await open(context);
  await page.goto(site());
  await banner(page).locator('[data-action="agree-all"]').click();
  await expect.poll(() => net.collects().length).toBe(1);
  watchRequests(context);
  const other = await context.newPage();
  await other.goto(site());
  await expect.poll(() => net.collects().length).toBe(2);
  await other.evaluate(() => window.consentry!.withdraw('analytics'));
  // the first tab hears it (BroadcastChannel) and locks GA there as well
  await expect.poll(() => page.evaluate(() => (window as unknown as Win)['ga-disable-G-CONSENTRY1'])).toBe(true);
  expect(await page.evaluate(() => window.consentry!.isGranted('analytics'))).toBe(false);
  await page.evaluate(() => (window as unknown as { gtag: (...a: unknown[]) => void }).gtag('event', 'scroll'));
  await settle(page);
  expect(net.collects()).toHaveLength(2);
  expect(await gaCookies(context)).toEqual([]);
});
