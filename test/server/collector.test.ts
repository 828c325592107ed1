// @vitest-environment node
// The collector end to end over real HTTP on 127.0.0.1, against a real SQLite file and a real PostgreSQL.
import { existsSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollector, openStore, type RunningCollector } from '../../src/server/index';
import type { Receipt } from '../../src/receipts/types';
import { chain, draft, newSecret, newSubjectId, PURPOSES, seal } from './fixtures';
import { describeBackends, parseCsv, postJson, readSubject, request, upload } from './helpers';

const TOKEN = 'test-admin-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
/** The export and stats fixtures are dated March 2026: let their first receipts in, whatever today is. */
const YEARS = 10 * 365 * 86_400_000;

describeBackends('collector', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;
  const receipts = (subjectId: string) => readSubject(c.url, subjectId).then((r) => r.json());

  beforeAll(async () => {
    db = await backend.fresh();
    // A page size of 2 makes every export and subject listing cross page boundaries.
    c = await startCollector({ databaseUrl: db.url, adminToken: TOKEN, exportPageSize: 2, rateLimit: false });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  it('answers /healthz with the storage kind and schema version', async () => {
    const r = await request(`${c.url}/healthz`);
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ ok: true, storage: backend.name, schemaVersion: 3 });
  });

  it('stores a chain, answers per receipt, and gives the subject back exactly what was sent', async () => {
    const rs = await chain(3);
    const r = await upload(c.url, rs);
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ results: rs.map((x) => ({ id: x.id, status: 'stored', chain: 'ok' })) });
    const mine = await receipts(rs[0].subjectId);
    expect(mine.subjectId).toBe(rs[0].subjectId);
    expect(mine.receipts).toEqual(rs);
    expect(mine.chainBreaks).toEqual([]);
  });

  it('accepts { receipts: [...] } and a chain continued over several requests', async () => {
    const rs = await chain(4);
    expect((await upload(c.url, rs.slice(0, 2))).json().results.map((x: any) => x.chain)).toEqual(['ok', 'ok']);
    expect((await upload(c.url, rs.slice(2))).json().results.map((x: any) => x.chain)).toEqual(['ok', 'ok']);
    expect((await receipts(rs[0].subjectId)).receipts).toHaveLength(4);
  });

  it('is idempotent: a resend answers duplicate and adds no row', async () => {
    const rs = await chain(2);
    await upload(c.url, rs);
    const again = await upload(c.url, rs);
    expect(again.status).toBe(200);
    expect(again.json().results).toEqual(rs.map((x) => ({ id: x.id, status: 'duplicate', chain: 'ok' })));
    // Key order differs, content is the same: still a duplicate.
    const reordered = rs.map((x) => Object.fromEntries(Object.entries(x).reverse()));
    expect((await upload(c.url, reordered)).json().results.map((x: any) => x.status)).toEqual(['duplicate', 'duplicate']);
    // A resend of stored content proves nothing new: it is recognised without the secret too.
    expect((await postJson(`${c.url}/v1/receipts`, rs)).json().results.map((x: any) => x.status)).toEqual(['duplicate', 'duplicate']);
    expect((await receipts(rs[0].subjectId)).receipts).toHaveLength(2);
  });

  it('treats a repeat inside one batch as a duplicate of the first', async () => {
    const [a] = await chain(1);
    const r = await upload(c.url, [a, a]);
    expect(r.json().results).toEqual([
      { id: a.id, status: 'stored', chain: 'ok' },
      { id: a.id, status: 'duplicate', chain: 'ok' },
    ]);
    expect((await receipts(a.subjectId)).receipts).toHaveLength(1);
  });

  it('never overwrites: the same id with other content is rejected as a conflict', async () => {
    const [a] = await chain(1);
    await upload(c.url, [a]);
    const forged = await seal({ ...a, purposes: [{ ...a.purposes[0], state: 'refused' }], hash: undefined } as any);
    const r = await upload(c.url, [forged]);
    expect(r.status).toBe(400);
    expect(r.json().results).toEqual([{ id: a.id, status: 'rejected', error: expect.stringMatching(/^conflict/) }]);
    // In one batch too.
    const [b] = await chain(1);
    const b2 = await seal({ ...b, gpc: true, hash: undefined } as any);
    expect((await upload(c.url, [b, b2])).json().results.map((x: any) => x.status)).toEqual(['stored', 'rejected']);
    expect((await receipts(a.subjectId)).receipts).toEqual([a]);
  });

  it('flags a gap in the chain (stored, marked, reported), and never "fixes" it', async () => {
    const [r0, r1, r2] = await chain(3);
    await upload(c.url, [r0]);
    const skip = (await upload(c.url, [r2])).json().results[0];
    expect(skip).toEqual({ id: r2.id, status: 'stored', chain: 'broken', error: expect.stringContaining('prev does not match') });
    // The late one is older than the chain's head: refused (a chain only moves forward in time).
    const late = await upload(c.url, [r1]);
    expect(late.status).toBe(400);
    expect(late.json().results[0]).toEqual({
      id: r1.id,
      status: 'rejected',
      error: "timestamp is not later than the subject's latest stored receipt",
    });
    const mine = await receipts(r0.subjectId);
    expect(mine.receipts.map((x: Receipt) => x.id)).toEqual([r0.id, r2.id]);
    expect(mine.chainBreaks.map((x: any) => x.id)).toEqual([r2.id]);
    // A resend reports the stored flag, unchanged.
    expect((await upload(c.url, [r2])).json().results[0]).toEqual({ ...skip, status: 'duplicate' });
  });

  it('flags a receipt whose content does not match its hash, and the chain goes on from its stated hash', async () => {
    const [r0, r1] = await chain(2);
    const tampered = { ...r0, purposes: [{ ...r0.purposes[0], state: 'refused' as const }] };
    const res = (await upload(c.url, [tampered, r1])).json().results;
    expect(res[0]).toEqual({ id: r0.id, status: 'stored', chain: 'broken', error: expect.stringContaining('hash does not match') });
    expect(res[1]).toEqual({ id: r1.id, status: 'stored', chain: 'ok' });
  });

  it('rejects a bad receipt with the reason and still stores the good ones of the batch', async () => {
    const [good1, good2] = [await seal(draft({ subjectId: newSubjectId() })), await seal(draft({ subjectId: newSubjectId() }))];
    const bad = { ...(await seal(draft())), method: 'telepathy' };
    const r = await upload(c.url, [good1, bad, 'nonsense', good2]);
    expect(r.status).toBe(200);
    const res = r.json().results;
    expect(res.map((x: any) => x.status)).toEqual(['stored', 'rejected', 'rejected', 'stored']);
    expect(res[1]).toEqual({
      id: bad.id,
      status: 'rejected',
      error: expect.stringMatching(/^schema: \/method must be equal to one of the allowed values/),
    });
    expect(res[2].id).toBeNull();
    const unknownField = (await upload(c.url, [{ ...good1, id: crypto.randomUUID(), extra: 1 }])).json();
    expect(unknownField.results[0].error).toMatch(/additional properties \(extra\)/);
  });

  it('answers 400 with an error for a body that is not a batch', async () => {
    for (const body of [{}, { receipts: 'x' }, { receipts: [], more: 1 }, 'x', 42, null]) {
      const r = await postJson(`${c.url}/v1/receipts`, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json().error).toMatch(/JSON array of receipts/);
    }
    expect((await postJson(`${c.url}/v1/receipts`, [])).json()).toEqual({ results: [] });
  });

  it('checks the subject id format on the subject route', async () => {
    for (const id of ['short', 'has%20space', 'x'.repeat(129), "a'%20OR%20'1'='1"]) {
      const r = await request(`${c.url}/v1/subjects/${id}/receipts`);
      expect(r.status, id).toBe(400);
      expect(r.json().error).toMatch(/subjectId/);
    }
    // An unknown subject answers as a wrong secret does (403): the route tells a stranger nothing.
    expect((await readSubject(c.url, newSubjectId(), newSecret())).status).toBe(403);
    const none = (await readSubject(c.url, newSubjectId(), TOKEN)).json();
    expect(none.receipts).toEqual([]);
  });

  describe('admin', () => {
    it('wants the bearer token for export and stats', async () => {
      for (const path of ['/v1/stats', '/v1/export?format=csv']) {
        const none = await request(c.url + path);
        expect(none.status).toBe(401);
        expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
        expect((await request(c.url + path, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
        expect((await request(c.url + path, { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
        expect((await request(c.url + path, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
        expect((await request(c.url + path, { headers: auth })).status).toBe(200);
      }
    });

    it('is disabled (403) when the collector has no admin token', async () => {
      const d = await backend.fresh();
      const plain = await startCollector({ databaseUrl: d.url });
      try {
        const r = await request(`${plain.url}/v1/stats`, { headers: { authorization: 'Bearer anything' } });
        expect(r.status).toBe(403);
        expect(r.json().error).toMatch(/admin token/);
      } finally {
        await plain.close();
        await d.cleanup();
      }
    });
  });
});

describeBackends('exports and stats', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;
  let all: Receipt[] = [];
  const hostileTitle = '=HYPERLINK("http://evil.invalid","x") <script>alert(1)</script>"><img src=x onerror=alert(2)>';
  const exp = (q: string) => request(`${c.url}/v1/export?${q}`, { headers: auth });

  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({ databaseUrl: db.url, adminToken: TOKEN, exportPageSize: 3, rateLimit: false, maxFirstReceiptAge: YEARS });
    // Day 1 (2026-03-01 UTC): 3 subjects agree to analytics, refuse marketing.
    // Day 2: one withdraws analytics, one receipt has a hostile title and a broken hash.
    const day1 = await Promise.all([0, 1, 2].map((i) => chain(1, { start: `2026-03-01T0${i}:00:00.000Z` })));
    const w = await chain(1, {
      subjectId: day1[0][0].subjectId,
      prev: day1[0][0].hash,
      start: '2026-03-02T23:30:00.000Z',
      purposes: () => [{ ...PURPOSES[0], state: 'withdrawn' }],
    });
    const hostile = await chain(1, {
      start: '2026-03-02T10:00:00.000Z',
      purposes: () => [{ ...PURPOSES[0], id: 'ads_partner', kind: 'advertising', title: hostileTitle, state: 'given' }],
    });
    const broken = { ...hostile[0], gpc: true };
    all = [...day1.flat(), ...w, broken];
    const r = await upload(c.url, all);
    expect(r.json().results.map((x: any) => x.chain)).toEqual(['ok', 'ok', 'ok', 'ok', 'broken']);
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  it('exports Kantara v1.1 receipts that validate against the Kantara schema', async () => {
    const r = await exp('format=kantara');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="consentry-receipts-kantara-/);
    const list = r.json();
    // Kantara records consent given: the withdrawal-only receipt has no Kantara form.
    expect(list.map((k: any) => k.consentReceiptID).sort()).toEqual(
      all
        .filter((x) => x.purposes.some((p) => p.state === 'given'))
        .map((x) => x.id)
        .sort(),
    );
    const schemaPath = new URL('../../src/receipts/kantara.schema.json', import.meta.url);
    expect(existsSync(schemaPath)).toBe(true);
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    for (const k of list) expect(validate(k), JSON.stringify(validate.errors)).toBe(true);
    expect(list[0]).toMatchObject({ version: 'KI-CR-v1.1.0', consentTimestamp: Date.parse(all[0].timestamp) / 1000 });
  });

  it('exports ISO 27560 JSON-LD with every state and the chain finding', async () => {
    const r = await exp('format=iso27560');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = r.json();
    expect(doc['@context'].dpv).toBe('https://w3id.org/dpv#');
    expect(doc['@graph']).toHaveLength(all.reduce((n, x) => n + x.purposes.length, 0));
    const statuses = doc['@graph'].map((g: any) => g['dpv:hasConsentStatus']['@type']);
    expect(new Set(statuses)).toEqual(new Set(['dpv:ConsentGiven', 'dpv:ConsentRefused', 'dpv:ConsentWithdrawn']));
    const flagged = doc['@graph'].filter((g: any) => g['consentry:chain'] === 'broken');
    expect(flagged.map((g: any) => g['consentry:receiptId'])).toEqual([all[4].id]);
    expect(flagged[0]['consentry:chainError']).toMatch(/hash does not match/);
  });

  it('exports CSV a spreadsheet reads: BOM, one row per purpose, formulas defused', async () => {
    const r = await exp('format=csv');
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect([...r.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(r.text.slice(1));
    const [head, ...body] = rows;
    expect(head.slice(0, 3)).toEqual(['receipt_id', 'subject_id', 'timestamp']);
    expect(body).toHaveLength(all.reduce((n, x) => n + x.purposes.length, 0));
    const col = (name: string) => head.indexOf(name);
    const hostileRow = body.find((row) => row[col('purpose_id')] === 'ads_partner')!;
    expect(hostileRow[col('title')]).toBe("'" + hostileTitle);
    expect(hostileRow[col('chain')]).toBe('broken');
    expect(body.find((row) => row[col('purpose_id')] === 'marketing')![col('channels')]).toBe('email=refused;sms=refused');
    // Ordered by the receipts' own timestamps.
    const times = body.map((row) => row[col('timestamp')]);
    expect([...times].sort()).toEqual(times);
  });

  it('filters exports by date range (dates are whole days; to is inclusive)', async () => {
    const ids = (t: string) => [
      ...new Set(
        parseCsv(t.slice(1))
          .slice(1)
          .map((row) => row[0]),
      ),
    ];
    expect(ids((await exp('format=csv&from=2026-03-01&to=2026-03-01')).text)).toEqual(all.slice(0, 3).map((x) => x.id));
    expect(ids((await exp('format=csv&from=2026-03-02')).text)).toEqual([all[4].id, all[3].id]);
    expect(ids((await exp('format=csv&to=2026-03-01T01:00:00Z')).text)).toEqual(all.slice(0, 2).map((x) => x.id));
    // In Seoul (+09:00) the withdrawal at 23:30 UTC on the 2nd is already the 3rd.
    expect(ids((await exp('format=csv&from=2026-03-03&tz=%2B09:00')).text)).toEqual([all[3].id]);
  });

  it('answers 400 for bad export parameters', async () => {
    for (const q of [
      '',
      'format=xml',
      'format=csv&from=2026-02-30',
      'format=csv&from=yesterday',
      'format=csv&from=2026-03-02&to=2026-03-01',
      'format=csv&tz=%2B99:00',
      'format=csv&limit=5',
      "format=csv'%20OR%201=1",
    ]) {
      const r = await exp(q);
      expect(r.status, q).toBe(400);
      expect(typeof r.json().error).toBe('string');
    }
  });

  it('counts given / refused / withdrawn per purpose per day, with rates and chain breaks', async () => {
    const r = await request(`${c.url}/v1/stats`, { headers: auth });
    const s = r.json();
    expect(s).toMatchObject({ receipts: 5, chainBreaks: 1, tz: '+00:00', from: null, to: null });
    const analytics = s.purposes.find((p: any) => p.id === 'analytics');
    expect(analytics.title).toBe('이용 통계 분석');
    expect(analytics.days).toEqual([
      { day: '2026-03-01', given: 3, refused: 0, withdrawn: 0, expired: 0, agreeRate: 1, disagreeRate: 0 },
      { day: '2026-03-02', given: 0, refused: 0, withdrawn: 1, expired: 0, agreeRate: 0, disagreeRate: 1 },
    ]);
    expect(analytics.total).toMatchObject({ given: 3, withdrawn: 1, agreeRate: 0.75, disagreeRate: 0.25 });
    const marketing = s.purposes.find((p: any) => p.id === 'marketing');
    expect(marketing.total).toMatchObject({ given: 0, refused: 3, agreeRate: 0 });
    const seoul = (await request(`${c.url}/v1/stats?tz=%2B09:00&from=2026-03-03`, { headers: auth })).json();
    expect(seoul.receipts).toBe(1);
    expect(seoul.purposes[0].days[0].day).toBe('2026-03-03');
    expect((await request(`${c.url}/v1/stats?from=nope`, { headers: auth })).status).toBe(400);
  });

  it('serves a dashboard: form without data, token posted (never in the URL), everything escaped', async () => {
    const page = await request(`${c.url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.text).toMatch(/<form method="post" action="\/dashboard"/);
    expect(page.text).toMatch(/type="password" name="token"/);
    expect(page.text).not.toMatch(/이용 통계|analytics/);
    const form = (token: string) =>
      request(`${c.url}/dashboard`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token, from: '2026-03-01', to: '2026-03-31', tz: '+00:00' }).toString(),
      });
    const wrong = await form('nope');
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toMatch(/analytics/);
    const ok = await form(TOKEN);
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.text).toMatch(/<svg[^>]+role="img"/);
    expect(ok.text).toContain('이용 통계 분석');
    expect(ok.text).not.toContain('<script');
    expect(ok.text).not.toContain('<img');
    expect(ok.text).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#34;&#62;&#60;img src=x onerror=alert(2)&#62;');
    expect(ok.text).not.toContain(TOKEN);
    const nonce = /style-src 'nonce-([^']+)'/.exec(String(ok.headers['content-security-policy']))![1];
    expect(ok.text).toContain(`<style nonce="${nonce}">`);
    const badRange = await request(`${c.url}/dashboard`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${TOKEN}&from=2026-13-01`,
    });
    expect(badRange.status).toBe(400);
    expect(badRange.text).toMatch(/role="alert"[^<]*from is not a calendar date/);
  });
});

describeBackends('storage', (backend) => {
  it('records migrations once, refuses UPDATE of receipts, and refuses a newer schema', async () => {
    const db = await backend.fresh();
    try {
      const s1 = await openStore(db.url);
      expect(await s1.schemaVersion()).toBe(3);
      const [r] = await chain(1);
      await s1.ingest([r.id], [r.subjectId], () => ({
        rows: [
          {
            id: r.id,
            subjectId: r.subjectId,
            tsMs: 1,
            receivedMs: 2,
            hash: r.hash,
            prev: null,
            chainError: null,
            body: '{}',
            decisions: [],
          },
        ],
        result: null,
      }));
      await s1.close();
      const s2 = await openStore(db.url);
      expect(await s2.schemaVersion()).toBe(3);
      await s2.close();
      await withRaw(backend.name, db.url, async (sql) => {
        expect(await sql('SELECT count(*) AS n FROM consentry_migrations')).toEqual([{ n: 3 }]);
        await expect(sql("UPDATE consentry_receipts SET body = 'x'")).rejects.toThrow(/append-only/);
        await sql("INSERT INTO consentry_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')");
      });
      await expect(openStore(db.url)).rejects.toThrow(/schema is at version 99, newer than this collector knows \(3\)/);
    } finally {
      await db.cleanup();
    }
  });
});

/** Runs raw SQL against the test database (for checks the collector itself must never do). */
async function withRaw(kind: 'sqlite' | 'postgres', url: string, fn: (sql: (q: string) => Promise<any[]>) => Promise<void>) {
  if (kind === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const d = new Database(url);
    try {
      await fn(async (q) => (/^\s*select/i.test(q) ? d.prepare(q).all() : (d.prepare(q).run(), [])));
    } finally {
      d.close();
    }
  } else {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await fn(async (q) =>
        (await client.query(q)).rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'n' ? Number(v) : v]))),
      );
    } finally {
      await client.end();
    }
  }
}

describe('receipt hash', () => {
  it("the collector's node:crypto hash equals the receipts module's hashReceipt", async () => {
    const { hashReceipt } = await import('../../src/receipts/chain');
    const { receiptHash } = await import('../../src/server/hash');
    const samples = [
      ...(await chain(3)),
      await seal(draft({ purposes: [{ ...PURPOSES[0], title: '😀 이모지 \u00e9 \ud800 lone surrogate "quotes" \\ \n' }] })),
      await seal(
        draft({
          purposes: [],
          guardian: { method: 'sms', verifiedAt: '2026-03-01T09:00:00.000Z', nameHash: 'd'.repeat(64), contactHash: 'e'.repeat(64) },
        }),
      ),
    ];
    for (const r of samples) expect(receiptHash(r)).toBe(await hashReceipt(r));
  });
});
