// The consent widget in real Chromium, on the BUILT dist/consentry.js and the demo pages: the banner for new
// visitors only (no flash), equal buttons, keyboard-only use, focus trap and return, data-* hooks, zero layout
// shift, config errors, CSP, small screens and zoom, the sign-up form. Nothing may leave the machine.
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoServer, type Demo } from './support/demo';
import { holdBack } from './support/hold';

let demo: Demo;
test.beforeAll(async () => {
  // with the collector (when built), so the pages' receipts have somewhere to go
  demo = await demoServer({ collector: true, databaseUrl: join(mkdtempSync(join(tmpdir(), 'consentry-widget-')), 'receipts.sqlite') });
});
test.afterAll(async () => {
  await demo?.close();
});

type Probe = { seen: number; shifts: number; csp: string[]; errors: string[] };

/**
 * Watches the page from its first line: banners attached anywhere (open shadow roots included), layout
 * shifts, CSP violations. Google's hosts get a local stub (the gate loads gtag.js once analytics is
 * agreed); every other request not to 127.0.0.1 is aborted and remembered.
 */
async function prepare(page: Page) {
  const blocked: string[] = [];
  const stubbed: string[] = [];
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') {
      requests.push(url.pathname);
      return route.continue();
    }
    if (/(^|\.)(googletagmanager|google-analytics)\.com$/.test(url.hostname)) {
      stubbed.push(url.hostname);
      return route.fulfill({ contentType: 'text/javascript', body: '/* local stub */' });
    }
    blocked.push(url.href);
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    const probe = { seen: 0, shifts: 0, csp: [] as string[] };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    const spot = (n: Node) =>
      n.nodeType === 1 && ((n as Element).matches('[data-consentry-banner]') || (n as Element).querySelector('[data-consentry-banner]'));
    const mo = new MutationObserver((ms) => ms.forEach((m) => m.addedNodes.forEach((n) => spot(n) && probe.seen++)));
    mo.observe(document, { childList: true, subtree: true });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, init);
      mo.observe(root, { childList: true, subtree: true });
      return root;
    };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) probe.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('securitypolicyviolation', (e) => probe.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { blocked, stubbed, requests, errors, probe: () => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe) };
}

/** The focused element's data-action / data-purpose / tag, looking inside shadow roots. */
const focusedInfo = (page: Page) =>
  page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return null;
    return {
      action: a.getAttribute('data-action'),
      name: a.getAttribute('name'),
      value: a.getAttribute('value'),
      role: a.getAttribute('role'),
      inDialog: !!a.closest('[role="dialog"]'),
      tag: a.tagName.toLowerCase(),
    };
  });

const banner = (page: Page) => page.locator('[data-consentry-banner]');
const dialog = (page: Page) => page.locator('[role="dialog"]');
const ready = (page: Page) => page.evaluate(() => window.consentry!.ready);

test('a new visitor gets the banner with three equal buttons; nothing leaves the machine', async ({ page }) => {
  const w = await prepare(page);
  await page.goto(`${demo.url}/`);
  await expect(banner(page)).toBeVisible();
  const buttons = banner(page).locator('button');
  await expect(buttons).toHaveText(['모두 동의', '모두 거부', '항목별 설정']);
  const boxes = await Promise.all([0, 1, 2].map((i) => buttons.nth(i).boundingBox()));
  for (const b of boxes) {
    expect(Math.abs(b!.width - boxes[0]!.width)).toBeLessThan(1);
    expect(Math.abs(b!.height - boxes[0]!.height)).toBeLessThan(1);
  }
  // same style too
  const styles = await buttons.evaluateAll((els) =>
    els.map((e) => {
      const s = getComputedStyle(e);
      return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderTopWidth].join();
    }),
  );
  expect(new Set(styles).size).toBe(1);
  // the first paint needs only consentry.js: the views load when the visitor asks for them
  expect(w.requests).toContain('/dist/consentry.js');
  expect(w.requests).not.toContain('/dist/consentry-ui.js');
  expect(w.blocked).toEqual([]);
  expect(w.errors).toEqual([]);
  expect((await w.probe()).shifts).toBe(0);
});

test('a returning visitor never gets a banner element, not even for a frame; reopen button instead', async ({ page }) => {
  const w = await prepare(page);
  await page.goto(`${demo.url}/`);
  // the control: on a first visit the same probe sees the banner go in
  await expect.poll(async () => (await w.probe()).seen).toBeGreaterThan(0);
  await banner(page).locator('[data-action="disagree-all"]').click();
  await expect(banner(page)).toBeHidden();
  await page.reload();
  await ready(page);
  // the reopen button comes after the boot chose not to show a banner
  await expect(page.locator('[data-action="reopen"]')).toBeVisible();
  expect((await w.probe()).seen).toBe(0);
  expect(await page.evaluate(() => window.consentry!.needsDecision())).toBe(false);
  expect(w.blocked).toEqual([]);
});

test('keyboard only: banner → preferences → answer → save; focus moves in and comes back', async ({ page }) => {
  const w = await prepare(page);
  await page.goto(`${demo.url}/`);
  await expect(banner(page)).toBeVisible();
  // the widget is first in the body: the first Tab lands in the banner (its policy link), then its buttons
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).hasAttribute('data-consentry-host'))).toBe(true);
  await page.keyboard.press('Tab');
  expect((await focusedInfo(page))!.action).toBe('agree-all');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect((await focusedInfo(page))!.action).toBe('preferences');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect.poll(async () => (await focusedInfo(page))!.role).toBe('dialog');
  // Tab to the first radio group (analytics), pick Agree with Space
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedInfo(page);
    if (f!.name === 'cs-analytics') break;
  }
  expect((await focusedInfo(page))!.name).toBe('cs-analytics');
  await page.keyboard.press('Space');
  // arrow keys move within the group: Disagree for analytics… and back to Agree
  await page.keyboard.press('ArrowRight');
  expect((await focusedInfo(page))!.value).toBe('disagree');
  await page.keyboard.press('ArrowLeft');
  expect((await focusedInfo(page))!.value).toBe('agree');
  // Shift+Tab from the dialog's start wraps to Save (the last control)
  await page.locator('[data-action="close"]').focus();
  await page.keyboard.press('Shift+Tab');
  expect((await focusedInfo(page))!.action).toBe('save');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  const state = await page.evaluate(() => {
    const c = window.consentry!;
    return { analytics: c.get('analytics')!.choice, ads: c.get('ads')!.choice, granted: c.isGranted('analytics') };
  });
  expect(state).toEqual({ analytics: 'agree', ads: undefined, granted: true });
  expect(w.blocked).toEqual([]);
});

test('focus is trapped in the dialog, Escape closes it (not the banner), focus returns to the opener', async ({ page }) => {
  await prepare(page);
  await page.goto(`${demo.url}/`);
  await expect(banner(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(banner(page)).toBeVisible();
  await banner(page).locator('[data-action="preferences"]').focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    expect((await focusedInfo(page))!.inDialog || (await focusedInfo(page))!.role === 'dialog').toBe(true);
  }
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Shift+Tab');
    expect((await focusedInfo(page))!.inDialog).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(banner(page)).toBeVisible();
  expect((await focusedInfo(page))!.action).toBe('preferences');
  // from a page link: focus goes back to the link
  await banner(page).locator('[data-action="agree-all"]').click();
  const link = page.locator('footer [data-consentry-open]');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  // the dialog takes focus once it is drawn; Escape is the dialog's key, as a keyboard user meets it
  await expect.poll(async () => (await focusedInfo(page))!.inDialog || (await focusedInfo(page))!.role === 'dialog').toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  expect(await link.evaluate((e) => document.activeElement === e)).toBe(true);
});

test("a first visit: the page's cookie settings link clicked before the banner's code has arrived is not followed, and opens the preferences once it is there", async ({
  page,
}) => {
  await prepare(page);
  // the banner part is held back until after the click
  const part = await holdBack(page, '**/dist/consentry-banner.js');
  // (the held part holds back the load event)
  await page.goto(`${demo.url}/`, { waitUntil: 'domcontentloaded' });
  await part.asked;
  await page.locator('footer [data-consentry-open]').click();
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain('#cookie-settings');
  part.release();
  await expect(dialog(page)).toBeVisible();
  expect(page.url()).not.toContain('#cookie-settings');
  // the banner is there under the dialog; closing the dialog goes back to it (Escape is the dialog's key: once
  // it has taken focus)
  await expect.poll(async () => (await focusedInfo(page))!.inDialog || (await focusedInfo(page))!.role === 'dialog').toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(banner(page)).toBeVisible();
});

test('data-* hooks: actions, purpose rows with agree/disagree radios, data-consentry-open', async ({ page }) => {
  await prepare(page);
  await page.goto(`${demo.url}/`);
  await expect(banner(page).locator('[data-action]')).toHaveCount(3);
  await expect(banner(page).locator('[data-item]')).toHaveCount(4);
  await page.locator('footer [data-consentry-open]').click();
  await expect(dialog(page)).toBeVisible();
  expect(page.url()).not.toContain('#cookie-settings');
  const rows = dialog(page).locator('[data-purpose]');
  await expect(rows).toHaveCount(4);
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-purpose')))).toEqual([
    'essential',
    'analytics',
    'ads',
    'personalization',
  ]);
  for (const id of ['analytics', 'ads', 'personalization']) {
    const values = await dialog(page)
      .locator(`[data-purpose="${id}"] input[name="cs-${id}"]`)
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(values).toEqual(['agree', 'disagree']);
  }
  await expect(dialog(page).locator('[data-purpose="essential"] input')).toHaveCount(0);
  await dialog(page).locator('input[name="cs-ads"][value="agree"]').check();
  await dialog(page).locator('input[name="cs-personalization"][value="disagree"]').check();
  for (const a of ['close', 'agree-all', 'disagree-all', 'save']) await expect(dialog(page).locator(`[data-action="${a}"]`)).toHaveCount(1);
  await dialog(page).locator('[data-action="save"]').click();
  await expect(dialog(page)).toBeHidden();
  const m = await page.evaluate(() => {
    const c = window.consentry!;
    return [c.get('ads')!.choice, c.get('personalization')!.choice, c.get('analytics')!.choice];
  });
  expect(m).toEqual(['agree', 'disagree', undefined]);
  // consentry.open() reopens it
  await page.evaluate(() => window.consentry!.open());
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).locator('input[name="cs-ads"][value="agree"]')).toBeChecked();
});

test('zero layout shift: banner, dialog and reopen button overlay the page', async ({ page }) => {
  const w = await prepare(page);
  await page.goto(`${demo.url}/`);
  await expect(banner(page)).toBeVisible();
  const before = await page.locator('main h1').boundingBox();
  await banner(page).locator('[data-action="preferences"]').click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).locator('[data-action="agree-all"]').click();
  await expect(page.locator('[data-action="reopen"]')).toBeVisible();
  expect(await page.locator('main h1').boundingBox()).toEqual(before);
  expect((await w.probe()).shifts).toBe(0);
});

// The production tag checks the config's structure only; the debug build lists every problem (the ui section's too).
for (const [file, paths] of [
  ['consentry.js', ['controller.contact', 'policy.url', 'purposes[0].necessity']],
  ['consentry.debug.js', ['controller.contact', 'policy.url', 'purposes[0].necessity', 'ui.layout', 'ui.reopenButon']],
] as const)
  test(`a config error (${file}): one console.error listing the problems, nothing granted, the page keeps working`, async ({ page }) => {
    const w = await prepare(page);
    const config = {
      controller: { name: 'X' },
      policy: { version: '1', url: 'javascript:alert(1)' },
      purposes: [{ id: 'analytics', necessity: 'maybe', kind: 'analytics', title: 'Stats' }],
      ui: { layout: 'popup', reopenButon: true },
    };
    await page.route(`${demo.url}/bad-config-${file}.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/${file}"></script></head><body><main><h1>Page</h1><button id="b" data-consentry-open>settings</button><p id="after"></p></main>
<script>document.getElementById('after').textContent = 'page script ran';</script></body></html>`,
      }),
    );
    await page.goto(`${demo.url}/bad-config-${file}.html`);
    await expect(page.locator('#after')).toHaveText('page script ran');
    const consentryErrors = w.errors.filter((e) => e.includes('consentry'));
    expect(consentryErrors).toHaveLength(1);
    for (const path of paths) expect(consentryErrors[0]).toContain(path);
    const s = await page.evaluate(() => {
      const c = window.consentry!;
      return { granted: c.isGranted('analytics'), needs: c.needsDecision(), error: c.error!.name };
    });
    expect(s).toEqual({ granted: false, needs: false, error: 'ConfigError' });
    await expect(page.locator('[data-consentry-host]')).toHaveCount(0);
    // a click on a settings link does nothing harmful
    await page.locator('#b').click();
    await expect(page.locator('#after')).toHaveText('page script ran');
  });

test('works under a strict CSP: constructable stylesheets, parts loaded with the script tag’s nonce', async ({ page }) => {
  const w = await prepare(page);
  // the landing page's config on a page of its own, served with a CSP that allows no inline style or script
  const html = await (await fetch(`${demo.url}/`)).text();
  const config = JSON.parse(/<script type="application\/json" id="consentry-config">([\s\S]*?)<\/script>/.exec(html)![1]);
  // the widget alone: no Google tag (the gate's own tests cover it under CSP)
  delete config.google;
  await page.route(`${demo.url}/csp.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': "default-src 'self'; script-src 'nonce-n0nc3'; style-src 'self'" },
      body: `<!doctype html><html lang="ko"><head><script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js" nonce="n0nc3"></script></head><body><main><h1>CSP</h1><a href="#" data-consentry-open>설정</a></main></body></html>`,
    }),
  );
  await page.goto(`${demo.url}/csp.html`);
  await expect(banner(page)).toBeVisible();
  expect(await banner(page).evaluate((e) => getComputedStyle(e).position)).toBe('fixed');
  await banner(page).locator('[data-action="preferences"]').click();
  await expect(dialog(page)).toBeVisible();
  expect(await dialog(page).evaluate((e) => getComputedStyle(e).display)).toBe('flex');
  expect(w.requests).toEqual(expect.arrayContaining(['/dist/consentry-preact.js', '/dist/consentry-ui.js']));
  await dialog(page).locator('[data-action="agree-all"]').click();
  await expect(dialog(page)).toBeHidden();
  expect((await w.probe()).csp).toEqual([]);
  expect(w.errors).toEqual([]);
});

test('320 px wide: everything fits and works', async ({ page }) => {
  await prepare(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${demo.url}/`);
  await expect(banner(page)).toBeVisible();
  const b = (await banner(page).boundingBox())!;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(320);
  expect(await banner(page).evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  for (const btn of await banner(page).locator('button').all()) {
    const r = (await btn.boundingBox())!;
    expect(r.x + r.width).toBeLessThanOrEqual(320);
  }
  await banner(page).locator('[data-action="preferences"]').click();
  await expect(dialog(page)).toBeVisible();
  const d = (await dialog(page).boundingBox())!;
  expect(d.width).toBeLessThanOrEqual(320);
  expect(await dialog(page).evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await dialog(page).locator('input[name="cs-personalization"][value="disagree"]').check();
  await dialog(page).locator('[data-action="save"]').click();
  await expect(dialog(page)).toBeHidden();
  expect(await page.evaluate(() => window.consentry!.get('personalization')!.choice)).toBe('disagree');
});

test('200% zoom (a 1280×720 screen): the banner and the dialog stay usable', async ({ browser }) => {
  // 200% zoom on 1280×720 is a 640×360 CSS viewport at device scale 2
  const context = await browser.newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await prepare(page);
  await page.goto(`${demo.url}/?lang=en`);
  await expect(banner(page)).toBeVisible();
  const b = (await banner(page).boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height).toBeLessThanOrEqual(360);
  // every button reachable (the banner scrolls inside itself when it must)
  for (const btn of await banner(page).locator('button').all()) {
    await btn.scrollIntoViewIfNeeded();
    await expect(btn).toBeInViewport();
  }
  await banner(page).locator('[data-action="preferences"]').click();
  await expect(dialog(page)).toBeVisible();
  const save = dialog(page).locator('[data-action="save"]');
  await expect(save).toBeInViewport();
  await dialog(page).locator('input[name="cs-ads"][value="agree"]').check();
  await save.click();
  await expect(dialog(page)).toBeHidden();
  await context.close();
});

test('reduced motion, forced colors and the dark scheme', async ({ page }) => {
  await prepare(page);
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
  await page.goto(`${demo.url}/`);
  await expect(banner(page)).toBeVisible();
  expect(await banner(page).evaluate((e) => getComputedStyle(e).animationName)).toBe('none');
  const bg = await banner(page).evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(bg).toBe('rgb(31, 36, 44)');
  await page.emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light', forcedColors: 'active' });
  await page.reload();
  await expect(banner(page)).toBeVisible();
  const border = await banner(page)
    .locator('button')
    .first()
    .evaluate((e) => getComputedStyle(e).borderTopStyle);
  expect(border).toBe('solid');
});

test('English from <html lang>', async ({ page }) => {
  await prepare(page);
  await page.goto(`${demo.url}/?lang=en`);
  await expect(banner(page).locator('button')).toHaveText(['Agree to all', 'Reject all', 'Customize']);
  await expect(banner(page).locator('h2')).toHaveText('Cookies and personal information: your consent');
  await banner(page).locator('[data-action="preferences"]').click();
  await expect(dialog(page).locator('h2')).toHaveText('Privacy preferences');
  await dialog(page).locator('[data-action="disagree-all"]').click();
  const locale = await page.evaluate(() => window.consentry!.snapshot());
  expect(locale.purposes.analytics.choice).toBe('disagree');
});

test('sign-up SPA: submit stays disabled until every required item is agreed; optional refusals do not block', async ({ page }) => {
  const w = await prepare(page);
  await page.goto(`${demo.url}/signup/`);
  const submit = page.locator('[data-signup-submit]');
  const form = page.locator('[data-consentry-form]');
  await expect(form).toBeVisible();
  await expect(submit).toBeDisabled();
  await page.fill('#name', '김구름');
  await page.fill('#email', 'cloud@example.com');
  await page.fill('#password', 'correct horse');
  await form.locator('input[name="cs-age"][value="adult"]').check();
  // the account data is a notice (contract), not a checkbox
  await expect(form.locator('[data-purpose="account"] input')).toHaveCount(0);
  await expect(form.locator('[data-purpose="account"]')).toContainText('(안내)');
  await expect(submit).toBeDisabled();
  await form.locator('[data-purpose="terms"] .cs-item-head input').check();
  await expect(submit).toBeEnabled();
  // master checkbox, then untick the optional ones again: still valid
  await form.locator('input[data-action="agree-all"]').check();
  await form.locator('[data-purpose="overseas"] .cs-item-head input').uncheck();
  await form.locator('[data-purpose="marketing"] input[data-channel="sms"]').uncheck();
  await expect(submit).toBeEnabled();
  await submit.click();
  const done = page.locator('[data-signup-done]');
  await expect(done).toBeVisible();
  await expect(done.locator('[data-result="overseas"]')).toContainText('동의하지 않음');
  await expect(done.locator('[data-result="marketing"]')).toContainText('동의');
  await expect(done.locator('[data-result="account"]')).toContainText('동의 없이 처리');
  // the marketing result notice (Network Act 50⑦) on the welcome page
  const result = done.locator('[data-consentry-result]');
  await expect(result.locator('[data-sender]')).toHaveText('(주)구름노트');
  await expect(result.locator('dd[data-channel="email"]')).toHaveText('수신 동의 처리 완료');
  await expect(result.locator('dd[data-channel="sms"]')).toHaveText('수신 거부 처리 완료');
  // "Change my consents" opens the preferences with the answers given
  await done.locator('[data-consentry-open]').click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).locator('input[name="cs-overseas"][value="disagree"]')).toBeChecked();
  await expect(dialog(page).locator('[data-channel="sms"] input[value="disagree"]')).toBeChecked();
  expect(w.blocked).toEqual([]);
});

test('a part that fails to load is reported to the visitor, and the next try loads it', async ({ page }) => {
  const w = await prepare(page);
  let fail = true;
  let tries = 0;
  await page.route(
    `${demo.url}/dist/consentry-ui.js`,
    (route) => (tries++, fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()),
  );
  await page.goto(`${demo.url}/`);
  await banner(page).locator('[data-action="preferences"]').click();
  await expect(banner(page).locator('.cs-status')).toHaveText('설정 화면을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.');
  await expect(dialog(page)).toHaveCount(0);
  expect(w.errors.some((e) => e.includes('part "ui" failed to load'))).toBe(true);
  fail = false;
  await banner(page).locator('[data-action="preferences"]').click();
  await expect(dialog(page)).toBeVisible();
  // fetched again from the script tag's folder (/dist/) after the failure
  expect(tries).toBe(2);
});
