// axe-core (it descends into open shadow roots) on the BUILT widget: banner, preferences dialog with every
// disclosure open, the age question and guardian step, the sign-up form; Korean and English, light and dark.
import { test, expect, type Page } from '@playwright/test';
import { demoServer, type Demo } from './support/demo';

const axePath = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer();
});
test.afterAll(async () => {
  await demo?.close();
});

async function open(page: Page, path: string) {
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(`${demo.url}${path}`);
}

/** axe on the widget's host (its shadow tree included), or on the whole page; returns the violations, readable. */
async function axe(page: Page, include: string = '[data-consentry-host]') {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async (sel) => {
    // colours are only final once the opening fade has run (axe would measure a half-transparent button)
    const roots: DocumentOrShadowRoot[] = [
      document,
      ...[...document.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : [])),
    ];
    await Promise.all(roots.flatMap((r) => r.getAnimations()).map((a) => a.finished.catch(() => {})));
    const w = window as unknown as {
      axe: {
        run(
          ctx: unknown,
          opts: unknown,
        ): Promise<{
          violations: { id: string; impact: string; nodes: { target: unknown; failureSummary: string }[] }[];
          passes: unknown[];
        }>;
      };
    };
    const r = await w.axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return {
      violations: r.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target) + ' ' + n.failureSummary).join(' | ')}`,
      ),
      passes: r.passes.length,
    };
  }, include);
  return result;
}

for (const scheme of ['light', 'dark'] as const)
  for (const lang of ['ko', 'en'] as const) {
    test(`banner and dialog (${lang}, ${scheme}): no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, `/?lang=${lang}`);
      await expect(page.locator('[data-consentry-banner]')).toBeVisible();
      const b = await axe(page);
      expect(b.violations).toEqual([]);
      expect(b.passes).toBeGreaterThan(5);
      await page.locator('[data-action="preferences"]').click();
      const dialog = page.locator('[role="dialog"]');
      await expect(dialog).toBeVisible();
      // every disclosure open, answers given
      for (const t of await dialog.locator('.cs-more').all()) await t.click();
      await dialog.locator('input[name="cs-ads"][value="agree"]').check();
      const d = await axe(page);
      expect(d.violations).toEqual([]);
    });
  }

test('the whole landing page with the reopen button: no violations', async ({ page }) => {
  await open(page, '/');
  await page.locator('[data-action="disagree-all"]').click();
  await expect(page.locator('[data-action="reopen"]')).toBeVisible();
  const r = await axe(page);
  expect(r.violations).toEqual([]);
});

test('sign-up form (whole page), with errors shown and the guardian step: no violations', async ({ page }) => {
  await open(page, '/signup/');
  const form = page.locator('[data-consentry-form]');
  await expect(form).toBeVisible();
  expect((await axe(page, '')).violations).toEqual([]);
  for (const t of await form.locator('.cs-more').all()) await t.click();
  await form.locator('input[name="cs-age"][value="child"]').check();
  await form.locator('[data-action="guardian"]').click();
  const sheet = page.locator('[data-consentry-guardian]');
  await expect(sheet).toBeVisible();
  for (const t of await sheet.locator('.cs-more').all()) await t.click();
  await sheet.locator('[data-action="guardian-submit"]').click();
  await expect(sheet.locator('#cs-g-name')).toHaveAttribute('aria-invalid', 'true');
  await sheet.locator('#cs-g-name').fill('김보호');
  await sheet.locator('#cs-g-contact').fill('010-0000-0000');
  await sheet.locator('[data-action="guardian-submit"]').click();
  await expect(sheet.locator('[role="alert"]')).toBeVisible();
  expect((await axe(page, '')).violations).toEqual([]);
});

test('sign-up form in English and dark: no violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/signup/?lang=en');
  await expect(page.locator('[data-consentry-form]')).toBeVisible();
  expect((await axe(page, '')).violations).toEqual([]);
});

test('age question and guardian dialog: no violations', async ({ page }) => {
  await open(page, '/');
  // the landing page's config with children configured, on a page of its own
  const html = await page.content();
  const config = JSON.parse(/<script type="application\/json" id="consentry-config">([\s\S]*?)<\/script>/.exec(html)![1]);
  config.children = { minimumAge: 14 };
  delete config.google;
  await page.route(`${demo.url}/kids.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="ko"><head><title>kids</title><script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script></head><body><main><h1>어린이 페이지</h1></main></body></html>`,
    }),
  );
  await page.evaluate(() => window.consentry!.reset());
  await page.goto(`${demo.url}/kids.html`);
  const age = page.locator('[data-consentry-age]');
  await expect(age).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  await age.locator('[data-action="age-child"]').click();
  await age.locator('[data-action="guardian"]').click();
  await expect(page.locator('[role="dialog"]')).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  // a refused child (children.mode "refuse")
  config.children = { minimumAge: 14, mode: 'refuse' };
  await page.route(`${demo.url}/kids-refused.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>kids</title><script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script></head><body><main><h1>Kids</h1></main></body></html>`,
    }),
  );
  await page.evaluate(() => window.consentry!.reset());
  await page.goto(`${demo.url}/kids-refused.html`);
  await page.locator('[data-action="age-child"]').click();
  await expect(page.locator('[data-consentry-age][data-refused]')).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
});
