// Members on the BUILT demo (dist/demo/*.js from the package entries, dist/server.js as the collector on
// a real SQLite file): the sign-up links its receipts to the new account, a second browser signed in to
// the same account takes its answers without asking, a withdrawal reaches it on reload, the rights form
// round-trips to the operator's routes, a forged proof links nothing, and neither the account id nor the
// proof is kept in any browser store. Every request that would leave the machine is blocked and counted.
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoServer, type Demo } from './support/demo';
import { guardNetwork, type NetworkLog } from './support/google';

const ADMIN = 'members-e2e-admin-token-0123456789';
const axePath = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer({
    collector: true,
    adminToken: ADMIN,
    databaseUrl: join(mkdtempSync(join(tmpdir(), 'consentry-members-')), 'm.sqlite'),
  });
});
test.afterAll(async () => {
  await demo?.close();
});

const admin = (path: string) => fetch(`${demo.url}${path}`, { headers: { authorization: `Bearer ${ADMIN}` } }).then((r) => r.json());
const marketing = (s: any) => (s.purposes || []).find((p: any) => p.id === 'marketing');

async function guarded(browser: Browser): Promise<{ ctx: BrowserContext; net: NetworkLog }> {
  const ctx = await browser.newContext();
  return { ctx, net: await guardNetwork(ctx) };
}

/** Signs up on the demo with every item agreed but the transfer abroad; returns the new account id. */
async function signUp(page: Page): Promise<string> {
  await page.goto(`${demo.url}/signup/?lang=ko`);
  const form = page.locator('[data-consentry-form]');
  await page.fill('#name', '김구름');
  await page.fill('#email', 'cloud@example.com');
  await page.fill('#password', 'correct horse');
  await form.locator('input[name="cs-age"][value="adult"]').check();
  await form.locator('input[data-action="agree-all"]').check();
  await form.locator('[data-purpose="overseas"] .cs-item-head input').uncheck();
  await page.locator('[data-signup-submit]').click();
  const member = page.locator('[data-signup-done] [data-member]');
  await expect(member).toBeVisible();
  return (await member.getAttribute('data-member'))!;
}

/** Every cookie, Web Storage entry and IndexedDB record of the page's origin, as one string. */
async function everyStore(page: Page, ctx: BrowserContext): Promise<string> {
  const idb = await page.evaluate(async () => {
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, no) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => no(r.error);
      });
      for (const name of [...db.objectStoreNames]) {
        const tx = db.transaction(name);
        const [keys, values] = await Promise.all(
          ['getAllKeys', 'getAll'].map(
            (m) => new Promise<unknown[]>((ok) => ((tx.objectStore(name) as any)[m]().onsuccess = (e: any) => ok(e.target.result))),
          ),
        );
        out.push({ db: info.name, name, keys, values });
      }
      db.close();
    }
    return { idb: out, local: { ...localStorage }, session: { ...sessionStorage } };
  });
  return JSON.stringify({ ...idb, cookies: (await ctx.cookies()).filter((c) => c.name !== 'demo_session') });
}

test('sign-up links the receipts to the account; a second browser takes the answers; a withdrawal reaches it; nothing stored', async ({
  browser,
}) => {
  test.skip(!demo.collector, 'the collector is not built (dist/server.js)');
  const a = await guarded(browser);
  const pa = await a.ctx.newPage();
  const proofs: string[] = [];
  const texts: { [hash: string]: string } = {};
  pa.on('request', (r) => {
    if (!r.url().endsWith('/v1/receipts') || r.method() !== 'POST') return;
    const body = JSON.parse(r.postData() || '{}');
    for (const p of Object.values(body.links || {})) proofs.push(p as string);
    Object.assign(texts, body.texts || {});
  });
  const account = await signUp(pa);
  // the collector says the sign-up's subject belongs to the account, with the marketing answers
  await expect.poll(async () => (await admin(`/v1/accounts/${account}/consent`)).subjects, { timeout: 10_000 }).toBe(1);
  const state = await admin(`/v1/accounts/${account}/consent`);
  expect(marketing(state)).toMatchObject({ state: 'given', channels: { sms: { state: 'given' }, email: { state: 'given' } } });
  expect(proofs.length).toBeGreaterThan(0);
  // the notice texts went with the receipt: the operator reads the exact words of each item by its hash
  const hashes = Object.keys(texts);
  expect(hashes.length).toBeGreaterThanOrEqual(4);
  for (const h of hashes) {
    const r = await fetch(`${demo.url}/v1/notices/texts/${h}`, { headers: { authorization: `Bearer ${ADMIN}` } });
    expect(r.status).toBe(200);
    expect(await r.text()).toBe(texts[h]);
  }
  // neither the account id nor a proof in any cookie, Web Storage or IndexedDB record
  const stored = await everyStore(pa, a.ctx);
  expect(stored).not.toContain(account);
  for (const p of proofs) expect(stored).not.toContain(p.split('.')[2]);

  // a second browser: the member signs in there; the page loads the account's consent, asks nothing
  const b = await guarded(browser);
  expect((await b.ctx.request.post(`${demo.url}/demo/signin`, { data: account })).status()).toBe(200);
  const pb = await b.ctx.newPage();
  const bReceipts: string[] = [];
  pb.on('request', (r) => r.url().endsWith('/v1/receipts') && r.method() === 'POST' && bReceipts.push(r.postData() || ''));
  await pb.goto(`${demo.url}/signup/?lang=ko`);
  const doneB = pb.locator('[data-signup-done]');
  await expect(doneB.locator('[data-member]')).toHaveAttribute('data-member', account);
  await expect(doneB.locator('[data-result="marketing"]')).toContainText('동의');
  await expect(doneB.locator('[data-result="marketing"]')).not.toContainText('동의하지 않음');
  await expect(doneB.locator('[data-result="overseas"]')).toContainText('동의하지 않음');
  await expect(pb.locator('[data-consentry-host]')).toBeAttached();
  await expect(pb.locator('[data-consentry-banner]')).toHaveCount(0);
  // no receipt from the second browser: the proof of those answers is the first browser's receipts
  expect(bReceipts).toEqual([]);

  // the member withdraws marketing on the first browser
  await pa.locator('[data-signup-done] [data-consentry-open]').click();
  const dialog = pa.locator('[role="dialog"]');
  await dialog.locator('input[name="cs-marketing"][value="disagree"]').check();
  await dialog.locator('[data-action="save"]').click();
  await expect.poll(async () => marketing(await admin(`/v1/accounts/${account}/consent`)).state, { timeout: 10_000 }).toBe('withdrawn');
  // …and the second browser has it on its next load
  await pb.reload();
  await expect(pb.locator('[data-signup-done] [data-result="marketing"]')).toContainText('동의하지 않음');
  expect(bReceipts).toEqual([]);
  expect(await everyStore(pb, b.ctx)).not.toContain(account);

  // logout on the first browser: a new subject; what happens next there is not linked
  const before = (await admin(`/v1/accounts/${account}/consent`)).subjects;
  await pa.locator('[data-logout]').click();
  await expect(pa.locator('[data-signup-submit]')).toBeVisible();
  expect((await admin(`/v1/accounts/${account}/consent`)).subjects).toBe(before);

  expect([...a.net.blocked, ...b.net.blocked]).toEqual([]);
  await a.ctx.close();
  await b.ctx.close();
});

test('a forged proof links nothing (the collector refuses it, the sign-up still works)', async ({ browser }) => {
  test.skip(!demo.collector, 'the collector is not built (dist/server.js)');
  const c = await guarded(browser);
  const forge = (accountId: string) => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: accountId, iat: now, exp: now + 600, jti: String(Math.random()) })}`;
    return `${head}.${createHmac('sha256', 'an-attacker-guess-at-the-link-secret-0000').update(head).digest('base64url')}`;
  };
  const victim = 'member-0123456789ab';
  await c.ctx.route('**/demo/signup', (r) =>
    r.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify({ accountId: victim, proof: forge(victim) }) }),
  );
  await c.ctx.route('**/demo/session', (r) =>
    r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ accountId: victim, proof: forge(victim) }) }),
  );
  const page = await c.ctx.newPage();
  const answers: any[] = [];
  page.on(
    'response',
    async (r) => r.url().endsWith('/v1/receipts') && r.request().method() === 'POST' && answers.push(await r.json().catch(() => null)),
  );
  // the page starts signed in (the forged session): the account load is refused (401), the form shows
  await page.goto(`${demo.url}/signup/?lang=en`);
  await expect(page.locator('[data-signup-done]')).toBeVisible();
  await page.locator('[data-signup-done] [data-consentry-open]').click();
  await page.locator('[role="dialog"] input[name="cs-marketing"][value="agree"]').check();
  await page.locator('[role="dialog"] [data-action="save"]').click();
  await expect.poll(() => answers.flatMap((x) => Object.values((x && x.links) || {})).length, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(answers.flatMap((x) => Object.values((x && x.links) || {}))).toContainEqual({
    status: 'rejected',
    error: 'proof signature does not verify',
  });
  expect(answers.flatMap((x) => x.results || []).every((r: any) => r.status === 'stored')).toBe(true);
  expect((await admin(`/v1/accounts/${victim}/consent`)).subjects).toBe(0);
  expect(c.net.blocked).toEqual([]);
  await c.ctx.close();
});

for (const lang of ['ko', 'en'] as const)
  test(`rights form on the privacy page (${lang}): errors announced, request round trip, the operator sees it; axe`, async ({
    browser,
  }) => {
    test.skip(!demo.collector, 'the collector is not built (dist/server.js)');
    const c = await guarded(browser);
    const page = await c.ctx.newPage();
    const account = await signUp(page);
    await page.goto(`${demo.url}/privacy/?lang=${lang}`);
    const form = page.locator(`[data-rights-form="${lang}"] form`);
    await expect(form).toBeVisible();
    await expect(form.locator('[data-term]')).toHaveText(
      lang == 'ko' ? '요구를 받은 날부터 10일 이내에 답변합니다.' : 'We answer within 10 days of receiving your request.',
    );
    // empty: the contact error is announced and focused; nothing is sent
    await form.locator('button[type="submit"]').click();
    await expect(form.locator('.consentry-rights-error[role="alert"]')).toHaveText(
      lang == 'ko'
        ? ['이메일 주소나 휴대전화번호를 입력해 주세요.', '요구 내용을 입력해 주세요.']
        : ['Please enter an e-mail address or a mobile number.', 'Please describe your request.'],
    );
    await expect(form.locator('input[inputmode="email"]')).toBeFocused();
    // keyboard: the kinds are a radio group
    await form.getByLabel(lang == 'ko' ? '삭제 요구' : 'Deletion', { exact: true }).check();
    await form.locator('input[inputmode="email"]').fill('cloud@example.com');
    await form.locator('textarea').fill(lang == 'ko' ? '제 계정과 동의 기록을 삭제해 주세요.' : 'Please delete my account and records.');
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(
      async (sel) =>
        (await (window as any).axe.run({ include: [[sel]] }, { resultTypes: ['violations'] })).violations.map((v: any) => v.id),
      `[data-rights-form="${lang}"]`,
    );
    expect(violations).toEqual([]);
    // the collector is down for a moment: the error says so, what was typed stays
    await c.ctx.route('**/v1/requests', (r) => r.fulfill({ status: 503, body: '{"error":"down"}', contentType: 'application/json' }));
    await form.locator('button[type="submit"]').click();
    await expect(form.locator('.consentry-rights-failure')).toContainText(lang == 'ko' ? '서버 문제로' : 'A server problem');
    await expect(form.locator('textarea')).toHaveValue(/./);
    await c.ctx.unroute('**/v1/requests');
    await form.locator('button[type="submit"]').click();
    const done = page.locator(`[data-rights-form="${lang}"] [data-consentry-rights-done]`);
    await expect(done).toBeVisible();
    const id = (await done.locator('[data-request-id]').textContent())!;
    expect(id).toMatch(/^rq_/);
    const answerBy = await done.locator('[data-answer-by]').getAttribute('data-answer-by');
    const seen = await admin(`/v1/requests/${id}`);
    expect(seen).toMatchObject({ id, type: 'deletion', accountId: account, contact: 'cloud@example.com', answerBy });
    const list = await admin('/v1/requests?status=open');
    expect(list.requests.map((r: any) => r.id)).toContain(id);
    expect(c.net.blocked).toEqual([]);
    await c.ctx.close();
  });
