// Consent receipts in real Chromium, on the BUILT script tag (dist/consentry.js + the on-demand
// dist/consentry-receipts.js), real IndexedDB, delivered to a real HTTP server on 127.0.0.1 that the test
// controls (test/support/receipt-server.ts). The fixture page comes from a second such server, so the receipts
// go cross-origin (CORS preflight) and both origins are real loopback servers. Nothing may leave the machine.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoServer, type Demo } from './support/demo';
import { startReceiptServer, type ReceiptServer } from '../support/receipt-server';
import { tradingConfig } from '../support/trading-config';
import { hashReceipt, verifyChain } from '../../src/receipts/chain';
import type { Receipt } from '../../src/receipts/types';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const receiptSchema = ajv.compile(JSON.parse(readFileSync(join(root, 'src/receipts/receipt.schema.json'), 'utf8')));
const kantaraSchema = ajv.compile(JSON.parse(readFileSync(join(root, 'src/receipts/kantara.schema.json'), 'utf8')));

const FIXTURE = '/receipts-fixture.html';

function fixtureHtml(endpoint: string, bundle: string): string {
  const config = tradingConfig(endpoint, { layout: 'banner' });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>receipts fixture</title>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="${bundle}"></script></head><body><main><h1>Shop</h1><p>Fixture page.</p></main></body></html>`;
}

let demo: Demo;
let rs: ReceiptServer;
let site: ReceiptServer;
test.beforeAll(async () => {
  demo = await demoServer();
  rs = await startReceiptServer();
  site = await startReceiptServer();
  site.page(FIXTURE, fixtureHtml(rs.endpoint, `${demo.url}/dist/consentry.js`));
  // a same-origin page that takes the flusher's Web Lock and never lets go: regular flushes then skip
  site.page(
    '/lock-holder.html',
    `<!doctype html><title>holder</title><script>navigator.locks.request('consentry-receipts-flush', () => { document.title = 'held'; return new Promise(() => {}); });</script>`,
  );
});
test.afterAll(async () => {
  await site?.close();
  await rs?.close();
  await demo?.close();
});

/** A fresh browser profile whose pages get the fixture; anything not for 127.0.0.1 is aborted and remembered. */
async function context(
  browser: import('@playwright/test').Browser,
): Promise<{ ctx: BrowserContext; leaks: string[]; open(): Promise<Page> }> {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const leaks: string[] = [];
  await ctx.route(
    () => true,
    (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') {
        leaks.push(url.href);
        return route.abort();
      }
      return route.continue();
    },
  );
  const open = async () => {
    const page = await ctx.newPage();
    await page.goto(site.url + FIXTURE);
    return page;
  };
  return { ctx, leaks, open };
}

/** Waits until the receipts part has loaded (at idle, since an endpoint is configured). */
const partLoaded = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/consentry-receipts.js')));

/** The journal as the page's IndexedDB holds it. */
function journal(page: Page): Promise<{ receipt: Receipt; status: string; error?: string }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('consentry-receipts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const q = db
            .transaction('receipts')
            .objectStore('receipts')
            .getAll(IDBKeyRange.bound('r:', 'r;', false, true));
          q.onsuccess = () => (db.close(), resolve(q.result));
          q.onerror = () => reject(q.error);
        };
      }),
  );
}

const mine = (subjectId: string) => [...rs.stored.values()].filter((r) => r.subjectId === subjectId);

test('a decision in the banner: the receipt is journaled, sent and stored once, valid and chained', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const page = await open();
  await page.locator('[data-action="agree-all"]').click();
  // the click's decision is written by the writer part, which may still be arriving: wait for the subject
  await page.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  await rs.waitFor(() => mine(subject).length === 1);
  const [r] = mine(subject);
  expect(receiptSchema(r), JSON.stringify(receiptSchema.errors)).toBe(true);
  expect(r.hash).toBe(await hashReceipt(r));
  expect(r).toMatchObject({ method: 'banner', locale: 'en', prev: null, policy: { version: '2026-11', url: `${site.url}/privacy/` } });
  expect(r.purposes.map((p) => [p.id, p.state])).toEqual([
    ['analytics', 'given'],
    ['news', 'given'],
  ]);
  expect(r.purposes[1].channels).toEqual({ email: 'given', sms: 'given' });
  expect(rs.seen.get(r.id)).toBe(1);
  await expect.poll(async () => (await journal(page)).map((e) => [e.receipt.id, e.status])).toEqual([[r.id, 'delivered']]);
  // a withdrawal in the same page chains to it
  await page.evaluate(() => (window as any).consentry.withdraw('news', { method: 'preferences' }));
  await rs.waitFor(() => mine(subject).length === 2);
  const w = mine(subject)[1];
  expect(w.prev).toBe(r.hash);
  expect(w.purposes).toMatchObject([{ id: 'news', state: 'withdrawn' }]);
  expect(await verifyChain(mine(subject))).toEqual({ ok: true, problems: [] });
  // the page API exports both formats
  const out = await page.evaluate(() => (window as any).consentry.receipts.export());
  expect(out.receipts.map((x: Receipt) => x.id)).toEqual([r.id, w.id]);
  expect(out.kantara).toHaveLength(1);
  expect(out.chain.ok).toBe(true);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('the server answers 500 three times: the receipt arrives once, on the fourth try', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const page = await open();
  await partLoaded(page);
  rs.failNext(3, 500);
  await page.locator('[data-action="disagree-all"]').click();
  await page.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  await rs.waitFor(() => mine(subject).length === 1, 15_000);
  const [r] = mine(subject);
  const tries = rs.posts.filter((p) => p.ids.includes(r.id)).map((p) => p.status);
  expect(tries).toEqual([500, 500, 500, 200]);
  expect(rs.seen.get(r.id)).toBe(1);
  expect(r.purposes.every((p) => p.state === 'refused')).toBe(true);
  await expect.poll(async () => (await journal(page)).map((e) => e.status)).toEqual(['delivered']);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('offline: decided offline, sent when the browser is back online (online event), exactly once', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const page = await open();
  await partLoaded(page);
  await ctx.setOffline(true);
  await page.locator('[data-action="agree-all"]').click();
  await page.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  await expect.poll(async () => (await journal(page)).map((e) => e.status)).toEqual(['pending']);
  expect(mine(subject)).toHaveLength(0);
  await ctx.setOffline(false);
  await rs.waitFor(() => mine(subject).length === 1);
  expect(rs.seen.get(mine(subject)[0].id)).toBe(1);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('offline → reload (fails, offline) → online → next load: the receipt arrives exactly once', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const page = await open();
  await partLoaded(page);
  await ctx.setOffline(true);
  await page.locator('[data-action="agree-all"]').click();
  await page.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  await expect.poll(async () => (await journal(page)).length).toBe(1);
  await page.reload().catch(() => {}); // offline: the bundle cannot load
  expect(mine(subject)).toHaveLength(0);
  await ctx.setOffline(false);
  await page.goto(site.url + FIXTURE);
  await rs.waitFor(() => mine(subject).length === 1);

  const [r] = mine(subject);
  await expect.poll(async () => (await journal(page)).map((e) => e.status)).toEqual(['delivered']);
  // One record. Copies sent by the page that was unloaded while offline can still reach the server once the
  // network is back (seen with Chromium's offline emulation): they are answered `duplicate`, never stored twice.
  const answers = rs.answers.get(r.id)!;
  expect(answers[0]).toBe('stored');
  expect(answers.slice(1).every((a) => a === 'duplicate')).toBe(true);
  expect([...rs.stored.values()].filter((x) => x.subjectId === subject)).toHaveLength(1);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('two tabs deciding at once: every receipt arrives once, on one unbroken chain', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const a = await open();
  await a.locator('[data-action="agree-all"]').click();
  await a.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await a.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  const b = await open(); // same cookie: same subject; b loads the part at its first decision
  await partLoaded(a);
  expect(await b.evaluate(() => (window as any).consentry.snapshot().subjectId)).toBe(subject);
  await Promise.all([
    a.evaluate(() => (window as any).consentry.decide({ analytics: 'disagree' }, { method: 'preferences' })),
    b.evaluate(() => (window as any).consentry.decide({ news: 'disagree' }, { method: 'preferences' })),
    a.evaluate(() => (window as any).consentry.withdraw('news', { method: 'preferences' })),
    b.evaluate(() => (window as any).consentry.decide({ analytics: 'agree' }, { method: 'preferences' })),
  ]);
  await rs.waitFor(() => mine(subject).length === 5);
  const list = mine(subject).sort((x, y) => (x.timestamp < y.timestamp ? -1 : 1));
  for (const r of list) expect(rs.seen.get(r.id), r.id).toBe(1);
  expect(await verifyChain(list)).toEqual({ ok: true, problems: [] });
  expect(new Set(list.map((r) => r.prev)).size).toBe(5);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('tab closed right after deciding: the receipt still arrives (keepalive), with no page left open', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const page = await open();
  await partLoaded(page);
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string | undefined);
  expect(subject).toBeUndefined();
  const before = new Set(rs.stored.keys());
  await page.locator('[data-action="agree-all"]').click();
  await page.close();
  expect(ctx.pages()).toHaveLength(0);
  await rs.waitFor(() => [...rs.stored.keys()].some((id) => !before.has(id)), 10_000);
  const r = [...rs.stored.values()].find((x) => !before.has(x.id))!;
  expect(r.method).toBe('banner');
  expect(r.hash).toBe(await hashReceipt(r));
  expect(rs.seen.get(r.id)).toBe(1);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('page hide sends what the regular flusher could not: the closing tab itself delivers (keepalive)', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const holder = await ctx.newPage();
  await holder.goto(site.url + '/lock-holder.html');
  await expect(holder).toHaveTitle('held');
  const page = await open();
  await partLoaded(page);
  await page.locator('[data-action="agree-all"]').click();
  await page.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  // journaled, but another "tab" holds the flusher lock: nothing is sent while the page lives
  await expect.poll(async () => (await journal(page)).map((e) => e.status)).toEqual(['pending']);
  const flushed = await page.evaluate(() => (window as any).consentry.receipts.flush());
  expect(flushed.skipped).toBe('locked');
  expect(mine(subject)).toHaveLength(0);
  await page.close();
  // only the holder (no consentry on it) is left: the closing page's keepalive request is the only way in
  await rs.waitFor(() => mine(subject).length === 1, 10_000);
  expect(rs.seen.get(mine(subject)[0].id)).toBe(1);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('a returning visitor with every receipt delivered downloads no receipt code', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const first = await open();
  await first.locator('[data-action="agree-all"]').click();
  await first.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await first.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  await rs.waitFor(() => mine(subject).length === 1);
  await expect.poll(async () => (await journal(first)).map((e) => e.status)).toEqual(['delivered']);
  await first.close();
  const again = await open();
  // past the idle callback the script tag would use
  await again.evaluate(() => new Promise((ok) => ((window as any).requestIdleCallback || setTimeout)(() => setTimeout(ok, 500))));
  const loaded = await again.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  expect(loaded).toContain('/dist/consentry.js');
  expect(loaded.filter((p) => p.includes('consentry-receipts'))).toEqual([]);
  // the record is still one click away
  const latest = await again.evaluate(() => (window as any).consentry.receipts.latest());
  expect(latest.id).toBe(mine(subject)[0].id);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('window.consentry.receipts is one object: a reference kept from before the first write gets the real calls, even after the page replaced the property', async ({
  browser,
}) => {
  const { ctx, leaks, open } = await context(browser);
  const page = await open();
  await page.evaluate(() => {
    const w = window as any;
    w.keptReceipts = w.consentry.receipts;
    w.consentry.receipts = {};
  });
  await page.locator('[data-action="agree-all"]').click();
  await page.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  await rs.waitFor(() => mine(subject).length === 1);
  const latest = await page.evaluate(() => (window as any).keptReceipts.latest());
  expect(latest.id).toBe(mine(subject)[0].id);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('decided before the receipts code loaded, tab closed: the stashed decision is journaled and sent on the next visit', async ({
  browser,
}) => {
  const { ctx, leaks, open } = await context(browser);
  // hold the receipts part back on the first page only
  let hold = true;
  await ctx.route('**/consentry-receipts.js', (route) => (hold ? route.abort() : route.fallback()));
  const page = await open();
  await page.locator('[data-action="agree-all"]').click();
  await page.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  const stashed = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('consentry-receipt:')));
  expect(stashed).toHaveLength(1);
  await page.close();
  expect(mine(subject)).toHaveLength(0);
  hold = false;
  const next = await open();
  await rs.waitFor(() => mine(subject).length === 1);
  const [r] = mine(subject);
  expect(r.id).toBe(stashed[0].slice('consentry-receipt:'.length));
  expect(r.method).toBe('banner');
  await expect.poll(() => next.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('consentry-receipt:')).length)).toBe(0);
  expect(rs.seen.get(r.id)).toBe(1);
  expect(leaks).toEqual([]);
  await ctx.close();
});

test('"My consent record" shows the latest receipt, and Download saves both export formats', async ({ browser }) => {
  const { ctx, leaks, open } = await context(browser);
  const page = await open();
  await page.locator('[data-action="agree-all"]').click();
  await page.waitForFunction(() => !!(window as any).consentry.snapshot().subjectId);
  await page.evaluate(() => (window as any).consentry.withdraw('analytics', { method: 'preferences' }));
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  await rs.waitFor(() => mine(subject).length === 2);
  const latest = mine(subject)[1];
  await page.evaluate(() => (window as any).consentry.open());
  const box = page.locator('[data-consentry-record]');
  await expect(box.locator('code')).toHaveText(latest.id);
  await expect(box).toContainText('2026-11');
  await expect(box).toContainText('Visit analysis');
  const [download] = await Promise.all([page.waitForEvent('download'), box.locator('[data-action="download-record"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^consent-record-\d{4}-\d\d-\d\d\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file.format).toBe('consentry.export/1');
  expect(file.receipts.map((r: Receipt) => r.id)).toEqual(mine(subject).map((r) => r.id));
  for (const r of file.receipts) expect(receiptSchema(r), JSON.stringify(receiptSchema.errors)).toBe(true);
  expect(file.kantara).toHaveLength(1);
  for (const k of file.kantara) expect(kantaraSchema(k), JSON.stringify(kantaraSchema.errors)).toBe(true);
  expect(file.kantara[0].version).toBe('KI-CR-v1.1.0');
  const statuses = file.iso27560['@graph'].map((g: any) => g['dpv:hasConsentStatus']['@type']);
  expect(statuses).toEqual(['dpv:ConsentGiven', 'dpv:ConsentGiven', 'dpv:ConsentWithdrawn']);
  expect(file.chain).toEqual({ ok: true, problems: [], complete: true });
  // the export formats are their own file, loaded only now
  expect(
    await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/consentry-receipts-export.js'))),
  ).toBe(true);
  expect(leaks).toEqual([]);
  await ctx.close();
});
