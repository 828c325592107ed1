// The six locales beyond Korean and English on the BUILT script tag: at 320 px the banner, the dialog and
// the sign-up form fit (no horizontal overflow) and pass axe-core, and only the page locale's texts are
// downloaded (one consentry-locale-<tag>.js, its -more part with the dialog). The cookie guide shows the
// browsers' own labels in the page's language (its -steps part). Screenshots go to test-results.
import { test, expect, type Page, type Request } from '@playwright/test';
import { labels as de } from '../../src/browsers/strings/steps/de';
import { labels as es } from '../../src/browsers/strings/steps/es';
import { labels as fr } from '../../src/browsers/strings/steps/fr';
import { labels as ja } from '../../src/browsers/strings/steps/ja';
import { labels as zhCN } from '../../src/browsers/strings/steps/zh-CN';
import { labels as zhTW } from '../../src/browsers/strings/steps/zh-TW';
import { chromeDesktop } from '../../src/browsers/guides/chrome';
import { demoServer, type Demo } from './support/demo';

const axePath = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const shots = new URL('../../test-results/locales/', import.meta.url).pathname;

let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer();
});
test.afterAll(async () => {
  await demo?.close();
});

/** Serves the demo with `<html lang>` set to `lang`; records which locale parts are requested. */
async function open(page: Page, path: string, lang: string): Promise<string[]> {
  const parts: string[] = [];
  page.on('request', (r: Request) => {
    const m = /consentry-(locale-[a-z-]+)\.js/.exec(r.url());
    if (m) parts.push(m[1]);
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') return route.abort();
    if (route.request().resourceType() !== 'document') return route.continue();
    const res = await route.fetch();
    const body = (await res.text()).replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
    return route.fulfill({ response: res, body });
  });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${demo.url}${path}`);
  return parts;
}

async function axe(page: Page, scope = '[data-consentry-host]'): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (scope) => {
    const roots: DocumentOrShadowRoot[] = [
      document,
      ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
    ];
    await Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => {})));
    const w = window as unknown as {
      axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    };
    const r = await w.axe.run({ include: [[scope]] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, scope);
}

const fits = (page: Page, sel: string) => page.locator(sel).evaluate((e) => [e.scrollWidth, e.clientWidth]);

const cases = [
  ['ja', 'ja', null],
  ['zh-CN', 'zh-cn', null],
  ['zh-HK', 'zh-tw', null],
  ['de-AT', 'de', null],
  ['fr', 'fr', null],
  ['es', 'es', null],
] as const;

for (const [lang, part] of cases) {
  test(`${lang}: banner and dialog at 320 px fit, pass axe, load only locale-${part}`, async ({ page }) => {
    const parts = await open(page, '/', lang);
    const banner = page.locator('[data-consentry-banner]');
    await expect(banner).toBeVisible();
    expect(await page.locator('[data-consentry-host]').getAttribute('lang')).toBe(
      part.replace(/-(cn|tw)$/, (_, r) => '-' + r.toUpperCase()),
    );
    const [bs, bc] = await fits(page, '[data-consentry-banner]');
    expect(bs).toBeLessThanOrEqual(bc);
    await page.screenshot({ path: `${shots}${lang}-banner.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);
    await banner.locator('[data-action="preferences"]').click();
    const dialog = page.locator('[role="dialog"]');
    await expect(dialog).toBeVisible();
    // the browsers' labels are not part of the dialog: they come only when its cookie guide is opened
    expect(parts).not.toContain(`locale-${part}-steps`);
    for (const t of await dialog.locator('.cs-more').all()) await t.click();
    const [ds, dc] = await fits(page, '[role="dialog"]');
    expect(ds).toBeLessThanOrEqual(dc);
    await page.screenshot({ path: `${shots}${lang}-dialog.png` });
    expect(await axe(page)).toEqual([]);
    // every disclosure was opened, the cookie guide's too: its browser labels came with it (the guide asks for
    // them as it opens, so the request may still be on its way)
    await expect.poll(() => [...new Set(parts)].sort()).toEqual([`locale-${part}`, `locale-${part}-more`, `locale-${part}-steps`]);
  });

  test(`${lang}: the sign-up form at 320 px fits and passes axe`, async ({ page }) => {
    const parts = await open(page, '/signup/', lang);
    const form = page.locator('[data-consentry-form]');
    await expect(form).toBeVisible();
    for (const t of await form.locator('.cs-more').all()) await t.click();
    const [s, c] = await fits(page, '[data-consentry-form]');
    expect(s).toBeLessThanOrEqual(c);
    await page.screenshot({ path: `${shots}${lang}-form.png`, fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect(parts.every((p) => p.startsWith(`locale-${part}`))).toBe(true);
  });
}

const steps = { ja, 'zh-cn': zhCN, 'zh-tw': zhTW, de, fr, es } as const;

for (const [lang, part] of cases) {
  test(`${lang}: the cookie guide names Chrome's menus as Chrome shows them in that language, from locale-${part}-steps; axe-core finds nothing`, async ({
    page,
  }) => {
    const labels = steps[part];
    const parts = await open(page, '/privacy/', lang);
    // headless Debian Chromium: Chrome on a computer, opened first
    const first = page.locator('[data-consentry-guide] details[data-guide="chrome-desktop"]');
    await expect(first).toHaveAttribute('open', '');
    const shown = await first.locator('[data-task] b').allTextContents();
    const menus = chromeDesktop.tasks.blockThirdParty.steps.flat().filter((s) => s.kind == 'menu');
    for (const m of menus) expect(shown, m.label.en).toContain(labels[`chrome|${m.label.en}`] || labels[m.label.en]);
    // none of Chrome's English menu names is left where the locale has its own
    for (const t of shown)
      expect(
        Object.keys(labels).filter((en) => en == t && labels[en] != en),
        t,
      ).toEqual([]);
    const [gs, gc] = await fits(page, '[data-consentry-guide]');
    expect(gs).toBeLessThanOrEqual(gc);
    await page.screenshot({ path: `${shots}${lang}-guide.png`, fullPage: true });
    // every disclosure open: all guides' steps in the language, checked by axe-core
    await page.locator('[data-consentry-guide] details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axe(page, '[data-consentry-guide]')).toEqual([]);
    expect(parts).toContain(`locale-${part}-steps`);
    expect(parts.every((p) => p.startsWith(`locale-${part}`))).toBe(true);
  });
}
