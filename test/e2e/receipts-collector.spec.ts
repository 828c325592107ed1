// The receipts part against the real collector (dist/server.js, SQLite), on the demo landing page where
// both are on one origin: the SDK's receipts pass the collector's schema, secret and chain checks.
// The collector only takes receipts that come with their subject's secret (`{ receipts, secrets }`).
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoServer, type Demo } from './support/demo';
import { verifyChain } from '../../src/receipts/chain';
import type { Receipt } from '../../src/receipts/types';

const ADMIN = 'receipts-e2e-admin-token-0123456789';
let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer({
    collector: true,
    adminToken: ADMIN,
    databaseUrl: join(mkdtempSync(join(tmpdir(), 'consentry-receipts-')), 'receipts.sqlite'),
  });
});
test.afterAll(async () => {
  await demo?.close();
});

test('demo page → collector: receipts with their secret are stored, chain without breaks, read back with the secret (without it: refused)', async ({
  browser,
}) => {
  test.skip(!demo.collector, 'the collector is not built (dist/server.js)');
  const ctx = await browser.newContext();
  const leaks: string[] = [];
  await ctx.route(
    () => true,
    (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      if (/(^|\.)(googletagmanager|google-analytics)\.com$/.test(url.hostname))
        return route.fulfill({ contentType: 'text/javascript', body: '' });
      leaks.push(url.href);
      return route.abort();
    },
  );
  const page = await ctx.newPage();
  const posts: { status: number; body: any; results: any[] }[] = [];
  page.on('response', async (r) => {
    if (!r.url().endsWith('/v1/receipts') || r.request().method() !== 'POST') return;
    const answer = await r.json().catch(() => ({}));
    posts.push({ status: r.status(), body: JSON.parse(r.request().postData() ?? 'null'), results: answer.results ?? [] });
  });
  await page.goto(demo.url + '/');
  await page.locator('[data-action="agree-all"]').click();
  await page.evaluate(() => (window as any).consentry.withdraw('ads', { method: 'preferences' }));
  await expect.poll(() => posts.flatMap((p) => p.results).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  const sent: Receipt[] = posts.flatMap((p) => (Array.isArray(p.body) ? p.body : p.body.receipts));
  const subject = sent[0].subjectId;
  const read = async (token: string) =>
    (await (await fetch(`${demo.url}/v1/subjects/${subject}/receipts`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      receipts: Receipt[];
      chainBreaks: unknown[];
    };
  const secret: string | undefined = posts.map((p) => p.body?.secrets?.[subject]).find(Boolean);
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect.poll(async () => (await read(secret!)).receipts?.length, { timeout: 10_000 }).toBe(2);
  const back = await read(secret!);
  expect(back.chainBreaks).toEqual([]);
  expect(back.receipts[1].prev).toBe(back.receipts[0].hash);
  expect(await verifyChain(back.receipts)).toEqual({ ok: true, problems: [] });
  expect(back.receipts[1].purposes).toMatchObject([{ id: 'ads', state: 'withdrawn' }]);
  expect(posts.every((p) => p.status === 200)).toBe(true);
  // The secret opens nothing else, and nothing opens the chain without it.
  expect((await fetch(`${demo.url}/v1/subjects/${subject}/receipts`)).status).toBe(401);
  const journal = await page.evaluate(() => (window as any).consentry.receipts.list());
  expect(journal.map((r: Receipt) => r.id)).toEqual(back.receipts.map((r) => r.id));
  expect(leaks).toEqual([]);
  await ctx.close();
});
