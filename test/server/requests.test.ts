// @vitest-environment node
// Rights requests end to end (public form body → admin list, answer with the member's receipts, erase,
// close), and retention on an injected clock, against a real SQLite file and a real PostgreSQL.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, startCollector, type RunningCollector } from '../../src/server/index';
import { prune } from '../../src/server/retention';
import { PURPOSES, secretOf } from './fixtures';
import { describeBackends, postJson, request, upload } from './helpers';
import { browser, marketing } from './members';
import { LINK_SECRET, proofFor } from './proofs';

const ADMIN = 'requests-admin-token-0123456789';
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
const DAY = 86_400_000;

describeBackends('rights requests', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;
  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({
      databaseUrl: db.url,
      adminToken: ADMIN,
      linkSecret: LINK_SECRET,
      hashSecret: 'hash-secret-0123456789',
      rateLimit: false,
      retentionJob: false,
      requestsPerHour: 100,
      siteConfig: {
        controller: { name: '예시 주식회사', contact: 'privacy@example.com', jurisdiction: 'KR' },
        policy: { version: '2026-02-15', url: 'https://example.com/privacy' },
        purposes: [
          {
            id: 'analytics',
            title: { ko: '이용 통계 분석', en: 'Analytics' },
            necessity: 'optional',
            kind: 'analytics',
            purpose: '서비스 개선',
            items: ['방문 기록'],
            retention: '1년',
            refusal: '거부해도 서비스를 이용할 수 있습니다.',
          },
        ],
      } as any,
    });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  const post = (body: unknown) => postJson(`${c.url}/v1/requests`, body);
  const admin = (path: string, body?: unknown) =>
    body === undefined ? request(`${c.url}${path}`, { headers: bearer(ADMIN) }) : postJson(`${c.url}${path}`, body, bearer(ADMIN));

  it('round trip: a member asks for access, gets an id, a receipt and the 10-day deadline; the operator answers with their receipts and closes it', async () => {
    const account = 'rq-member-1';
    const laptop = browser();
    const phone = browser();
    const r1 = await laptop.decide([PURPOSES[0], marketing('given', { sms: 'given' })]);
    const r2 = await phone.decide([marketing('withdrawn', {})]);
    await upload(c.url, [r1], { links: { [laptop.subjectId]: await proofFor(account) } });
    await upload(c.url, [r2], { links: { [phone.subjectId]: await proofFor(account) } });

    const res = await post({
      type: 'access',
      proof: await proofFor(account),
      subject: { id: phone.subjectId, secret: secretOf(phone.subjectId) },
      contact: 'member@example.com',
      message: '제가 동의한 내역을 모두 보내 주세요.',
      locale: 'ko',
    });
    expect(res.status, res.text).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ type: 'access', status: 'open', term: '10 days' });
    expect(created.id).toMatch(/^rq_[A-Za-z0-9_-]{22}$/);
    expect(Date.parse(created.answerBy) - Date.parse(created.receivedAt)).toBe(10 * DAY);
    expect(created.receipt).toMatchObject({ requestId: created.id, type: 'access', jurisdiction: 'KR', controller: 'privacy@example.com' });
    expect(created.receipt.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(created.receipt.signature).toMatch(/^[0-9a-f]{64}$/);

    // The operator's view.
    const open = (await admin('/v1/requests?status=open')).json();
    const mine = open.requests.find((r: any) => r.id === created.id);
    expect(mine).toMatchObject({ accountId: account, subjectId: phone.subjectId, contact: 'member@example.com', overdue: false });
    expect((await request(`${c.url}/v1/requests`)).status).toBe(401);

    // Answered with the member's receipts: both browsers, validated against the Kantara schema.
    const kantara = await admin(`/v1/requests/${created.id}/receipts?format=kantara`);
    expect(kantara.status).toBe(200);
    const records = kantara.json();
    const schema = JSON.parse(readFileSync(new URL('../../src/receipts/kantara.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const k of records) expect(validate(k), JSON.stringify(validate.errors)).toBe(true);
    const isoAnswer = await admin(`/v1/requests/${created.id}/receipts?format=iso27560`);
    const iso = isoAnswer.json();
    const ids = new Set(iso['@graph'].map((g: any) => g['dpv:hasIdentifier'] ?? g['@id']));
    expect(JSON.stringify(iso)).toContain(r1.id);
    expect(JSON.stringify(iso)).toContain(r2.id);
    expect(ids.size).toBeGreaterThan(0);
    // Both export routes answer as a download of JSON (Kantara) or JSON-LD (ISO/IEC TS 27560, the default).
    expect(kantara.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(kantara.headers['content-disposition']).toBe(`attachment; filename="consentry-${created.id}-kantara.json"`);
    expect(isoAnswer.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(isoAnswer.headers['content-disposition']).toBe(`attachment; filename="consentry-${created.id}-iso27560.jsonld"`);
    expect((await admin(`/v1/requests/${created.id}/receipts`)).json()).toEqual(iso);
    const byAccount = await admin(`/v1/accounts/${account}/receipts`);
    expect(byAccount.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(byAccount.json()).toEqual(iso);
    const kantaraByAccount = await admin(`/v1/accounts/${account}/receipts?format=kantara`);
    expect(kantaraByAccount.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(kantaraByAccount.json()).toEqual(records);
    for (const path of [`/v1/requests/${created.id}/receipts?format=csv`, `/v1/accounts/${account}/receipts?format=csv`]) {
      expect((await admin(path)).status, path).toBe(400);
    }

    const answered = await admin(`/v1/requests/${created.id}/answer`, { answer: '첨부한 파일이 동의 내역입니다.' });
    expect(answered.status).toBe(200);
    expect(answered.json().request).toMatchObject({ status: 'answered', answer: '첨부한 파일이 동의 내역입니다.' });
    expect((await admin(`/v1/requests/${created.id}/close`, {})).json().request.status).toBe('closed');
    expect((await admin(`/v1/requests/${created.id}/answer`, { answer: 'again' })).status).toBe(409);
  });

  it('a deletion request removes the personal link and keeps the proof', async () => {
    const account = 'rq-member-2';
    const b = browser();
    const r = await b.decide([marketing('given', { sms: 'given' })]);
    await upload(c.url, [r], { links: { [b.subjectId]: await proofFor(account) } });
    const created = (
      await post({ type: 'deletion', proof: await proofFor(account), contact: '010-1234-5678', message: '탈퇴했으니 지워 주세요.' })
    ).json();
    expect((await admin(`/v1/requests/${created.id}/answer`, { answer: 'x', erase: true })).json().erased).toMatchObject({
      subjects: 1,
      links: 1,
    });
    // The member's state and link are gone; the receipt (pseudonymous proof) stays for its holder.
    const state = (await admin(`/v1/accounts/${account}/consent`)).json();
    expect(state).toMatchObject({ subjects: 0, purposes: [] });
    const own = await request(`${c.url}/v1/subjects/${b.subjectId}/receipts`, { headers: bearer(secretOf(b.subjectId)) });
    expect(own.json().receipts.map((x: any) => x.id)).toEqual([r.id]);
    const req = (await admin(`/v1/requests/${created.id}`)).json();
    expect(req.accountId).toMatch(/^erased:[0-9a-f]{32}$/);
    expect(req.erasedAt).not.toBeNull();
    // Its unsent notices are gone too.
    const notices = (await admin('/v1/notices?kind=result')).json().notices;
    expect(notices.some((n: any) => n.accountId === account)).toBe(false);
  });

  it('refuses bodies that are not exactly the contract, with the reason', async () => {
    const b = browser();
    await upload(c.url, [await b.decide([PURPOSES[0]])]);
    const subject = { id: b.subjectId, secret: secretOf(b.subjectId) };
    const base = { type: 'withdrawal', subject, contact: 'a@example.com', message: 'please' };
    const cases: [string, unknown, number, RegExp][] = [
      ['unknown type', { ...base, type: 'erase' }, 400, /type/],
      ['extra key', { ...base, name: 'x' }, 400, /additional/],
      ['no proof of whose data', { ...base, subject: undefined }, 400, /subject .* or the member proof/],
      ['HTML', { ...base, message: 'hi <img src=x onerror=alert(1)>' }, 400, /plain text/],
      ['entity', { ...base, message: 'a &lt; b' }, 400, /plain text/],
      ['control character', { ...base, message: 'a\u0007b' }, 400, /control/],
      ['bad contact', { ...base, contact: 'nobody' }, 400, /e-mail address or a phone number/],
      ['too long', { ...base, message: 'x'.repeat(2001) }, 400, /2000/],
      ['wrong secret', { ...base, subject: { id: b.subjectId, secret: 'B'.repeat(43) } }, 403, /secret does not match/],
      [
        'forged proof',
        { ...base, subject: undefined, proof: await proofFor('x', { secret: 'not-the-link-secret-0123456789abcdef' }) },
        401,
        /signature/,
      ],
    ];
    for (const [name, body, status, reason] of cases) {
      const r = await post(body);
      expect(r.status, name).toBe(status);
      expect(r.json().error, name).toMatch(reason);
    }
    const ok = await post(base);
    expect(ok.status).toBe(201);
  });

  it('is rate limited per address, even with the global limit off', async () => {
    const limited = await startCollector({ databaseUrl: db.url, rateLimit: false, retentionJob: false, requestsPerHour: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await postJson(`${limited.url}/v1/requests`, { type: 'access', contact: 'a@example.com', message: 'x' })).status);
      expect(statuses).toEqual([400, 400, 400, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describeBackends('retention', (backend) => {
  it('prune removes only what is past retention (injected clock), leaving aggregate counts', async () => {
    const db = await backend.fresh();
    const c = await startCollector({
      databaseUrl: db.url,
      adminToken: ADMIN,
      linkSecret: LINK_SECRET,
      rateLimit: false,
      retentionJob: false,
    });
    try {
      const ended = browser(); // everything withdrawn
      const ongoing = browser(); // an agreement in force
      const member = browser(); // linked: agreement lasts while the member keeps it
      await upload(c.url, [
        await ended.decide([{ ...PURPOSES[0], state: 'given' }]),
        await ended.decide([{ ...PURPOSES[0], state: 'withdrawn' }]),
      ]);
      await upload(c.url, [await ongoing.decide([{ ...PURPOSES[0], state: 'given' }])]);
      await upload(c.url, [await member.decide([{ ...PURPOSES[0], state: 'given' }])], {
        links: { [member.subjectId]: await proofFor('ret-member') },
      });
      const store = c.app.consentry.store;
      const now = Date.now();
      const o = { retentionDays: 1826, consentDays: 365 };
      // Within retention: nothing goes.
      expect(await prune(store.db, { ...o, nowMs: now + 1825 * DAY })).toMatchObject({ subjects: 0, receipts: 0 });
      // Past it for the withdrawn subject only (the unlinked agreement lapses after 365 days, then counts 1826 more).
      const r1 = await prune(store.db, { ...o, nowMs: now + 1827 * DAY });
      expect(r1).toMatchObject({ subjects: 1, receipts: 2, decisions: 2 });
      const gone = await request(`${c.url}/v1/subjects/${ended.subjectId}/receipts`, { headers: bearer(ADMIN) });
      expect(gone.json().receipts).toEqual([]);
      const kept = await request(`${c.url}/v1/subjects/${ongoing.subjectId}/receipts`, { headers: bearer(ADMIN) });
      expect(kept.json().receipts).toHaveLength(1);
      const counts = await store.db.all<{ state: string; n: string | number }>(
        'SELECT state, n FROM consentry_pruned_counts ORDER BY state',
      );
      expect(counts.map((x) => [x.state, Number(x.n)])).toEqual([
        ['given', 1],
        ['withdrawn', 1],
      ]);
      // Stats still count the deleted decisions on their days.
      const stats = (await request(`${c.url}/v1/stats`, { headers: bearer(ADMIN) })).json();
      expect(stats.prunedDecisions).toBe(2);
      expect(stats.purposes.find((p: any) => p.id === 'analytics').total).toMatchObject({ given: 3, withdrawn: 1 });
      // The lapsed agreement goes 365 + 1826 days on; the member's stays.
      const r2 = await prune(store.db, { ...o, nowMs: now + (365 + 1827) * DAY });
      expect(r2).toMatchObject({ subjects: 1, receipts: 1 });
      expect(await prune(store.db, { ...o, nowMs: now + 10_000 * DAY })).toMatchObject({ subjects: 0 });
      expect((await request(`${c.url}/v1/accounts/ret-member/consent`, { headers: bearer(ADMIN) })).json().subjects).toBe(1);
    } finally {
      await c.close();
      await db.cleanup();
    }
  });

  it('the daily job runs once a day across collectors', async () => {
    const db = await backend.fresh();
    const store = await openStore(db.url);
    try {
      const { dailyPrune } = await import('../../src/server/retention');
      const o = { retentionDays: 1826, consentDays: 365 };
      expect(await dailyPrune(store.db, { ...o, nowMs: Date.now() })).not.toBeNull();
      expect(await dailyPrune(store.db, { ...o, nowMs: Date.now() + 3_600_000 })).toBeNull();
      expect(await dailyPrune(store.db, { ...o, nowMs: Date.now() + 25 * 3_600_000 })).not.toBeNull();
    } finally {
      await store.close();
      await db.cleanup();
    }
  });
});
