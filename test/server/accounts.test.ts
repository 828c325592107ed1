// @vitest-environment node
// Members: linking browsers to an account with a signed proof, the account's consent across
// browsers, the audience at a given time, against a real SQLite file and a real PostgreSQL.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, startCollector, type RunningCollector } from '../../src/server/index';
import type { ReceiptPurpose } from '../../src/receipts/types';
import { newSubjectId, PURPOSES, secretOf } from './fixtures';
import { browser, marketing } from './members';
import { describeBackends, postJson, request, upload } from './helpers';
import { handSigned, LINK_SECRET, proofFor, tamperedProof, unsignedProof } from './proofs';

const ADMIN = 'accounts-admin-token-0123456789';
const SERVICE = 'accounts-service-token-0123456789';
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describeBackends('accounts', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;

  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({
      databaseUrl: db.url,
      adminToken: ADMIN,
      serviceToken: SERVICE,
      linkSecret: LINK_SECRET,
      rateLimit: false,
      exportPageSize: 2,
      retentionJob: false,
    });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  const consentOf = (account: string, token = ADMIN) => request(`${c.url}/v1/accounts/${account}/consent`, { headers: bearer(token) });
  const linksOf = async (account: string) => (await consentOf(account)).json().subjects;

  it('links a subject with a valid proof and says so; the link covers its earlier and later receipts', async () => {
    const account = 'member-1001';
    const b = browser();
    const r1 = await b.decide([marketing('given', { sms: 'given', email: 'refused' })]);
    expect((await upload(c.url, [r1])).status).toBe(200);
    // identify() after the receipt was delivered: no new receipt, the link with the subject's secret.
    const linked = await postJson(`${c.url}/v1/receipts`, {
      receipts: [],
      secrets: { [b.subjectId]: secretOf(b.subjectId) },
      links: { [b.subjectId]: await proofFor(account) },
    });
    expect(linked.status).toBe(200);
    expect(linked.json()).toEqual({ results: [], links: { [b.subjectId]: { status: 'linked' } } });
    const r2 = await b.decide([marketing('given', { sms: 'given', email: 'given' })]);
    await upload(c.url, [r2]);
    const state = (await consentOf(account)).json();
    expect(state.subjects).toBe(1);
    const m = state.purposes.find((p: any) => p.id === 'marketing');
    expect(m.channels.email).toMatchObject({ state: 'given', receiptId: r2.id });
    expect(m.channels.sms).toMatchObject({ state: 'given', receiptId: r2.id });
    // The same proof again for the same subject: nothing changes.
    const again = await upload(c.url, [r2], { links: { [b.subjectId]: await proofFor(account) } });
    expect(again.json().links).toEqual({ [b.subjectId]: { status: 'unchanged' } });
  });

  it('refuses forged, expired, over-long, unsigned, wrong-algorithm and unauthenticated links, storing no link', async () => {
    const account = 'member-victim';
    const b = browser();
    const r = await b.decide([marketing('given', { sms: 'given' })]);
    await upload(c.url, [r]);
    const secrets = { [b.subjectId]: secretOf(b.subjectId) };
    const nowS = Math.floor(Date.now() / 1000);
    const cases: [string, string | Promise<string>, RegExp][] = [
      ['wrong key', proofFor(account, { secret: 'another-secret-entirely-0123456789abc' }), /signature does not verify/],
      ['payload edited after signing', tamperedProof('member-attacker', account), /signature does not verify/],
      ['expired', proofFor(account, { nowMs: Date.now() - 3_600_000, ttlSeconds: 600 }), /expired/],
      ['valid for an hour', proofFor(account, { ttlSeconds: 3600 }), /longer than 15 minutes/],
      ['no exp', proofFor(account, { noExp: true }), /no exp/],
      ['alg none', unsignedProof(account), /algorithm must be HS256/],
      ['alg none, empty signature', unsignedProof(account, ''), /not a signed JWT/],
      ['HS512', proofFor(account, { alg: 'HS512' }), /algorithm must be HS256/],
      ['sub not an account id', handSigned({ sub: 'a b<script>', exp: nowS + 60 }), /sub must be an account id/],
      ['bound to another subject', proofFor(account, { sid: 'sub_someoneelse01' }), /bound to another subject/],
      ['garbage', 'not.a.jwt!', /not a signed JWT/],
    ];
    for (const [name, proof, reason] of cases) {
      const res = await postJson(`${c.url}/v1/receipts`, { receipts: [], secrets, links: { [b.subjectId]: await proof } });
      expect(res.status, name).toBe(400);
      expect(res.json().links[b.subjectId].status, name).toBe('rejected');
      expect(res.json().links[b.subjectId].error, name).toMatch(reason);
    }
    // A valid proof without the subject's secret, or with a wrong one.
    const good = await proofFor(account);
    const noSecret = await postJson(`${c.url}/v1/receipts`, { receipts: [], links: { [b.subjectId]: good } });
    expect(noSecret.status).toBe(400);
    expect(noSecret.json().error).toMatch(/secret in secrets/);
    const wrong = await postJson(`${c.url}/v1/receipts`, {
      receipts: [],
      secrets: { [b.subjectId]: 'A'.repeat(43) },
      links: { [b.subjectId]: good },
    });
    expect(wrong.json().links[b.subjectId]).toEqual({ status: 'rejected', error: 'subject secret does not match' });
    // An unknown subject cannot be linked (nobody can link a subject id before its owner registers it).
    const ghost = newSubjectId();
    const unknown = await postJson(`${c.url}/v1/receipts`, {
      receipts: [],
      secrets: { [ghost]: secretOf(ghost) },
      links: { [ghost]: good },
    });
    expect(unknown.json().links[ghost].error).toMatch(/subject unknown/);
    expect(await linksOf(account)).toBe(0);
    expect((await consentOf(account)).json().purposes).toEqual([]);
  });

  it('links the receipts of the same batch even when their link is rejected: receipts are never lost to a bad proof', async () => {
    const b = browser();
    const r = await b.decide([marketing('given', { sms: 'given' })]);
    const res = await upload(c.url, [r], { links: { [b.subjectId]: await proofFor('member-x', { ttlSeconds: 7200 }) } });
    expect(res.status).toBe(200);
    expect(res.json().results[0].status).toBe('stored');
    expect(res.json().links[b.subjectId].status).toBe('rejected');
    expect(await linksOf('member-x')).toBe(0);
  });

  it('never moves a subject to another account, and one proof links one subject only', async () => {
    const b = browser();
    await upload(c.url, [await b.decide([marketing('given', { sms: 'given' })])], { links: { [b.subjectId]: await proofFor('member-a') } });
    const other = await upload(c.url, [await b.decide([marketing('given', { sms: 'given' })])], {
      links: { [b.subjectId]: await proofFor('member-b') },
    });
    expect(other.status, other.text).toBe(200);
    expect(other.json().links[b.subjectId]).toEqual({ status: 'rejected', error: 'subject already linked to another account' });
    expect(await linksOf('member-b')).toBe(0);

    const proof = await proofFor('member-c');
    const one = browser();
    const two = browser();
    const first = await upload(c.url, [await one.decide([PURPOSES[0]])], { links: { [one.subjectId]: proof } });
    expect(first.json().links[one.subjectId].status).toBe('linked');
    const replay = await upload(c.url, [await two.decide([PURPOSES[0]])], { links: { [two.subjectId]: proof } });
    expect(replay.json().links[two.subjectId]).toEqual({ status: 'rejected', error: 'proof already used to link another subject' });
    expect(await linksOf('member-c')).toBe(1);
  });

  it("a member's state after consents from two browsers and a withdrawal on one: the latest event wins, with its receipt", async () => {
    const account = 'member-two-devices';
    const laptop = browser(Date.now() - 7_200_000);
    const phone = browser(Date.now() - 3_600_000);
    const a1 = await laptop.decide([{ ...PURPOSES[0], state: 'given' }, marketing('given', { sms: 'given', email: 'given' }, 'given')]);
    await upload(c.url, [a1], { links: { [laptop.subjectId]: await proofFor(account) } });
    // On the phone, later: marketing withdrawn.
    const p1 = await phone.decide([marketing('withdrawn', { sms: 'refused', email: 'refused' }, 'refused')]);
    await upload(c.url, [p1], { links: { [phone.subjectId]: await proofFor(account) } });

    // The member reads their own state with their proof (the cross-device load).
    const mine = await consentOf(account, await proofFor(account));
    expect(mine.status).toBe(200);
    const state = mine.json();
    expect(state).toMatchObject({ accountId: account, subjects: 2, next: null });
    const byId = Object.fromEntries(state.purposes.map((p: any) => [p.id, p]));
    expect(byId.analytics).toMatchObject({ state: 'given', receiptId: a1.id });
    expect(byId.marketing).toMatchObject({ state: 'withdrawn', receiptId: p1.id, at: p1.timestamp });
    // A channel answer inside a withdrawal is the withdrawal.
    expect(byId.marketing.channels.sms).toMatchObject({ state: 'withdrawn', receiptId: p1.id });
    expect(byId.marketing.nightTime).toMatchObject({ state: 'withdrawn', receiptId: p1.id });
    expect(byId.marketing.receipts).toEqual([p1.id]);
    expect(byId.marketing.channels.sms.reconfirmDueAt).toBeUndefined();

    // An old receipt of a third browser linked late cannot bring the withdrawn consent back.
    const old = browser(Date.now() - 10_800_000);
    const o1 = await old.decide([marketing('given', { kakao: 'given' })]);
    await upload(c.url, [o1], { links: { [old.subjectId]: await proofFor(account) } });
    const after = (await consentOf(account)).json();
    const m = after.purposes.find((p: any) => p.id === 'marketing');
    expect(m.state).toBe('withdrawn');
    expect(m.channels.kakao).toMatchObject({ state: 'withdrawn', receiptId: p1.id });

    // The service token reads it too; another member's proof, a subject secret or nothing do not.
    expect((await consentOf(account, SERVICE)).status).toBe(200);
    expect((await consentOf(account, await proofFor('member-someone-else'))).status).toBe(403);
    expect((await consentOf(account, secretOf(laptop.subjectId))).status).toBe(401);
    expect((await request(`${c.url}/v1/accounts/${account}/consent`)).status).toBe(401);
    expect((await consentOf(account, await proofFor(account, { ttlSeconds: 3600 }))).status).toBe(401);
  });

  it('pages the consent state with a cursor', async () => {
    const account = 'member-pages';
    const b = browser();
    const purposes = ['p-a', 'p-b', 'p-c', 'p-d', 'p-e'].map((id) => ({ ...PURPOSES[0], id }));
    await upload(c.url, [await b.decide(purposes)], { links: { [b.subjectId]: await proofFor(account) } });
    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 5; i++) {
      const page = (
        await request(`${c.url}/v1/accounts/${account}/consent?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: bearer(ADMIN) })
      ).json();
      seen.push(...page.purposes.map((p: any) => p.id));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(seen).toEqual(['p-a', 'p-b', 'p-c', 'p-d', 'p-e']);
  });
});

describeBackends('subject state of older receipts', (backend) => {
  it('folds receipts stored before schema version 3 into subject state once, so a later link sees them', async () => {
    const db = await backend.fresh();
    try {
      let c = await startCollector({ databaseUrl: db.url, linkSecret: LINK_SECRET, rateLimit: false, retentionJob: false });
      const b = browser();
      const r = await b.decide([marketing('given', { sms: 'given' })]);
      await upload(c.url, [r]);
      await c.close();
      // As a version-2 database has it: receipts, no subject state, no record of the fold.
      let store = await openStore(db.url);
      await store.db.run('DELETE FROM consentry_subject_items');
      await store.db.run(`DELETE FROM consentry_jobs WHERE name = 'backfill-subject-items'`);
      await store.close();
      store = await openStore(db.url);
      const rows = await store.db.all<{ item: string; state: string }>(
        'SELECT item, state FROM consentry_subject_items WHERE subject_id = ? ORDER BY item',
        [b.subjectId],
      );
      expect(rows).toEqual([
        { item: '', state: 'given' },
        { item: 'channel:sms', state: 'given' },
      ]);
      await store.close();
      c = await startCollector({ databaseUrl: db.url, adminToken: ADMIN, linkSecret: LINK_SECRET, rateLimit: false, retentionJob: false });
      await postJson(`${c.url}/v1/receipts`, {
        receipts: [],
        secrets: { [b.subjectId]: secretOf(b.subjectId) },
        links: { [b.subjectId]: await proofFor('member-old') },
      });
      const state = (await request(`${c.url}/v1/accounts/member-old/consent`, { headers: bearer(ADMIN) })).json();
      expect(state.purposes[0].channels.sms).toMatchObject({ state: 'given', receiptId: r.id });
      await c.close();
    } finally {
      await db.cleanup();
    }
  });
});

describeBackends('audience', (backend) => {
  let db: { url: string; cleanup: () => Promise<void> };
  let c: RunningCollector;
  beforeAll(async () => {
    db = await backend.fresh();
    c = await startCollector({
      databaseUrl: db.url,
      adminToken: ADMIN,
      serviceToken: SERVICE,
      linkSecret: LINK_SECRET,
      rateLimit: false,
      exportPageSize: 2,
      retentionJob: false,
    });
    const members: [string, ReceiptPurpose][] = [
      ['aud-day-only', marketing('given', { sms: 'given', email: 'given' }, 'refused')],
      ['aud-day-night', marketing('given', { sms: 'given', email: 'given' }, 'given')],
      ['aud-email-only', marketing('given', { sms: 'refused', email: 'given' })],
      ['aud-nothing', marketing('refused', { sms: 'refused', email: 'refused' }, 'refused')],
    ];
    for (const [account, purpose] of members) {
      const b = browser();
      await upload(c.url, [await b.decide([purpose])], { links: { [b.subjectId]: await proofFor(account) } });
    }
    // Withdrawn later on another device: out of every audience.
    const first = browser(Date.now() - 7_200_000);
    await upload(c.url, [await first.decide([marketing('given', { sms: 'given', email: 'given' }, 'given')])], {
      links: { [first.subjectId]: await proofFor('aud-withdrawn') },
    });
    const second = browser();
    await upload(c.url, [await second.decide([{ ...PURPOSES[1], state: 'withdrawn' }])], {
      links: { [second.subjectId]: await proofFor('aud-withdrawn') },
    });
  });
  afterAll(async () => {
    await c?.close();
    await db?.cleanup();
  });

  const audience = async (q: string, token = SERVICE) => {
    const r = await request(`${c.url}/v1/audience?${q}`, { headers: bearer(token) });
    expect(r.status, r.text).toBe(200);
    return r.json();
  };

  it('answers 21:30 and 10:00 KST: night-time needs its own consent, e-mail is exempt', async () => {
    const night = await audience('purpose=marketing&channel=sms&at=2026-03-02T21:30:00%2B09:00');
    expect(night).toMatchObject({ nightTime: true, timeZone: 'Asia/Seoul', at: '2026-03-02T12:30:00.000Z', next: null });
    expect(night.accounts).toEqual(['aud-day-night']);
    const day = await audience('purpose=marketing&channel=sms&at=2026-03-02T10:00:00%2B09:00');
    expect(day.nightTime).toBe(false);
    expect(day.accounts).toEqual(['aud-day-night', 'aud-day-only']);
    // 12:30 UTC is 21:30 in Seoul: the rule is the controller's clock, whatever zone `at` is written in.
    expect((await audience('purpose=marketing&channel=sms&at=2026-03-02T12:30:00Z')).accounts).toEqual(['aud-day-night']);
    const email = await audience('purpose=marketing&channel=email&at=2026-03-02T23:00:00%2B09:00');
    expect(email.nightTime).toBe(false);
    expect(email.accounts).toEqual(['aud-day-night', 'aud-day-only', 'aud-email-only']);
  });

  it('pages with a cursor, and refuses strangers and bad queries', async () => {
    const first = await audience('purpose=marketing&channel=email&at=2026-03-02T10:00:00Z&limit=2');
    expect(first.accounts).toEqual(['aud-day-night', 'aud-day-only']);
    expect(first.next).toBeTruthy();
    const rest = await audience(`purpose=marketing&channel=email&at=2026-03-02T10:00:00Z&limit=2&cursor=${first.next}`);
    expect(rest).toMatchObject({ accounts: ['aud-email-only'], next: null });
    expect((await request(`${c.url}/v1/audience?purpose=marketing&channel=sms`)).status).toBe(401);
    expect(
      (await request(`${c.url}/v1/audience?purpose=marketing&channel=sms`, { headers: bearer(await proofFor('aud-day-only')) })).status,
    ).toBe(401);
    for (const q of [
      'purpose=marketing',
      'purpose=Marketing&channel=sms',
      'purpose=marketing&channel=sms&at=tomorrow',
      'purpose=marketing&channel=sms&cursor=%25%25',
      'purpose=marketing&channel=sms&limit=0',
    ]) {
      expect((await request(`${c.url}/v1/audience?${q}`, { headers: bearer(ADMIN) })).status, q).toBe(400);
    }
  });

  it('uses the controller time zone given to the collector', async () => {
    const paris = await startCollector({
      databaseUrl: db.url,
      serviceToken: SERVICE,
      timeZone: 'Europe/Paris',
      rateLimit: false,
      retentionJob: false,
    });
    try {
      const r = await request(`${paris.url}/v1/audience?purpose=marketing&channel=sms&at=2026-03-02T21:30:00%2B09:00`, {
        headers: bearer(SERVICE),
      });
      // 21:30 in Seoul is 13:30 in Paris: daytime there.
      expect(r.json()).toMatchObject({ nightTime: false, timeZone: 'Europe/Paris', accounts: ['aud-day-night', 'aud-day-only'] });
    } finally {
      await paris.close();
    }
  });
});
