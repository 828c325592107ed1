// The cookie guide in real Chromium, on the BUILT bundles and demo pages: the on-demand part loads only
// where the guide is shown, it renders for the emulated browser, axe-core finds nothing, keys work.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoServer, type Demo } from './support/demo';
import { settle, watchRequests } from './support/settle';

const axePath = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const GUIDE_PART = '/dist/consentry-guide.js';

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  kakaoAndroid:
    'Mozilla/5.0 (Linux; Android 14; SM-S921N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36;KAKAOTALK 2410.4.3',
  samsung:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S928N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
};

let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer();
});
test.afterAll(async () => {
  await demo?.close();
});

/** Nothing may leave the machine: every request not to 127.0.0.1 is aborted and remembered. */
async function watch(target: Page | BrowserContext) {
  const requests: string[] = [];
  const blocked: string[] = [];
  await target.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') {
      requests.push(url.pathname);
      return route.continue();
    }
    blocked.push(url.href);
    return route.abort();
  });
  return { requests, blocked };
}

const guide = (page: Page) => page.locator('[data-consentry-guide] section.cg');

test('the privacy page renders the guide and the cookie table from the lazily loaded part', async ({ page }) => {
  const net = await watch(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${demo.url}/privacy/`);
  await expect(guide(page)).toBeVisible();
  expect(net.requests).toContain(GUIDE_PART);
  // headless Debian Chromium: Chrome on a computer, opened first
  const first = guide(page).locator('details').first();
  await expect(first).toHaveAttribute('data-guide', 'chrome-desktop');
  await expect(first).toHaveAttribute('open', '');
  await expect(guide(page).locator('details[open]')).toHaveCount(1);
  await expect(first.locator('[data-task] ol li').first()).toContainText('설정');
  // the site's own cookies, from the page's config
  const config = JSON.parse((await page.locator('#consentry-config').textContent())!);
  const names = config.purposes.flatMap((p: { cookies?: { name: string }[] }) => (p.cookies || []).map((c) => c.name));
  expect(names.length).toBeGreaterThan(0);
  // …plus consentry's own consent cookie, listed first
  names.unshift((config.cookie && config.cookie.name) || 'consentry');
  await expect(page.locator('[data-consentry-cookie-table] tbody tr')).toHaveCount(names.length);
  await expect(page.locator('[data-consentry-cookie-table] tbody tr').first()).toHaveAttribute('data-cookie', names[0]);
  for (const n of names) await expect(page.locator(`[data-consentry-cookie-table] tbody tr[data-cookie="${n}"]`)).toHaveCount(1);
  // help links are real https pages opening in a new tab
  const hrefs = await guide(page)
    .locator('a')
    .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const [href, target, rel] of hrefs) {
    expect(new URL(href!).protocol).toBe('https:');
    expect(target).toBe('_blank');
    expect(rel).toBe('noopener noreferrer');
  }
  expect(net.blocked).toEqual([]);
  expect(errors).toEqual([]);
});

test('the marketing page never loads the guide part, until the visitor opens it in the preferences dialog', async ({ page }) => {
  const net = await watch(page);
  watchRequests(page.context());
  await page.goto(`${demo.url}/`);
  await settle(page);
  expect(net.requests).toContain('/dist/consentry.js');
  expect(net.requests).not.toContain(GUIDE_PART);
  // the first-paint bundle carries no guide data
  const firstPaint = readFileSync(new URL('../../dist/consentry.js', import.meta.url), 'utf8');
  for (const marker of ['chrome://settings/cookies', '서드 파티 쿠키', 'support.mozilla.org']) expect(firstPaint).not.toContain(marker);

  // preferences dialog → "How to manage cookies in your browser" → the part loads and renders there
  await page.evaluate(() => window.consentry!.open());
  const toggle = page.locator('[data-consentry-guide-box] button');
  await expect(toggle).toBeVisible();
  expect(net.requests).not.toContain(GUIDE_PART);
  await toggle.click();
  const inDialog = page.locator('[data-consentry-guide-box] section.cg');
  await expect(inDialog).toBeVisible();
  expect(net.requests).toContain(GUIDE_PART);
  await expect(inDialog.locator('details[open]').first()).toHaveAttribute('data-guide', 'chrome-desktop');
  // the disclosure button names it, so the guide has no title of its own; its sections are h3
  await expect(inDialog.locator('h2')).toHaveCount(0);
  await expect(inDialog.locator('details[open] h3').first()).toBeVisible();
  expect(net.blocked).toEqual([]);
});

test('axe-core finds no violations in the guide and the table, closed or fully open', async ({ page }) => {
  await watch(page);
  for (const lang of ['ko', 'en']) {
    await page.goto(`${demo.url}/privacy/?lang=${lang}`);
    await expect(guide(page)).toBeVisible();
    await page.addScriptTag({ path: axePath });
    const run = () =>
      page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const r = await axe.run(
          { include: [['[data-consentry-guide]'], ['[data-consentry-cookie-table]']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
        );
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    // the closed state is a subset of the open one; checking it in one language is enough
    if (lang === 'ko') expect(await run(), lang).toEqual([]);
    await page.locator('[data-consentry-guide] details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await run(), `${lang}, all open`).toEqual([]);
  }
});

test('keyboard: Tab reaches each disclosure, Enter and Space toggle it', async ({ page }) => {
  await watch(page);
  await page.goto(`${demo.url}/privacy/?lang=en`);
  await expect(guide(page)).toBeVisible();
  const summaries = guide(page).locator('li > details > summary');
  const firstOther = summaries.nth(0);
  const details = guide(page).locator('li > details').nth(0);
  await firstOther.focus();
  await expect(firstOther).toBeFocused();
  await expect(details).not.toHaveAttribute('open', '');
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  await page.keyboard.press('Space');
  await expect(details).not.toHaveAttribute('open', '');
  // closed disclosures hide their links, so Tab goes straight to the next summary
  await page.keyboard.press('Tab');
  await expect(summaries.nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(guide(page).locator('li > details').nth(1)).toHaveAttribute('open', '');
  // an open one: Tab enters it and reaches its help link
  await page.keyboard.press('Tab');
  await expect(guide(page).locator('li > details').nth(1).locator('a')).toBeFocused();
  // the detected browser's disclosure closes and reopens from the keyboard too
  const mine = guide(page).locator(':scope > details').first();
  await mine.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(mine).not.toHaveAttribute('open', '');
  await page.keyboard.press('Enter');
  await expect(mine).toHaveAttribute('open', '');
});

for (const [name, ua, first, second, lang] of [
  ['Safari on iPhone', UA.iphone, 'safari-ios', undefined, 'en'],
  ['KakaoTalk on Android', UA.kakaoAndroid, 'inapp-kakaotalk', 'chrome-android', 'ko'],
  ['Samsung Internet', UA.samsung, 'samsung', undefined, 'ko'],
  ['Internet Explorer 11 UA', UA.ie11, 'ie', undefined, 'en'],
] as const) {
  test(`emulated ${name}: its guide comes first and open`, async ({ browser }) => {
    const context = await browser.newContext({ userAgent: ua });
    const net = await watch(context);
    const page = await context.newPage();
    await page.goto(`${demo.url}/privacy/?lang=${lang}`);
    await expect(guide(page)).toBeVisible();
    const open = guide(page).locator(':scope > details[open]');
    await expect(open.first()).toHaveAttribute('data-guide', first);
    if (second) await expect(open.nth(1)).toHaveAttribute('data-guide', second);
    await expect(open).toHaveCount(second ? 2 : 1);
    if (first === 'inapp-kakaotalk') await expect(open.first()).toContainText('카카오톡 안에서');
    if (first === 'ie') await expect(open.first().locator('summary')).toContainText('Retired');
    expect(net.blocked).toEqual([]);
    await context.close();
  });
}
