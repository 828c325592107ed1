// Korean law, item by item, in real Chromium on the BUILT script tag (dist/consentry.js and its parts) and
// the demo pages: the guardian answers every item and the receipt lists them all; a child's "Agree all"
// grants nothing; no client store ever holds the guardian's name or phone; the first layer grants a
// third-party provision only when it shows the recipient and items; service items outlive the cookie-kind
// expiry (page clock); processors and several receiving parties abroad are labelled right in ko and en;
// children.mode "refuse"; the marketing result notice. Nothing may leave the machine.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { demoServer, type Demo } from './support/demo';
import type { Consent } from '../../src/core';
import type { Receipt } from '../../src/receipts/types';

type Win = { consentry: Consent & { receipts: { list(): Promise<Receipt[]> }; open(): void } };

let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer();
});
test.afterAll(async () => {
  await demo?.close();
});

const L = (ko: string, en: string) => ({ ko, en });
const NAME = '김보호자';
const PHONE = '010-4321-8765';

const purposes = {
  essential: {
    id: 'essential',
    necessity: 'notice',
    kind: 'service',
    title: L('필수 쿠키', 'Essential cookies'),
    purpose: L('로그인 유지', 'Keeping you signed in'),
    items: [L('세션 쿠키', 'session cookie')],
    retention: L('브라우저를 닫을 때까지', 'until the browser closes'),
    legalBasis: L('개인정보 보호법 제15조 제1항 제4호', 'PIPA 15(1)4'),
  },
  terms: {
    id: 'terms',
    necessity: 'required',
    kind: 'service',
    title: L('이용약관 동의', 'Terms of service'),
    purpose: L('서비스 이용 계약의 체결과 이행', 'The service contract'),
    items: [L('이메일 주소', 'e-mail address')],
    retention: L('회원 탈퇴 시까지', 'until you close your account'),
    refusal: L('동의하지 않으면 가입할 수 없습니다.', 'Without it you cannot sign up.'),
  },
  analytics: {
    id: 'analytics',
    necessity: 'optional',
    kind: 'analytics',
    title: L('이용 통계', 'Usage statistics'),
    purpose: L('서비스 개선', 'Improving the service'),
    items: [L('방문 페이지', 'pages visited')],
    retention: L('14개월', '14 months'),
    refusal: L('거부해도 서비스 이용에 제한이 없습니다.', 'Refusing does not limit the service.'),
  },
  marketing: {
    id: 'marketing',
    necessity: 'optional',
    kind: 'marketing',
    channels: ['email', 'sms'],
    nightTime: true,
    title: L('광고성 정보 수신', 'Advertising messages'),
    purpose: L('할인 안내', 'Sale news'),
    items: [L('이메일 주소', 'e-mail address'), L('휴대전화번호', 'mobile number')],
    retention: L('동의 철회 시까지', 'until withdrawn'),
    refusal: L('거부해도 구매에 제한이 없습니다.', 'Refusing does not limit purchases.'),
  },
  provision: {
    id: 'provision',
    necessity: 'optional',
    kind: 'third_party',
    title: L('제휴사 제공', 'Sharing with a partner'),
    recipients: [
      {
        name: L('(주)한빛페이', 'Hanbit Pay Co.'),
        purpose: L('결제 처리', 'payments'),
        items: [L('이름', 'name'), L('결제 내역', 'payment history')],
        retention: L('5년', '5 years'),
      },
    ],
    refusal: L('거부하면 할인 결제를 이용할 수 없습니다.', 'Without it, no discounted payment.'),
  },
};

/** Serves a page on the demo's origin with `config` in the script tag. */
async function site(page: Page, path: string, config: object, lang = 'ko', script = 'consentry.js') {
  await page.route(`${demo.url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>fixture</title><script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/${script}"></script></head><body><main><h1>Fixture</h1></main></body></html>`,
    }),
  );
}
const config = (over: object = {}, list: object[] = Object.values(purposes)) => ({
  controller: { name: L('(주)예시상회', 'Example Trading Co.'), contact: 'privacy@trading.example' },
  policy: { version: '2026-11', url: '/privacy/' },
  purposes: list,
  ui: { reopenButton: true },
  ...over,
});

/** A browser context where every request not to 127.0.0.1 is aborted and remembered. */
async function guarded(browser: import('@playwright/test').Browser, opts = {}): Promise<{ ctx: BrowserContext; leaks: string[] }> {
  const ctx = await browser.newContext(opts);
  const leaks: string[] = [];
  await ctx.route(
    () => true,
    (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : (leaks.push(route.request().url()), route.abort()),
  );
  return { ctx, leaks };
}

/** Runs `fn(window.consentry)` in the page (the function's source is sent, as Playwright does). */
const api = <T>(page: Page, fn: (c: Win['consentry']) => T | Promise<T>) =>
  page.evaluate(`(${fn.toString()})(window.consentry)`) as Promise<T>;

test('guardian: the child asks, the guardian answers every item; the receipt lists every purpose with its choice; no store ever holds the name or phone', async ({
  browser,
}) => {
  const { ctx, leaks } = await guarded(browser);
  // every message posted on any BroadcastChannel of the site, and every value ever written to localStorage
  await ctx.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __bc: string[] }).__bc = []);
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (m: unknown) {
      seen.push(JSON.stringify(m));
      return post.call(this, m);
    };
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      seen.push(k + '=' + v);
      return set.call(this, k, v);
    };
  });
  const page = await ctx.newPage();
  const other = await ctx.newPage();
  await site(page, '/kids.html', config({ children: { minimumAge: 14 } }));
  await site(other, '/kids.html', config({ children: { minimumAge: 14 } }));
  await other.goto(`${demo.url}/kids.html`);
  await other.evaluate(() => {
    const got: string[] = ((window as unknown as { __heard: string[] }).__heard = []);
    new BroadcastChannel('consentry:consentry').onmessage = (e) => got.push(JSON.stringify(e.data));
  });
  await page.goto(`${demo.url}/kids.html`);
  const age = page.locator('[data-consentry-age]');
  await age.locator('[data-action="age-child"]').click();
  // the child sees no "Agree all": only asking the guardian, or rejecting everything optional
  await expect(age.locator('button')).toHaveText(['법정대리인에게 동의 요청', '모두 거부']);
  // and an "Agree all" through the API grants a child nothing before the guardian answered
  const before = await api(page, async (c) => {
    await c.agreeAll({ method: 'banner' });
    return ['terms', 'analytics', 'marketing', 'provision'].map((id) => c.isGranted(id));
  });
  expect(before).toEqual([false, false, false, false]);
  await age.locator('[data-action="guardian"]').click();
  const sheet = page.locator('[data-consentry-guardian]');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('[data-purpose]')).toHaveCount(5);
  await sheet.locator('#cs-g-name').fill(NAME);
  await sheet.locator('#cs-g-contact').fill(PHONE);
  await sheet.locator('input[name="cs-g-terms"][value="agree"]').check();
  await sheet.locator('input[name="cs-g-analytics"][value="disagree"]').check();
  await sheet.locator('input[name="cs-g-marketing"][value="agree"]').check();
  await sheet.locator('input[name="cs-g-marketing-ch-email"][value="agree"]').check();
  await sheet.locator('input[name="cs-g-provision"][value="disagree"]').check();
  await sheet.locator('[data-action="guardian-submit"]').click();
  await expect(sheet).toBeHidden();
  // no verification hook: recorded as self-declared, and nothing claims a verification
  await expect(page.locator('[data-consentry-host] [role="status"]').first()).toHaveText('법정대리인이 입력한 동의 내용을 기록했습니다.');
  await expect(page.locator('[data-consentry-result] dd[data-channel="email"]')).toHaveText('수신 동의 처리 완료');
  const state = await api(page, (c) => ({
    guardian: c.snapshot().guardian,
    granted: ['terms', 'analytics', 'provision'].map((id) => c.isGranted(id)),
    email: c.isGranted('marketing', 'email'),
    sms: c.isGranted('marketing', 'sms'),
  }));
  expect(state).toEqual({
    guardian: { method: 'self-declared', verifiedAt: expect.any(Number), verified: false },
    granted: [true, false, false],
    email: true,
    sms: false,
  });
  // the guardian's receipt: every purpose with its choice (and the child's banner click before it)
  await expect.poll(async () => (await api(page, (c) => c.receipts.list())).filter((r) => r.method == 'guardian').length).toBe(1);
  const receipts = await api(page, (c) => c.receipts.list());
  const g = receipts.find((r) => r.method == 'guardian')!;
  expect(g.purposes.map((p) => [p.id, p.state])).toEqual([
    ['terms', 'given'],
    ['analytics', 'refused'],
    ['marketing', 'given'],
    ['provision', 'refused'],
  ]);
  expect(g.purposes.find((p) => p.id == 'marketing')!.channels).toEqual({ email: 'given', sms: 'refused' });
  expect(g.guardian!.method).toBe('self-declared');
  expect(g.marketingResult).toMatchObject({
    sender: '(주)예시상회',
    purposes: [{ id: 'marketing', choice: 'given', channels: { email: 'given', sms: 'refused' }, nightTime: 'refused' }],
  });
  // every client store, as text: cookies, localStorage, every IndexedDB database, every cross-tab message
  await page.waitForTimeout(300);
  const stores = await page.evaluate(async () => {
    const out: string[] = [document.cookie];
    for (let i = 0; i < localStorage.length; i++) out.push(localStorage.key(i)! + '=' + localStorage.getItem(localStorage.key(i)!));
    for (let i = 0; i < sessionStorage.length; i++) out.push(sessionStorage.key(i)! + '=' + sessionStorage.getItem(sessionStorage.key(i)!));
    for (const info of await indexedDB.databases()) {
      const db: IDBDatabase = await new Promise((ok, no) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      for (const name of Array.from(db.objectStoreNames)) {
        const all: unknown[] = await new Promise((ok) => {
          const r = db.transaction(name).objectStore(name).getAll();
          r.onsuccess = () => ok(r.result);
        });
        out.push(info.name + '/' + name + ':' + JSON.stringify(all));
      }
      db.close();
    }
    out.push(...(window as unknown as { __bc: string[] }).__bc);
    return out;
  });
  const heard = await other.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  expect(heard.length).toBeGreaterThan(0);
  const everything = [...stores, ...heard, ...(await ctx.cookies()).map((c) => c.name + '=' + c.value)].join('\n');
  expect(everything).toContain('consentry'); // the stores were read
  expect(everything).toContain('self-declared'); // and hold the guardian's method
  for (const secret of [NAME, encodeURIComponent(NAME), PHONE, '01043218765', PHONE.replace(/-/g, ' ')])
    expect(everything).not.toContain(secret);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test("children.mode 'refuse': the under-14 answer ends in a polite refusal; nothing is granted", async ({ browser }) => {
  const { ctx, leaks } = await guarded(browser);
  const page = await ctx.newPage();
  await site(page, '/no-kids.html', config({ children: { minimumAge: 14, mode: 'refuse' } }), 'en');
  await page.goto(`${demo.url}/no-kids.html`);
  await page.locator('[data-action="age-child"]').click();
  const age = page.locator('[data-consentry-age][data-refused]');
  await expect(age).toContainText('Sorry: this service does not take personal information of children under 14.');
  await expect(age.locator('button')).toHaveText(['OK']);
  const granted = await api(page, async (c) => {
    await c.agreeAll({ method: 'api' });
    return ['terms', 'analytics', 'marketing', 'provision'].map((id) => c.isGranted(id));
  });
  expect(granted).toEqual([false, false, false, false]);
  await age.locator('[data-action="close"]').click();
  await expect(page.locator('[data-consentry-age]')).toHaveCount(0);
  await expect(page.locator('[data-consentry-banner]')).toHaveCount(0);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('first layer: a third-party provision is granted by "Agree all" only when the banner shows its recipient and items', async ({
  browser,
}) => {
  const { ctx, leaks } = await guarded(browser);
  const page = await ctx.newPage();
  const list = [purposes.essential, purposes.analytics, purposes.provision];
  // without bannerDetails: listed, marked as asked separately, left unanswered, then asked in the dialog
  await site(page, '/plain.html', config({}, list));
  await page.goto(`${demo.url}/plain.html`);
  const banner = page.locator('[data-consentry-banner]');
  await expect(banner.locator('[data-item]')).toHaveText(['필수 쿠키 안내', '이용 통계 선택', '제휴사 제공 선택항목별 설정에서 따로 동의']);
  await expect(banner).not.toContainText('(주)한빛페이');
  await banner.locator('[data-action="agree-all"]').click();
  const dialog = page.locator('[role="dialog"]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.cs-rest')).toContainText('제휴사 제공');
  expect(await api(page, (c) => [c.isGranted('analytics'), c.get('provision')!.choice ?? null, c.isGranted('provision')])).toEqual([
    true,
    null,
    false,
  ]);
  await dialog.locator('[data-action="close"]').click();
  // with bannerDetails: recipient and items on the banner, and "Agree all" grants it
  const page2 = await ctx.newPage();
  await site(
    page2,
    '/detailed.html',
    config({ cookie: { name: 'detailed' } }, [purposes.essential, purposes.analytics, { ...purposes.provision, bannerDetails: true }]),
  );
  await page2.goto(`${demo.url}/detailed.html`);
  const b2 = page2.locator('[data-consentry-banner]');
  await expect(b2.locator('[data-item="provision"]')).toHaveText(
    '제휴사 제공 선택제공받는 자: (주)한빛페이제공하는 항목: 이름 및 결제 내역',
  );
  await b2.locator('[data-action="agree-all"]').click();
  await expect(b2).toBeHidden();
  await expect(page2.locator('[role="dialog"]')).toHaveCount(0);
  expect(await api(page2, (c) => c.isGranted('provision'))).toBe(true);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('expiry by kind (page clock): a service item is still granted at day 800 while analytics asks again at day 396', async ({
  browser,
}) => {
  const DAY = 864e5;
  const t0 = Date.now();
  const { ctx, leaks } = await guarded(browser);
  const at = async (days: number) => {
    const page = await ctx.newPage();
    await page.clock.install({ time: t0 + days * DAY });
    await site(page, '/clock.html', config({}, [purposes.essential, purposes.terms, purposes.analytics]));
    await page.goto(`${demo.url}/clock.html`);
    await api(page, (c) => c.ready);
    return page;
  };
  const p0 = await at(0);
  await api(p0, (c) => c.decide({ terms: 'agree', analytics: 'agree' }, { method: 'banner' }));
  await p0.close();
  const p395 = await at(394);
  expect(await api(p395, (c) => [c.isGranted('terms'), c.isGranted('analytics'), c.needsDecision()])).toEqual([true, true, false]);
  await expect(p395.locator('[data-consentry-banner]')).toHaveCount(0);
  await p395.close();
  const p396 = await at(396);
  expect(await api(p396, (c) => [c.isGranted('terms'), c.isGranted('analytics'), c.pending()])).toEqual([true, false, ['analytics']]);
  await expect(p396.locator('[data-consentry-banner]')).toBeVisible();
  await p396.close();
  const p800 = await at(800);
  expect(await api(p800, (c) => [c.isGranted('terms'), c.get('terms')!.expiresAt ?? null])).toEqual([true, null]);
  await p800.close();
  expect(leaks).toEqual([]);
  await ctx.close();
});

for (const lang of ['ko', 'en'] as const)
  test(`sign-up (${lang}): processors and two receiving parties abroad render with the right labels`, async ({ browser }) => {
    const { ctx, leaks } = await guarded(browser);
    const page = await ctx.newPage();
    await page.goto(`${demo.url}/signup/?lang=${lang}`);
    const form = page.locator('[data-consentry-form]');
    await form.locator('[data-purpose="overseas"] .cs-more').click();
    const dts = (sel: string) => form.locator(`${sel} dt`).allTextContents();
    const transfer = await dts('[data-purpose="overseas"]');
    const processors = await dts('[data-consentry-processors]');
    if (lang == 'ko') {
      expect(transfer.filter((x) => x == '이전받는 자')).toHaveLength(2);
      for (const l of ['이전되는 국가', '이전받는 자의 이용 목적', '이전받는 자의 보유 및 이용 기간', '거부 방법, 절차 및 거부의 효과'])
        expect(transfer).toContain(l);
      expect(transfer).not.toContain('제공받는 자');
      expect(processors).toEqual(['수탁자', '위탁 업무 내용', '연락처', '수탁자', '위탁 업무 내용', '연락처']);
      await expect(form.locator('[data-consentry-processors] .cs-row-title')).toHaveText('개인정보 처리 위탁안내');
      await expect(form.locator('[data-purpose="overseas"]')).toContainText('사쿠라푸시(주)');
    } else {
      expect(transfer.filter((x) => x == 'Receiving party')).toHaveLength(2);
      for (const l of [
        'Destination country',
        "Receiving party's purpose",
        "Receiving party's retention period",
        'How to refuse, the procedure, and the effect of refusing',
      ])
        expect(transfer).toContain(l);
      expect(processors).toEqual(['Processor', 'Task entrusted', 'Contact', 'Processor', 'Task entrusted', 'Contact']);
      await expect(form.locator('[data-consentry-processors] .cs-row-title')).toHaveText('ProcessorsNotice');
      await expect(form.locator('[data-purpose="overseas"]')).toContainText('Sakura Push K.K.');
    }
    await expect(form.locator('[data-consentry-processors] input')).toHaveCount(0);
    // the provision item keeps the provision labels
    await form.locator('[data-purpose="provision"] .cs-more').click();
    expect(await dts('[data-purpose="provision"]')).toContain(lang == 'ko' ? '제공받는 자의 이용 목적' : "Recipient's purpose");
    expect(leaks).toEqual([]);
    await ctx.close();
  });

test('marketing result notice in the dialog (Network Act 50⑦): sender, date, per-channel result; and on withdrawal', async ({
  browser,
}) => {
  const { ctx, leaks } = await guarded(browser);
  const page = await ctx.newPage();
  await site(page, '/news.html', config({}, [purposes.essential, purposes.analytics, purposes.marketing]), 'en');
  await page.goto(`${demo.url}/news.html`);
  await page.locator('[data-consentry-banner] [data-action="preferences"]').click();
  const dialog = page.locator('[role="dialog"]');
  await dialog.locator('input[name="cs-marketing"][value="agree"]').check();
  await dialog.locator('[data-channel="email"] input[value="agree"]').check();
  await dialog.locator('[data-channel="sms"] input[value="disagree"]').check();
  await dialog.locator('[data-action="save"]').click();
  const result = page.locator('[data-consentry-result]');
  await expect(result.locator('h2')).toHaveText('Advertising messages: the result of your choice');
  await expect(result.locator('[data-sender]')).toHaveText('Example Trading Co.');
  const today = await page.evaluate(() => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date()));
  await expect(result.locator('[data-date]')).toHaveText(today);
  await expect(result.locator('dd[data-outcome]')).toHaveText(['Opted in', 'Opted out']);
  await result.locator('[data-action="close"]').click();
  await expect(result).toHaveCount(0);
  await page.locator('[data-action="reopen"]').click();
  await dialog.locator('input[name="cs-marketing"][value="disagree"]').check();
  await dialog.locator('[data-action="save"]').click();
  await expect(result.locator('dd[data-channel="email"]')).toHaveText('Consent withdrawn');
  // the withdrawal's receipt carries the same result (journaled right after the decision)
  await expect
    .poll(async () => (await api(page, (c) => c.receipts.list())).at(-1)!.marketingResult)
    .toMatchObject({
      sender: 'Example Trading Co.',
      purposes: [{ id: 'marketing', choice: 'withdrawn', channels: { email: 'withdrawn' } }],
    });
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('the debug script tag prints the legal warnings in one console warning, and the page works', async ({ browser }) => {
  const { ctx, leaks } = await guarded(browser);
  const page = await ctx.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => (m.type() === 'warning' ? warnings : m.type() === 'error' ? errors : []).push(m.text()));
  const analytics = { ...purposes.analytics, necessity: 'required', items: [L('방문 페이지 등', 'pages visited, etc.')] };
  const night = { ...purposes.marketing, channels: ['email'] };
  const rrn = {
    ...purposes.terms,
    id: 'identity',
    kind: 'unique_id',
    necessity: 'optional',
    items: [L('주민등록번호', 'resident registration number')],
  };
  await site(
    page,
    '/warned.html',
    config({}, [{ ...purposes.essential, legalBasis: undefined }, analytics, night, rrn]),
    'ko',
    'consentry.debug.js',
  );
  await page.goto(`${demo.url}/warned.html`);
  await expect(page.locator('[data-consentry-banner]')).toBeVisible();
  const ours = warnings.filter((w) => w.includes('consentry'));
  expect(ours).toHaveLength(1);
  for (const path of [
    'purposes[0].legalBasis',
    'purposes[1].necessity',
    'purposes[1].items[0]',
    'purposes[2].nightTime',
    'purposes[3].items[0]',
  ])
    expect(ours[0]).toContain(path);
  for (const law of ['PIPA 22③', 'PIPA 22⑤', 'PIPA 15①4', 'Network Act 50③', 'PIPA 24-2', 'PIPC guidelines'])
    expect(ours[0]).toContain(law);
  expect(errors).toEqual([]);
  expect(leaks).toEqual([]);
  await ctx.close();
});
