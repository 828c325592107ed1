// Screenshots of the banner, the preferences dialog and the sign-up form, in Korean and English, light and
// dark, at 1280 and 375 px, into /tmp/consentry-shots/ for a person to look at. Not part of `npm test`:
//   CONSENTRY_SHOTS=1 npx playwright test -c test/e2e/playwright.config.ts widget-shots
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { demoServer, type Demo } from './support/demo';

const dir = process.env.CONSENTRY_SHOTS_DIR || '/tmp/consentry-shots';
test.skip(!process.env.CONSENTRY_SHOTS, 'set CONSENTRY_SHOTS=1 to take the screenshots');

let demo: Demo;
test.beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  demo = await demoServer();
});
test.afterAll(async () => {
  await demo?.close();
});

for (const width of [1280, 375])
  for (const scheme of ['light', 'dark'] as const)
    for (const lang of ['ko', 'en'] as const)
      test(`${lang} ${scheme} ${width}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: width > 800 ? 800 : 780 }, colorScheme: scheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
        const name = (what: string) => `${dir}/${what}-${lang}-${scheme}-${width}.png`;
        await page.goto(`${demo.url}/?lang=${lang}`);
        await expect(page.locator('[data-consentry-banner]')).toBeVisible();
        await page.screenshot({ path: name('banner') });
        await page.locator('[data-action="preferences"]').click();
        const dialog = page.locator('[role="dialog"]');
        await expect(dialog).toBeVisible();
        await dialog.locator('input[name="cs-marketing"][value="agree"]').check();
        await dialog.locator('[data-purpose="marketing"] .cs-more').click();
        await dialog.locator('[data-purpose="marketing"]').scrollIntoViewIfNeeded();
        await page.screenshot({ path: name('dialog') });
        await page.goto(`${demo.url}/signup/?lang=${lang}`);
        const form = page.locator('[data-consentry-form]');
        await expect(form).toBeVisible();
        await form.locator('[data-purpose="privacy"] .cs-more').click();
        await form.scrollIntoViewIfNeeded();
        await form.screenshot({ path: name('form') });
        await context.close();
      });
