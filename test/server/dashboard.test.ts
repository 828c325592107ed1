// @vitest-environment node
// The dashboard and /v1/stats against purpose ids and titles invented by clients: anyone can send
// receipts for a fresh subject of their own, so 10,000 made-up purposes must not blow the page up,
// and no client may rename a purpose whose title the operator's site config gives.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ReceiptPurpose } from '../../src/receipts/types';
import { startCollector, type RunningCollector } from '../../src/server/index';
import { chain, PURPOSES } from './fixtures';
import { describeBackends, request, upload } from './helpers';

const TOKEN = 'dashboard-admin-token-0123456789';
const IDS = 10_000;
const PER_RECEIPT = 200; // the schema's most purposes per receipt
const PER_REQUEST = 5; // 5 receipts of 200 purposes stay under the 256 KiB body limit
const RENAMED = '힣힣 Renamed by a client';

const t = (ko: string, en: string) => ({ ko, en });
const SITE = {
  locale: 'ko',
  controller: { name: t('예시 주식회사', 'Example Co.'), contact: 'privacy@example.com' },
  policy: { version: '2026-02-15', url: 'https://example.com/privacy' },
  purposes: [
    {
      id: 'analytics',
      necessity: 'optional',
      kind: 'analytics',
      version: 1,
      title: t('이용 통계 분석', 'Usage statistics'),
      purpose: t('방문 기록을 분석해 서비스를 개선합니다', 'We analyse visits to improve the service'),
      items: [t('방문 페이지', 'pages visited')],
      retention: t('수집 후 14개월', '14 months after collection'),
      refusal: t('거부해도 이용에 제한이 없습니다', 'Refusing does not limit the service'),
    },
  ],
};

const dashboard = (url: string) =>
  request(`${url}/dashboard`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: TOKEN, from: '', to: '', tz: '+00:00' }).toString(),
  });

describeBackends('dashboard under invented purposes', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;

  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({ databaseUrl: db.url, adminToken: TOKEN, rateLimit: false, siteConfig: SITE as any });
    // 50 receipts of 200 made-up purposes each (hostile titles too), from fresh subjects, as anyone could send them.
    const made: ReceiptPurpose[][] = [];
    for (let i = 0; i < IDS; i += PER_RECEIPT) {
      made.push(
        Array.from(
          { length: PER_RECEIPT },
          (_, j) =>
            ({
              ...PURPOSES[0],
              id: `p${String(i + j).padStart(5, '0')}`,
              title: `<b>made up ${i + j}</b>`,
              state: j % 3 ? 'given' : 'refused',
            }) as ReceiptPurpose,
        ),
      );
    }
    const receipts = (await Promise.all(made.map((purposes) => chain(1, { purposes: () => purposes, fast: true })))).flat();
    for (let i = 0; i < receipts.length; i += PER_REQUEST) {
      const r = await upload(c.url, receipts.slice(i, i + PER_REQUEST));
      expect(r.status, r.text.slice(0, 300)).toBe(200);
    }
    // The real purpose, answered by real visitors, and "renamed" by a client that sends another title
    // (one that sorts last, so max(title) would pick it).
    const real = await chain(3, { purposes: () => [{ ...PURPOSES[0] }] });
    const renamer = await chain(2, { purposes: () => [{ ...PURPOSES[0], title: RENAMED, necessity: 'required' }] });
    expect((await upload(c.url, [...real, ...renamer])).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  it(`serves the dashboard for ${IDS} purpose ids under 1 MB and 1 s: the top purposes plus "N more"`, async () => {
    const started = performance.now();
    const page = await dashboard(c.url);
    const ms = performance.now() - started;
    expect(page.status).toBe(200);
    expect(page.raw.length).toBeLessThan(1_000_000);
    expect(ms).toBeLessThan(1000);
    const sections = page.text.match(/<section aria-labelledby="p-/g) ?? [];
    expect(sections.length).toBe(20);
    expect(page.text).toContain(`${IDS + 1 - 20} more</b> purpose ids`);
    expect(page.text).not.toContain('<b>made up');
    console.log(`dashboard with ${IDS + 1} purpose ids: ${page.raw.length} bytes in ${Math.round(ms)} ms (${backend.name})`);
  });

  it('bounds /v1/stats the same way, site config purposes first', async () => {
    const r = await request(`${c.url}/v1/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
    const s = r.json();
    expect(r.raw.length).toBeLessThan(200_000);
    expect(s.purposeCount).toBe(IDS + 1);
    expect(s.purposes).toHaveLength(20);
    expect(s.morePurposes).toBe(IDS + 1 - 20);
    expect(s.purposes[0]).toMatchObject({ id: 'analytics', title: '이용 통계 분석', titleSource: 'site-config', necessity: 'optional' });
    expect(s.purposes[1]).toMatchObject({ titleSource: 'receipts' });
    const more = (await request(`${c.url}/v1/stats?top=200`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    expect(more.purposes).toHaveLength(200);
    for (const q of ['top=0', 'top=201', 'top=x']) {
      expect((await request(`${c.url}/v1/stats?${q}`, { headers: { authorization: `Bearer ${TOKEN}` } })).status, q).toBe(400);
    }
  });

  it("shows the site config's title and necessity: a client cannot rename a purpose; client titles are marked", async () => {
    const page = (await dashboard(c.url)).text;
    expect(page).toContain('이용 통계 분석');
    expect(page).not.toContain(RENAMED);
    expect(page).toMatch(/이용 통계 분석 <small>\(analytics, optional\)<\/small><\/h2>/);
    // Ids outside the site config show what browsers sent, visibly marked as such.
    expect(page).toMatch(
      /&#60;b&#62;made up \d+&#60;\/b&#62; <small>\(p\d+, optional\)<\/small><span class="unverified"[^>]*>title sent by browsers, not in the site config<\/span>/,
    );
  });
});
