// The collector's dashboard as an operator uses it: real Chromium, the built collector (dist/server.js)
// inside the demo server, the admin token typed into the form and posted. The browser's own rules apply
// here (the Origin it sends with the form under the page's referrer policy), which raw HTTP tests miss.
import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardNetwork } from './support/google';
import { demoServer, type Demo } from './support/demo';
import { createHash } from 'node:crypto';
import { chain, secretOf, secretsFor } from '../server/fixtures';
import { browser as memberBrowser, marketing } from '../server/members';
import { LINK_SECRET, proofFor } from '../server/proofs';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ADMIN = 'dashboard-e2e-admin-token-0123456789';
let demo: Demo;
let requestId = '';
test.beforeAll(async () => {
  const databaseUrl = join(mkdtempSync(join(tmpdir(), 'consentry-dashboard-')), 'receipts.sqlite');
  // Members' data first, through a collector that knows the link secret: a linked member whose
  // marketing answers need result notices, a rights request, a notice text.
  const built = new URL('../../dist/server.js', import.meta.url);
  if (!existsSync(built)) return;
  const { startCollector } = await import(pathToFileURL(built.pathname).href);
  const seed = await startCollector({ databaseUrl, linkSecret: LINK_SECRET, rateLimit: false, retentionJob: false });
  try {
    const b = memberBrowser();
    const text = 'consentry.notice/1 마케팅 정보 수신 (e2e)';
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    const r = await b.decide([{ ...marketing('given', { sms: 'given' }), noticeHash: hash }]);
    const body = {
      receipts: [r],
      secrets: secretsFor([r]),
      links: { [b.subjectId]: await proofFor('e2e-member-7') },
      texts: { [hash]: text },
    };
    const up = await fetch(`${seed.url}/v1/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (up.status !== 200) throw new Error(await up.text());
    const rq = await fetch(`${seed.url}/v1/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'access',
        subject: { id: b.subjectId, secret: secretOf(b.subjectId) },
        proof: await proofFor('e2e-member-7'),
        contact: 'member7@example.com',
        message: '동의 내역을 보내 주세요.',
      }),
    });
    requestId = (await rq.json()).id;
  } finally {
    await seed.close();
  }
  demo = await demoServer({ collector: true, adminToken: ADMIN, databaseUrl });
});
test.afterAll(async () => {
  await demo?.close();
});

test('dashboard: the token typed into the form opens the consent rates; a wrong one does not', async ({ browser }) => {
  test.skip(!demo.collector, 'the collector is not built (dist/server.js)');
  const receipts = (
    await Promise.all([0, 1, 2].map((d) => chain(2, { start: new Date(Date.now() - (d + 1) * 86_400_000).toISOString() })))
  ).flat();
  const posted = await fetch(`${demo.url}/v1/receipts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ receipts, secrets: secretsFor(receipts) }),
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

test('dashboard: notices due and rights requests are shown and can be acted on; texts are listed', async ({ browser }) => {
  test.skip(!demo.collector, 'the collector is not built (dist/server.js)');
  const context = await browser.newContext();
  const net = await guardNetwork(context);
  const page = await context.newPage();
  await page.goto(`${demo.url}/dashboard`);
  await page.getByLabel('Admin token').fill(ADMIN);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { name: 'Notices due (Network Act)' })).toBeVisible();

  // A result notice for the member's SMS agreement, with its 14-day deadline: marked sent, it goes.
  const notices = page.getByRole('region', { name: 'Notices due (Network Act)' });
  const row = notices.getByRole('row').filter({ hasText: 'e2e-member-7' }).filter({ hasText: 'sms' });
  await expect(row).toContainText('given');
  await row.getByRole('button', { name: 'Mark sent' }).click();
  await expect(page.getByRole('status')).toHaveText('Recorded as sent.');
  await expect(
    page.getByRole('region', { name: 'Notices due (Network Act)' }).getByRole('row').filter({ hasText: 'e2e-member-7' }),
  ).toHaveCount(0);

  // The access request: shown with its deadline, answered, then closed.
  const requests = page.getByRole('region', { name: 'Rights requests' });
  const request = requests.getByRole('article').filter({ hasText: requestId });
  await expect(request).toContainText('동의 내역을 보내 주세요.');
  await expect(request).toContainText('member7@example.com');
  await page.screenshot({ path: 'test-results/dashboard-members.png', fullPage: true });
  await request.getByLabel('Answer').fill('첨부 파일로 보냈습니다.');
  await request.getByRole('button', { name: 'Answer' }).click();
  await expect(page.getByRole('status')).toHaveText('Answer recorded.');
  await page
    .getByRole('region', { name: 'Rights requests' })
    .getByRole('article')
    .filter({ hasText: requestId })
    .getByRole('button', { name: 'Close' })
    .click();
  await expect(page.getByRole('status')).toHaveText('Request closed.');
  await expect(page.getByRole('region', { name: 'Rights requests' }).getByRole('article').filter({ hasText: requestId })).toHaveCount(0);

  // The text the member was shown, by its policy version and purpose.
  const texts = page.getByRole('region', { name: 'Policy and notice texts seen' });
  await expect(texts.getByRole('row').filter({ hasText: 'marketing v2' })).toContainText('2026-02-15');

  // An action without the session (another browser) is refused.
  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  const res = await other.request.post(`${demo.url}/dashboard/requests/${requestId}/close`, { form: { csrf: 'x' } });
  expect(res.status()).toBe(403);
  await stranger.close();
  expect(net.blocked).toEqual([]);
  await context.close();
});
