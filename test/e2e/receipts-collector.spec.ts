// The receipts part against the real collector (dist/server.js, SQLite), on the demo landing page where
// both are on one origin: the SDK's receipts pass the collector's schema and chain checks.
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoServer, type Demo } from './support/demo';
import { verifyChain } from '../../src/receipts/chain';
import type { Receipt } from '../../src/receipts/types';

let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer({ collector: true, databaseUrl: join(mkdtempSync(join(tmpdir(), 'consentry-receipts-')), 'receipts.sqlite') });
});
test.afterAll(async () => {
  await demo?.close();
});

test('demo page → collector: receipts are stored, the chain has no breaks, the subject can read them back', async ({ browser }) => {
  test.skip(!demo.collector, 'the collector is not built (dist/server.js)');
  const ctx = await browser.newContext();
  const leaks: string[] = [];
  await ctx.route(
    () => true,
    (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      if (/(^|\.)(googletagmanager|google-analytics)\.com$/.test(url.hostname)) return route.fulfill({ contentType: 'text/javascript', body: '' });
      leaks.push(url.href);
      return route.abort();
    },
  );
  const page = await ctx.newPage();
  const posts: number[] = [];
  page.on('response', (r) => r.url().endsWith('/v1/receipts') && posts.push(r.status()));
  await page.goto(demo.url + '/');
  await page.locator('[data-action="agree-all"]').click();
  await page.evaluate(() => (window as any).consentry.withdraw('ads', { method: 'preferences' }));
  const subject = await page.evaluate(() => (window as any).consentry.snapshot().subjectId as string);
  const read = async () => (await (await fetch(`${demo.url}/v1/subjects/${subject}/receipts`)).json()) as { receipts: Receipt[]; chainBreaks: unknown[] };
  await expect.poll(async () => (await read()).receipts.length, { timeout: 10_000 }).toBe(2);
  const back = await read();
  expect(back.chainBreaks).toEqual([]);
  expect(back.receipts[1].prev).toBe(back.receipts[0].hash);
  expect(await verifyChain(back.receipts)).toEqual({ ok: true, problems: [] });
  expect(back.receipts[1].purposes).toMatchObject([{ id: 'ads', state: 'withdrawn' }]);
  expect(posts.every((s) => s === 200)).toBe(true);
  const journal = await page.evaluate(() => (window as any).consentry.receipts.list());
  expect(journal.map((r: Receipt) => r.id)).toEqual(back.receipts.map((r) => r.id));
  expect(leaks).toEqual([]);
  await ctx.close();
});
