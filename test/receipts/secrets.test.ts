// @vitest-environment node
// The subject secret (registration, proof on every upload, a new subject when it is lost), the guardian's
// details (HMAC in the receipt, plain text only in the upload's envelope, in memory), and stashed decisions
// that keep failing. The journal is in fake-indexeddb; the collector is the test server on 127.0.0.1, which
// checks secrets and guardian HMACs as the contract says (test/support/receipt-server.ts).
import 'fake-indexeddb/auto';
import { createHash, createHmac } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { createStore, entries as idbEntries, set as idbSet } from 'idb-keyval';
import { createConsent } from '../../src/core';
import type { Consent, DecisionEvent } from '../../src/core/types';
import { createReceipts } from '../../src/receipts';
import type { ReceiptsError } from '../../src/receipts/outbox';
import { STASH_PREFIX, stashDecision } from '../../src/receipts/stash';
import { startReceiptServer, type ReceiptServer } from '../support/receipt-server';
import { shopConfig, unique } from './fixtures';
import { installMemoryStorage } from '../support/memory-storage';

const ls = installMemoryStorage();

let server: ReceiptServer;
beforeAll(async () => (server = await startReceiptServer()));
afterAll(() => server.close());
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((f) => f());
  ls.clear();
});

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (k: string, v: string) => createHmac('sha256', Buffer.from(k, 'utf8')).update(v, 'utf8').digest('hex');
const consentFor = () => createConsent(shopConfig({ receipts: {} }), { storage: 'memory', crossTab: false });

function setup(consent: Consent, opts: Parameters<typeof createReceipts>[1] = {}) {
  const errors: ReceiptsError[] = [];
  const storeName = opts.storeName || unique('db');
  const r = createReceipts(consent, {
    endpoint: server.endpoint,
    storeName,
    timers: { set: () => 0, clear: () => {} },
    onError: (e) => void errors.push(e),
    ...opts,
  });
  stops.push(() => r.stop());
  return { r, errors, storeName, rows: async () => (await idbEntries(createStore(storeName, 'receipts'))) as [string, any][] };
}

describe('the subject secret', () => {
  it('is made with the first receipt, kept in IndexedDB, registered by its hash, and carried by every upload', async () => {
    const consent = consentFor();
    const { r, rows } = setup(consent);
    await r.ready;
    await consent.agreeAll({ method: 'banner' });
    await consent.withdraw('stats', { method: 'preferences' });
    const subject = consent.snapshot().subjectId!;
    const secret = (await rows()).find(([k]) => k == 's:' + subject)?.[1];
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [first, second] = await r.list();
    expect(first.prev).toBeNull();
    expect(first.subjectKeyHash).toBe(sha256(secret));
    expect(second.subjectKeyHash).toBeUndefined();
    expect(await r.flush()).toMatchObject({ delivered: 2, pending: 0 });
    expect(server.keys.get(subject)).toBe(sha256(secret));
    const bodies = server.bodies.filter((b: any) => b.receipts.some((x: any) => x.subjectId == subject)) as any[];
    expect(bodies.length).toBeGreaterThan(0);
    for (const b of bodies) expect(b.secrets).toEqual({ [subject]: secret });
    // never in localStorage (the stash and the pending hint)
    expect(ls.dump()).not.toContain(secret);
  });

  it('two subjects never share a secret, and each is fresh', async () => {
    const a = consentFor();
    const b = consentFor();
    const storeName = unique('db');
    const ra = setup(a, { storeName });
    const rb = setup(b, { storeName });
    await Promise.all([ra.r.ready, rb.r.ready]);
    await a.agreeAll();
    await b.agreeAll();
    const secrets = (await ra.rows()).filter(([k]) => k.startsWith('s:')).map(([, v]) => v);
    expect(secrets).toHaveLength(2);
    expect(new Set(secrets).size).toBe(2);
  });

  it('lost (IndexedDB cleared): the next receipt starts a new chain under a new subject id, through the core', async () => {
    const consent = consentFor();
    const before = setup(consent);
    await before.r.ready;
    await consent.agreeAll();
    await before.r.flush();
    const old = consent.snapshot().subjectId!;
    before.r.stop();
    // a new page, an empty journal: the subject id (in the cookie) survived, its secret did not
    const after = setup(consent);
    await after.r.ready;
    const decided = consent.snapshot();
    await consent.withdraw('stats');
    const [receipt] = await after.r.list();
    expect(receipt.subjectId).not.toBe(old);
    expect(receipt.subjectId).toBe(consent.snapshot().subjectId);
    expect(receipt.prev).toBeNull();
    expect(receipt.subjectKeyHash).toMatch(/^[0-9a-f]{64}$/);
    // the core kept every answer, only the subject changed
    expect({ ...consent.snapshot(), subjectId: undefined, purposes: undefined }).toEqual({
      ...decided,
      subjectId: undefined,
      purposes: undefined,
      updatedAt: consent.snapshot().updatedAt,
    });
    expect(await after.r.flush()).toMatchObject({ delivered: 1, rejected: 0 });
    expect(server.answers.get(receipt.id)).toEqual(['stored']);
  });

  it('a chain journaled here before secrets existed (head, no secret) moves to a new subject too', async () => {
    const consent = consentFor();
    await consent.agreeAll();
    const old = consent.snapshot().subjectId!;
    const storeName = unique('db');
    await idbSet('h:' + old, { hash: 'a'.repeat(64), timestamp: '2026-01-01T00:00:00.000Z' }, createStore(storeName, 'receipts'));
    const { r } = setup(consent, { storeName, startSubjectId: null });
    await r.ready;
    await consent.withdraw('stats');
    const [receipt] = await r.list();
    expect(receipt.subjectId).not.toBe(old);
    expect(consent.snapshot().subjectId).toBe(receipt.subjectId);
    expect(receipt.prev).toBeNull();
  });

  it('a decision stashed by the page that made the subject (closed before journaling) starts its chain, no move', async () => {
    const consent = consentFor();
    let e!: DecisionEvent;
    consent.on('decision', (x) => void (e = x));
    await consent.agreeAll();
    const subject = consent.snapshot().subjectId!;
    const made = stashDecision(e, true);
    // the next page starts with that subject and no secret for it
    const next = setup(consent);
    await next.r.ready;
    const [receipt] = await next.r.list();
    expect(receipt.id).toBe(made.id);
    expect(receipt.subjectId).toBe(subject);
    expect(consent.snapshot().subjectId).toBe(subject);
    // without the mark, the same situation is a lost secret: the chain moves
    const other = consentFor();
    other.on('decision', (x) => void (e = x));
    await other.agreeAll();
    stashDecision(e);
    const moved = setup(other);
    await moved.r.ready;
    expect((await moved.r.list())[0].subjectId).not.toBe(e.snapshot.subjectId);
  });

  it('a subject made after the page started needs no move (its first receipt starts its chain)', async () => {
    const consent = consentFor();
    const { r } = setup(consent);
    await r.ready;
    await consent.agreeAll();
    const [receipt] = await r.list();
    expect(receipt.subjectId).toBe(consent.snapshot().subjectId);
  });
});

describe("the guardian's name and contact", () => {
  const NAME = '김보호자';
  const PHONE = '010-9876-5432';

  it('are in the receipt only as HMACs under the secret, and in plain text only in the upload envelope', async () => {
    const consent = consentFor();
    const { r, rows } = setup(consent);
    await r.ready;
    consent.setAgeGroup('child');
    await consent.decide({ stats: 'agree' });
    await consent.recordGuardian({ name: ` ${NAME} `, contact: PHONE, method: 'sms' });
    const subject = consent.snapshot().subjectId!;
    const secret = (await rows()).find(([k]) => k == 's:' + subject)![1];
    const g = (await r.list()).find((x) => x.method == 'guardian')!;
    expect(g.guardian).toMatchObject({ method: 'sms', verified: false, nameHash: hmac(secret, NAME), contactHash: hmac(secret, PHONE) });
    // nothing of them in the journal or localStorage
    const stored = JSON.stringify(await rows()) + ls.dump();
    expect(stored).not.toContain(NAME);
    expect(stored).not.toContain('9876');
    expect(await r.flush()).toMatchObject({ pending: 0 });
    const body = server.bodies.find((b: any) => b.receipts.some((x: any) => x.id == g.id)) as any;
    expect(body.guardians).toEqual({ [g.id]: { name: NAME, contact: PHONE } });
    expect(server.guardians.get(g.id)).toEqual({ name: NAME, contact: PHONE });
    // delivered: forgotten; a later upload carries no guardian details
    await consent.decide({ stats: 'disagree' });
    await r.flush();
    const last = server.bodies[server.bodies.length - 1] as any;
    expect(JSON.stringify(last)).not.toContain(NAME);
    expect(last.guardians).toBeUndefined();
  });

  it('are not in the write-ahead stash: a guardian decision replayed after its page closed carries no hashes', async () => {
    const consent = consentFor();
    consent.setAgeGroup('child');
    let e!: DecisionEvent;
    consent.on('decision', (x) => void (e = x));
    await consent.decide({ stats: 'agree' }, { method: 'guardian' });
    // the event as the core emits it by contract: the details beside the snapshot, which holds only method and dates
    const details = { name: NAME, contact: PHONE, method: 'card', verifiedAt: Date.UTC(2026, 2, 1), verified: true };
    const event = {
      ...e,
      guardian: details,
      snapshot: { ...e.snapshot, guardian: { method: 'card', verifiedAt: Date.UTC(2026, 2, 1), verified: true } },
    } as unknown as DecisionEvent;
    const st = stashDecision(event);
    expect(ls.dump()).not.toContain(NAME);
    expect(ls.dump()).not.toContain('9876');
    expect(st.event.guardian!.name).toBe(NAME); // the page's own copy, in memory
    const { r } = setup(consent, { startSubjectId: null });
    await r.ready;
    const [receipt] = await r.list();
    expect(receipt.id).toBe(st.id);
    expect(receipt.guardian).toEqual({ method: 'card', verified: true, verifiedAt: '2026-03-01T00:00:00.000Z' });
  });
});

describe('a stashed decision that cannot be recorded', () => {
  it('is tried at three starts, then dropped and reported once', async () => {
    const consent = consentFor();
    let e!: DecisionEvent;
    consent.on('decision', (x) => void (e = x));
    await consent.decide({ stats: 'agree' });
    // a time no receipt can be made of (the build throws)
    const key = STASH_PREFIX + '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b';
    ls.setItem(key, JSON.stringify({ id: '0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b', event: { ...e, at: 'not a time' } }));
    const storeName = unique('db');
    const reported: ReceiptsError[][] = [];
    for (let start = 1; start <= 4; start++) {
      const { r, errors } = setup(consent, { storeName });
      await r.ready;
      r.stop();
      reported.push(errors.filter((x) => x.code == 'record-failed'));
      expect(ls.getItem(key) ? JSON.parse(ls.getItem(key)!).tries : 'gone').toBe(start < 3 ? start : 'gone');
    }
    expect(reported.map((x) => x.length)).toEqual([0, 0, 1, 0]);
    expect(reported[2][0].message).toContain('dropped');
    expect(reported[2][0].receiptId).toBe('0b0b0b0b-0b0b-4b0b-8b0b-0b0b0b0b0b0b');
  });
});
