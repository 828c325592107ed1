// Screenshots for a person to look at, in Korean and English, at 1280 and 375 px, into /tmp/consentry-shots/:
// the first layer (plain, and with a purpose whose details it shows), the preferences dialog, the sign-up form
// (processors, two receiving parties abroad), the guardian's sheet, a refused child, the marketing result.
// Not part of `npm test`:
//   CONSENTRY_SHOTS=1 npx playwright test -c test/e2e/playwright.config.ts widget-shots
import { test, expect, type Page } from '@playwright/test';
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

/** The landing page's config, changed by `change`, served on a page of its own. */
async function fixture(page: Page, path: string, lang: string, change: (c: any) => void) {
  const html = await (await fetch(`${demo.url}/`)).text();
  const config = JSON.parse(/<script type="application\/json" id="consentry-config">([\s\S]*?)<\/script>/.exec(html)![1]);
  delete config.google;
  change(config);
  await page.route(`${demo.url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/site.css"><script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script></head><body><main class="wrap"><h1>${lang == 'ko' ? '구름노트' : 'Gureum Note'}</h1><p>Fixture.</p></main></body></html>`,
    }),
  );
}

const L = (ko: string, en: string) => ({ ko, en });

for (const width of [1280, 375])
  for (const scheme of ['light', 'dark'] as const)
    for (const lang of ['ko', 'en'] as const)
      test(`${lang} ${scheme} ${width}`, async ({ browser }) => {
        const context = await browser.newContext({
          viewport: { width, height: width > 800 ? 800 : 780 },
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        await page.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
        const name = (what: string) => `${dir}/${what}-${lang}-${scheme}-${width}.png`;
        await page.goto(`${demo.url}/?lang=${lang}`);
        await expect(page.locator('[data-consentry-banner]')).toBeVisible();
        await page.screenshot({ path: name('banner') });
        await page.locator('[data-action="preferences"]').click();
        const dialog = page.locator('[role="dialog"]');
        await expect(dialog).toBeVisible();
        await dialog.locator('input[name="cs-ads"][value="agree"]').check();
        await dialog.locator('[data-purpose="ads"] .cs-more').click();
        await dialog.locator('[data-purpose="ads"]').scrollIntoViewIfNeeded();
        await page.screenshot({ path: name('dialog') });
        await page.goto(`${demo.url}/signup/?lang=${lang}`);
        const form = page.locator('[data-consentry-form]');
        await expect(form).toBeVisible();
        await form.locator('[data-purpose="overseas"] .cs-more').click();
        await form.scrollIntoViewIfNeeded();
        await form.screenshot({ path: name('form') });
        if (scheme == 'dark') return context.close();

        // the first layer with a provision it shows in detail (and one it leaves to the dialog)
        await fixture(page, '/shots-detail.html', lang, (c) => {
          c.purposes.push(
            {
              id: 'provision',
              necessity: 'optional',
              kind: 'third_party',
              bannerDetails: true,
              title: L('제휴 결제사에 개인정보 제공', 'Sharing with our payment partner'),
              recipients: [
                {
                  name: L('(주)한빛페이', 'Hanbit Pay Co., Ltd.'),
                  purpose: L('할인 결제 처리', 'Discounted payments'),
                  items: [L('이름', 'name'), L('결제 내역', 'payment history')],
                  retention: L('결제 후 5년', '5 years after payment'),
                },
              ],
              refusal: L('동의하지 않으면 할인 결제만 이용할 수 없습니다.', 'If you refuse, only the discounted payment is unavailable.'),
            },
            {
              id: 'overseas',
              necessity: 'optional',
              kind: 'overseas_transfer',
              title: L('개인정보 국외 이전 (메일 발송)', 'Transfer abroad (e-mail delivery)'),
              transfer: {
                country: L('미국', 'United States'),
                recipient: 'Northwind Mailer Inc.',
                contact: 'privacy@northwind.example',
                timing: L('발송 시', 'when sending'),
                method: L('TLS 전송', 'over TLS'),
                purpose: L('메일 발송', 'sending e-mail'),
                items: [L('이메일 주소', 'e-mail address')],
                retention: L('발송 후 30일', '30 days after sending'),
              },
              refusal: L('동의하지 않으면 이메일 안내를 받을 수 없습니다.', 'If you refuse you get no e-mails.'),
            },
          );
        });
        await page.goto(`${demo.url}/shots-detail.html`);
        await expect(page.locator('[data-consentry-banner]')).toBeVisible();
        await page.screenshot({ path: name('banner-details') });
        await page.locator('[data-consentry-banner] [data-action="agree-all"]').click();
        await expect(dialog).toBeVisible();
        await page.screenshot({ path: name('dialog-rest') });

        // the guardian's sheet, from the sign-up form
        await page.goto(`${demo.url}/signup/?lang=${lang}`);
        await form.locator('input[name="cs-age"][value="child"]').check();
        await form.locator('[data-action="guardian"]').scrollIntoViewIfNeeded();
        await form.screenshot({ path: name('form-child') });
        await form.locator('[data-action="guardian"]').click();
        const sheet = page.locator('[data-consentry-guardian]');
        await expect(sheet).toBeVisible();
        await page.screenshot({ path: name('guardian') });
        await sheet.locator('#cs-g-name').fill(lang == 'ko' ? '김보호' : 'Kim Parent');
        await sheet.locator('#cs-g-contact').fill('010-1234-5678');
        await sheet.locator('input[name="cs-g-terms"][value="agree"]').check();
        await sheet.locator('input[name="cs-g-marketing"][value="agree"]').check();
        await sheet.locator('input[name="cs-g-marketing-ch-email"][value="agree"]').check();
        await sheet.locator('[data-purpose="marketing"]').scrollIntoViewIfNeeded();
        await page.screenshot({ path: name('guardian-items') });
        await sheet.locator('[data-action="guardian-submit"]').click();
        await expect(sheet.locator('[role="alert"]')).toBeVisible();
        await sheet.locator('input[name="cs-g-provision"][value="disagree"]').check();
        await sheet.locator('input[name="cs-g-overseas"][value="disagree"]').check();
        await sheet.locator('[data-action="guardian-submit"]').click();
        await expect(sheet).toBeHidden();
        await form.screenshot({ path: name('form-guardian-done') });

        // the marketing result on the welcome page
        await page.fill('#name', lang == 'ko' ? '김구름' : 'Kim Cloud');
        await page.fill('#email', 'cloud@example.com');
        await page.fill('#password', 'correct horse');
        await page.locator('[data-signup-submit]').click();
        await expect(page.locator('[data-signup-done] [data-consentry-result]')).toBeVisible();
        await page.screenshot({ path: name('signup-done'), fullPage: true });

        // a refused child (children.mode "refuse")
        await fixture(page, '/shots-refuse.html', lang, (c) =>
          Object.assign(c, { children: { minimumAge: 14, mode: 'refuse' }, cookie: { name: 'shots_refuse' } }),
        );
        await page.goto(`${demo.url}/shots-refuse.html`);
        await page.locator('[data-action="age-child"]').click();
        await expect(page.locator('[data-consentry-age][data-refused]')).toBeVisible();
        await page.screenshot({ path: name('refused') });
        await context.close();
      });
