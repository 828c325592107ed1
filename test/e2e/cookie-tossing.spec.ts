// Cookie tossing in real Chromium against the BUILT script tag: a sibling subdomain (evil.consentry.test)
// sets a consent cookie on the parent domain (`Domain=consentry.test`) after the visitor of
// www.consentry.test refused; the next page load on www must grant nothing, keep the visitor's subject id
// and leave the host cookie as it was. On http the cookie keeps its plain name; on https it is
// `__Host-consentry`, which the sibling cannot set at all. Host names are mapped to 127.0.0.1 by Chromium's
// host resolver (support/google.ts); nothing leaves the machine.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { encode } from '../../src/core/codec-encode';
import { keyOf, withKey } from '../../src/core/codec';
import { guardNetwork, hostResolverArgs } from './support/google';
import { settle, watchRequests } from './support/settle';
import { chromiumPath } from '../support/chromium';
import { startSite, type Site } from './support/site';

test.use({ launchOptions: { executablePath: chromiumPath(), args: hostResolverArgs }, ignoreHTTPSErrors: true });

const t = (ko: string, en: string) => ({ ko, en });
const config = {
  controller: { name: t('토싱 상점', 'Tossing Shop'), contact: 'privacy@toss.example' },
  policy: { version: '1', url: '/privacy' },
  locale: 'en',
  purposes: [
    {
      id: 'stats',
      necessity: 'optional',
      kind: 'analytics',
      title: t('통계', 'Statistics'),
      purpose: t('분석', 'Analysis'),
      items: [t('방문 기록', 'visit log')],
      retention: t('1년', '1 year'),
      refusal: t('불이익 없음', 'No disadvantage'),
    },
    {
      id: 'ads',
      necessity: 'optional',
      kind: 'advertising',
      title: t('광고', 'Ads'),
      purpose: t('맞춤 광고', 'Tailored ads'),
      items: [t('광고 식별자', 'ad id')],
      retention: t('1년', '1 year'),
      refusal: t('일반 광고', 'Generic ads'),
    },
  ],
  ui: { layout: 'banner' },
};
const shop = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shop</title>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script></head><body><h1>Shop</h1>
<script type="text/plain" data-consent="stats" data-src="/mark.js?name=tracker"></script>
<script type="text/plain" data-consent="ads" data-src="/mark.js?name=ads"></script></body></html>`;

/** A valid consent value granting everything, dated ten years ahead, under the attacker's subject id. */
const ATTACKER = 'a77acce5-0000-4000-8000-000000000bad';
const far = Math.floor((Date.now() + 3650 * 864e5) / 1000) * 1000;
const tossed = encode({
  subjectId: ATTACKER,
  policyVersion: '1',
  updatedAt: far,
  purposes: Object.fromEntries(['stats', 'ads'].map((id) => [id, { id, choice: 'agree', version: '1', source: 'user', decidedAt: far }])),
});
/** The sibling's page: tosses `name=value` onto the parent domain from JavaScript, as any page of it could. */
const evil = (name: string, secure: boolean) => `<!doctype html><title>evil</title><script>
document.cookie = ${JSON.stringify(name)} + '=' + encodeURIComponent(${JSON.stringify(tossed)}) + '; domain=consentry.test; path=/; max-age=31536000${secure ? '; secure' : ''}';
document.title = 'tossed';
</script>`;

async function visit(context: BrowserContext, url: string): Promise<Page> {
  watchRequests(context);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
const consent = (page: Page) =>
  page.evaluate(() => {
    const c = (window as any).consentry;
    return { stats: c.isGranted('stats'), ads: c.isGranted('ads'), pending: c.pending(), subject: c.snapshot().subjectId };
  });
const ran = (page: Page) => page.evaluate(() => (window as any).ran || []);
const jar = async (context: BrowserContext, name: string) =>
  (await context.cookies())
    .filter((c) => c.name == name)
    .map((c) => `${c.domain}${c.path}=${decodeURIComponent(c.value)}`)
    .sort();

for (const scheme of ['http', 'https'] as const) {
  test.describe(`${scheme}: a sibling subdomain tosses a consent cookie`, () => {
    let site: Site;
    test.beforeAll(async () => {
      site = await startSite({ https: scheme == 'https' });
      site.page('/', shop);
      site.page('/toss.html', evil('consentry', scheme == 'https'));
      site.page('/toss-host.html', evil('__Host-consentry', true));
    });
    test.afterAll(async () => {
      await site?.close();
    });
    const name = scheme == 'https' ? '__Host-consentry' : 'consentry';

    test("after a refusal: grants nothing, keeps the visitor's subject id, leaves the host cookie as it was", async ({ context }) => {
      const net = await guardNetwork(context);
      const page = await visit(context, site.at('/'));
      await page.locator('[data-consentry-banner] [data-action="disagree-all"]').click();
      await expect.poll(() => jar(context, name)).toHaveLength(1);
      const own = await jar(context, name);
      // (its first field carries the config key the production tag stamps)
      expect(own[0]).toMatch(/^www\.consentry\.test\/=c1\.[0-9a-z]+\|/);
      const { subject } = await consent(page);
      expect(subject).toMatch(/^[0-9a-f-]{36}$/);

      const sibling = await visit(context, site.at('/toss.html', 'evil.consentry.test'));
      await expect(sibling).toHaveTitle('tossed');
      // the sibling really did set a parent-domain copy (on https, under the plain name only)
      expect(await jar(context, 'consentry')).toContain(`.consentry.test/=${tossed}`);
      if (scheme == 'https') {
        // …and cannot set a __Host- one with a Domain at all
        await visit(context, site.at('/toss-host.html', 'evil.consentry.test'));
        expect(await jar(context, '__Host-consentry')).toEqual(own);
      }

      const again = await visit(context, site.at('/'));
      await again.evaluate(() => (window as any).consentry.whenGate());
      expect(await consent(again)).toEqual({ stats: false, ads: false, pending: [], subject });
      await expect(again.locator('[data-consentry-banner]')).toHaveCount(0);
      await settle(again);
      expect(await ran(again)).toEqual([]);
      expect(site.requests.filter((r) => r.startsWith('/mark.js'))).toEqual([]);
      expect((await jar(context, name)).filter((c) => c.startsWith('www.'))).toEqual(own);
      expect(net.blocked).toEqual([]);
    });

    test('before any answer: the tossed grant counts for nothing and the banner asks', async ({ context }) => {
      await guardNetwork(context);
      await (await visit(context, site.at('/toss.html', 'evil.consentry.test'))).waitForLoadState();
      const page = await visit(context, site.at('/'));
      expect(await consent(page)).toEqual({ stats: false, ads: false, pending: ['stats', 'ads'], subject: undefined });
      await expect(page.locator('[data-consentry-banner]')).toBeVisible();
      await page.locator('[data-consentry-banner] [data-action="agree-all"]').click();
      const { subject } = await consent(page);
      expect(subject).not.toBe(ATTACKER);
      await expect.poll(() => ran(page)).toEqual(['tracker', 'ads']);
    });
  });
}

test('https: a plain cookie written before the prefix is taken over as __Host-consentry', async ({ context }) => {
  const site = await startSite({ https: true });
  site.page('/', shop);
  try {
    await guardNetwork(context);
    // a returning visitor's cookie from before: host-only, plain name
    const before = encode({
      subjectId: '0123abcd-0000-4000-8000-00000000beef',
      policyVersion: '1',
      updatedAt: Math.floor(Date.now() / 1000) * 1000 - 864e5,
      purposes: {
        stats: { id: 'stats', choice: 'agree', version: '1', source: 'user', decidedAt: Math.floor(Date.now() / 1000) * 1000 - 864e5 },
      },
    });
    await context.addCookies([{ name: 'consentry', value: encodeURIComponent(before), url: site.at('/') }]);
    const page = await visit(context, site.at('/'));
    expect(await consent(page)).toMatchObject({ stats: true, subject: '0123abcd-0000-4000-8000-00000000beef' });
    // the same value, renewed under the page's config key
    const [taken] = await jar(context, '__Host-consentry');
    const key = keyOf(taken.slice('www.consentry.test/='.length));
    expect(key).not.toBe('');
    expect(taken).toBe(`www.consentry.test/=${withKey(before, key)}`);
    expect(await jar(context, 'consentry')).toEqual([]);
    const secure = (await context.cookies()).find((c) => c.name == '__Host-consentry')!;
    expect(secure).toMatchObject({ secure: true, path: '/', domain: 'www.consentry.test' });
  } finally {
    await site.close();
  }
});
