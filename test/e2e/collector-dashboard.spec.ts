// The collector's dashboard as an operator uses it: real Chromium, the built collector (dist/server.js)
// inside the demo server, the admin token typed into the form and posted. The browser's own rules apply
// here (the Origin it sends with the form under the page's referrer policy), which raw HTTP tests miss.
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardNetwork } from './support/google';
import { demoServer, type Demo } from './support/demo';
import { chain, secretsFor } from '../server/fixtures';

const ADMIN = 'dashboard-e2e-admin-token-0123456789';
let demo: Demo;
test.beforeAll(async () => {
  demo = await demoServer({ collector: true, adminToken: ADMIN, databaseUrl: join(mkdtempSync(join(tmpdir(), 'consentry-dashboard-')), 'receipts.sqlite') });
});
test.afterAll(async () => {
  await demo?.close();
});

test('dashboard: the token typed into the form opens the consent rates; a wrong one does not', async ({ browser }) => {
  test.skip(!demo.collector, 'the collector is not built (dist/server.js)');
  const receipts = (await Promise.all([0, 1, 2].map((d) => chain(2, { start: new Date(Date.now() - (d + 1) * 86_400_000).toISOString() })))).flat();
  const posted = await fetch(`${demo.url}/v1/receipts`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ receipts, secrets: secretsFor(receipts) }),
  });
  expect(posted.status).toBe(200);

  const context = await browser.newContext();
  const net = await guardNetwork(context);
  const page = await context.newPage();
  await page.goto(`${demo.url}/dashboard`);
  await page.getByLabel('Admin token').fill('not the token');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong admin token.');

  await page.getByLabel('Admin token').fill(ADMIN);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('consentry collector: consent rates');
  await expect(page.getByRole('heading', { name: /이용 통계 분석/ })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Agree and disagree rate per day for analytics' })).toBeVisible();
  // The demo gives the collector no site config: the titles come from receipts, and say so.
  await expect(page.getByText('title sent by browsers, not in the site config').first()).toBeVisible();
  expect(page.url()).toBe(`${demo.url}/dashboard`);
  expect(net.blocked).toEqual([]);
  await context.close();
});
