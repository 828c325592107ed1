// @vitest-environment node
// Delivery against a real HTTP server on 127.0.0.1, the journal in fake-indexeddb, the real core.
import 'fake-indexeddb/auto';
import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import { createStore, entries as idbEntries } from 'idb-keyval';
import { createConsent } from '../../src/core';
import type { Consent, DecisionEvent } from '../../src/core/types';
import { createReceipts } from '../../src/receipts';
import { hashReceipt, verifyChain } from '../../src/receipts/chain';
import { backoffDelay, retryAfterMs } from '../../src/receipts/backoff';
import type { ReceiptsError, Timers } from '../../src/receipts/outbox';
import { STASH_PREFIX, PENDING_KEY, mayHavePending } from '../../src/receipts/stash';
import type { JournalEntry } from '../../src/receipts/journal';
import { startReceiptServer, type ReceiptServer } from '../support/receipt-server';
import { shopConfig, unique } from './fixtures';
import { installMemoryStorage } from '../support/memory-storage';

installMemoryStorage();

/** Timers the test fires by hand; `delays` records every delay asked for. */
function manualTimers() {
  const due: { fn: () => void; ms: number; id: number }[] = [];
  let id = 0;
  const timers: Timers = {
    set(fn, ms) {
      due.push({ fn, ms, id: ++id });
      return id;
    },
    clear(h) {
      const i = due.findIndex((d) => d.id === h);
      if (i >= 0) due.splice(i, 1);
    },
  };
  return {
    timers,
    due,
    delays: () => due.map((d) => d.ms),
    fire() {
      const d = due.shift();
      d?.fn();
      return d?.ms;
    },
  };
}

let server: ReceiptServer;
beforeAll(async () => (server = await startReceiptServer()));
afterAll(() => server.close());
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((f) => f());
  server.failNext(0);
  server.hangNext(0);
  server.rejectWhen(() => false);
  server.refuseBatchesOver(Infinity);
  (globalThis as any).localStorage.clear();
});

function setup(opts: Parameters<typeof createReceipts>[1] = {}, consent?: Consent) {
  const c = consent ?? createConsent(shopConfig({ receipts: {} }), { storage: 'memory', crossTab: false });
  const errors: ReceiptsError[] = [];
  const t = manualTimers();
  const r = createReceipts(c, {
    endpoint: server.endpoint,
    storeName: unique('db'),
    timers: t.timers,
    random: () => 0.5,
    retryBaseMs: 100,
    onError: (e) => void errors.push(e),
    ...opts,
  });
  stops.push(() => r.stop());
  return { consent: c, r, errors, t };
}

const status = async (r: ReturnType<typeof createReceipts>) => (await r.entries()).map((e) => e.status);

describe('journal before the decision completes', () => {
  it('decide() resolves only once the receipt is in IndexedDB', async () => {
    const storeName = unique('db');
    const { consent, r } = setup({ storeName, endpoint: undefined });
    await r.ready;
    await consent.agreeAll({ method: 'banner' });
    // read the database directly, with its own connection
    const rows = (await idbEntries(createStore(storeName, 'receipts'))) as [string, any][];
    const journal = rows.filter(([k]) => k.startsWith('r:')).map(([, v]) => v as JournalEntry);
    expect(journal).toHaveLength(1);
    expect(journal[0].status).toBe('pending');
    expect(journal[0].receipt.hash).toBe(await hashReceipt(journal[0].receipt));
    expect(rows.find(([k]) => k === `h:${journal[0].receipt.subjectId}`)?.[1].hash).toBe(journal[0].receipt.hash);
    // the write-ahead stash is gone once journaled; what is left is the hint that something is undelivered
    const ls = (globalThis as any).localStorage;
    const keys = Array.from({ length: ls.length }, (_, i) => ls.key(i));
    expect(keys.filter((k: string) => k.startsWith(STASH_PREFIX))).toEqual([]);
    expect(keys).toEqual([PENDING_KEY]);
  });
});

describe('pending hint (lets the script tag skip the receipts part when nothing is waiting)', () => {
  it('is set while a receipt is undelivered and cleared once the collector has it', async () => {
    const { consent, r } = setup();
    await r.ready;
    expect(mayHavePending()).toBe(false);
    server.failNext(1, 500);
    await consent.agreeAll({ method: 'banner' });
    expect((globalThis as any).localStorage.getItem(PENDING_KEY)).toBe('1');
    const failed = await r.flush();
    expect(failed.pending).toBe(1);
    expect(mayHavePending()).toBe(true);
    const ok = await r.flush();
    expect(ok).toMatchObject({ delivered: 1, pending: 0 });
    expect(mayHavePending()).toBe(false);
  });

  it('a stashed, unjournaled decision also counts; no localStorage at all counts as maybe', () => {
    (globalThis as any).localStorage.setItem(STASH_PREFIX + 'x', '{}');
    expect(mayHavePending()).toBe(true);
    const saved = (globalThis as any).localStorage;
    (globalThis as any).localStorage = {
      getItem() {
        throw new Error('denied');
      },
    };
    try {
      expect(mayHavePending()).toBe(true);
    } finally {
      (globalThis as any).localStorage = saved;
    }
  });
});

describe('delivery', () => {
  it('sends a batch and marks each receipt delivered', async () => {
    const { consent, r } = setup();
    await r.ready;
    await consent.agreeAll({ method: 'banner' });
    await consent.withdraw('news', { method: 'preferences' });
    const res = await r.flush();
    expect(res).toMatchObject({ delivered: 2, rejected: 0, pending: 0 });
    const list = await r.list();
    expect(list.every((x) => server.stored.has(x.id))).toBe(true);
    expect(await status(r)).toEqual(['delivered', 'delivered']);
    // oldest first, so the collector can check the chain as it goes
    const post = server.posts.find((p) => p.ids.includes(list[0].id))!;
    expect(post.ids).toEqual(list.map((x) => x.id));
  });

  it('retries with exponential backoff and jitter: 500 three times, stored once on the fourth', async () => {
    const { consent, r, t, errors } = setup({ retryBaseMs: 100, random: () => 0.5 });
    await r.ready;
    server.failNext(3, 500);
    const before = server.posts.length;
    await consent.decide({ account: 'agree' }, { method: 'form' });
    const [receipt] = await r.list();
    const delays: number[] = [];
    let res = await r.flush();
    while (res.error) {
      expect(res.pending).toBe(1);
      delays.push(t.due[0].ms);
      expect(t.due).toHaveLength(1); // one timer while pending, never a pile of them
      res = await r.flush();
    }
    // equal jitter with random()=0.5: 0.75 × 100 × 2^(n-1)
    expect(delays).toEqual([75, 150, 300]);
    expect(res).toMatchObject({ delivered: 1, pending: 0 });
    expect(server.posts.slice(before).map((p) => p.status)).toEqual([500, 500, 500, 200]);
    expect(server.seen.get(receipt.id)).toBe(1);
    expect(t.due).toHaveLength(0); // nothing pending: no timer
    expect(errors.filter((e) => e.code === 'send-failed').length).toBe(1); // reported once per failure streak
  });

  it('the timer does the retry by itself', async () => {
    const { consent, r, t } = setup();
    await r.ready;
    server.failNext(1, 503);
    await consent.decide({ account: 'agree' });
    await r.flush();
    expect(t.due).toHaveLength(1);
    t.fire();
    await server.waitFor(() => server.posts.at(-1)?.status === 200);
    await expect.poll(() => status(r)).toEqual(['delivered']);
  });

  it('respects Retry-After on 429', async () => {
    const { consent, r, t } = setup();
    await r.ready;
    server.failNext(1, 429, '7');
    await consent.decide({ account: 'agree' });
    const res = await r.flush();
    expect(res.error).toMatch(/429/);
    expect(t.due[0].ms).toBe(7000);
  });

  it('a hanging server times out and is retried', async () => {
    const { consent, r } = setup({ timeoutMs: 200 });
    await r.ready;
    server.hangNext(1);
    await consent.decide({ account: 'agree' });
    const res = await r.flush();
    expect(res.error).toBe('timeout');
    expect((await r.flush()).delivered).toBe(1);
  });

  it('a network error (nothing listening) is retried, not lost', async () => {
    const { consent, r } = setup({ endpoint: 'http://127.0.0.1:9/v1/receipts' });
    await r.ready;
    await consent.decide({ account: 'agree' });
    const res = await r.flush();
    expect(res.error).toMatch(/network error/);
    expect(await status(r)).toEqual(['pending']);
  });
});

describe('per-receipt results', () => {
  it('a 4xx for one receipt does not block the rest; it is kept, marked, reported and not retried', async () => {
    const { consent, r, errors } = setup();
    await r.ready;
    server.rejectWhen((x) => x.method === 'preferences', 'schema: purposes[0] is not acceptable');
    await consent.agreeAll({ method: 'banner' });
    await consent.withdraw('news', { method: 'preferences' });
    await consent.decide({ stats: 'disagree' }, { method: 'api' });
    const res = await r.flush();
    expect(res).toMatchObject({ delivered: 2, rejected: 1, pending: 0 });
    const e = await r.entries();
    expect(e.map((x) => [x.receipt.method, x.status])).toEqual([
      ['banner', 'delivered'],
      ['preferences', 'rejected'],
      ['api', 'delivered'],
    ]);
    expect(e[1].error).toBe('schema: purposes[0] is not acceptable');
    expect(errors).toContainEqual(expect.objectContaining({ code: 'rejected', receiptId: e[1].receipt.id }));
    const posts = server.posts.length;
    expect((await r.flush()).pending).toBe(0);
    expect(server.posts.length).toBe(posts); // never retried
    // still in the visitor's export
    expect((await r.list()).map((x) => x.id)).toContain(e[1].receipt.id);
  });

  it('a 400 that carries per-receipt results (every receipt rejected) uses their reasons', async () => {
    const { consent, r } = setup();
    await r.ready;
    server.rejectWhen(() => true, 'schema: /purposes/0/noticeHash must match pattern');
    await consent.decide({ stats: 'agree' });
    await consent.decide({ stats: 'disagree' });
    const before = server.posts.length;
    const res = await r.flush();
    expect(res).toMatchObject({ delivered: 0, rejected: 2, pending: 0 });
    expect(server.posts.length - before).toBe(1); // not split: the answer already said which and why
    expect((await r.entries()).map((e) => e.error)).toEqual(Array(2).fill('schema: /purposes/0/noticeHash must match pattern'));
  });

  it('a batch refused as a whole (413) is split until the receipt it means is found', async () => {
    const { consent, r } = setup();
    await r.ready;
    for (let i = 0; i < 5; i++) await consent.decide({ stats: i % 2 ? 'agree' : 'disagree' });
    server.refuseBatchesOver(2);
    const res = await r.flush();
    expect(res).toMatchObject({ delivered: 5, rejected: 0, pending: 0 });
    const order = (await r.list()).map((x) => x.id);
    const arrived = [...server.stored.keys()].filter((id) => order.includes(id));
    expect(arrived).toEqual(order); // still oldest first
  });

  it('one receipt refused with a 400 of its own is rejected with the reason', async () => {
    const { consent, r } = setup();
    await r.ready;
    await consent.decide({ stats: 'agree' });
    server.failNext(1, 400);
    const res = await r.flush();
    expect(res).toMatchObject({ delivered: 0, rejected: 1, pending: 0 });
    expect((await r.entries())[0].error).toBe('HTTP 400: test failure 400');
  });

  it('401/403/404 are endpoint problems: kept pending and retried, never marked rejected', async () => {
    const { consent, r, errors } = setup();
    await r.ready;
    await consent.decide({ stats: 'agree' });
    server.failNext(1, 403);
    const res = await r.flush();
    expect(res.error).toMatch(/403/);
    expect(await status(r)).toEqual(['pending']);
    expect(errors.some((e) => e.code === 'send-failed' && /403/.test(e.message))).toBe(true);
    expect((await r.flush()).delivered).toBe(1);
  });
});

describe('bounded storage', () => {
  it('keeps at most keepDelivered delivered receipts; undelivered ones are never dropped', async () => {
    const { consent, r } = setup({ keepDelivered: 2 });
    await r.ready;
    for (let i = 0; i < 5; i++) await consent.decide({ stats: i % 2 ? 'agree' : 'disagree' });
    const ids = (await r.list()).map((x) => x.id);
    await r.flush();
    const kept = await r.entries();
    expect(kept.map((e) => e.receipt.id)).toEqual(ids.slice(3)); // the newest two
    expect(kept.every((e) => e.status === 'delivered')).toBe(true);
    // the chain head survives pruning: the next receipt still links to the last one
    await consent.decide({ stats: 'agree' });
    const after = await r.list();
    expect(after[after.length - 1].prev).toBe(after[after.length - 2].hash);
  });

  it('without delivery nothing is pruned, and a large journal is reported once', async () => {
    const { consent, r, errors } = setup({ endpoint: undefined, keepDelivered: 0, warnAt: 3 });
    await r.ready;
    for (let i = 0; i < 6; i++) await consent.decide({ stats: i % 2 ? 'agree' : 'disagree' });
    expect(await status(r)).toEqual(Array(6).fill('pending'));
    expect(errors.filter((e) => e.code === 'journal-large')).toHaveLength(1);
    expect(await r.flush()).toMatchObject({ skipped: 'no-endpoint', pending: 6 });
  });
});

describe('without an endpoint', () => {
  it('keeps receipts locally, exportable, with a valid chain', async () => {
    const { consent, r } = setup({ endpoint: undefined });
    await r.ready;
    await consent.agreeAll({ method: 'banner' });
    await consent.withdraw('ads', { method: 'preferences' });
    const out = await r.export();
    expect(out.receipts).toHaveLength(2);
    expect(out.chain).toEqual({ ok: true, problems: [], complete: true });
    expect(out.kantara).toHaveLength(1);
    const latest = await r.latest();
    expect(latest).toMatchObject({ id: out.receipts[1].id, at: Date.parse(out.receipts[1].timestamp), policyVersion: '2026-03' });
    expect(latest!.purposes).toEqual([
      { id: 'account', state: 'given' },
      { id: 'stats', state: 'given' },
      { id: 'news', state: 'given' },
      { id: 'ads', state: 'withdrawn' },
      { id: 'courier', state: 'given' },
      { id: 'cloud', state: 'given' },
      { id: 'health', state: 'given' },
    ]);
  });

  it('latest() is null before any decision; a bad endpoint is reported and receipts stay local', async () => {
    const { r, errors } = setup({ endpoint: 'javascript:alert(1)' });
    expect(r.endpoint).toBeUndefined();
    expect(errors.some((e) => e.code === 'config')).toBe(true);
    expect(await r.latest()).toBeNull();
  });

  it('reports unknown or bad keys of the receipts config section', () => {
    const c = createConsent(shopConfig({ receipts: { endpoint: 'https://x.example/r', batchSize: 0, retrys: 3 } as any }), {
      storage: 'memory',
      crossTab: false,
    });
    const { errors } = setup({}, c);
    const msg = errors.find((e) => e.code === 'config')!.message;
    expect(msg).toMatch(/receipts\.batchSize: expected a whole number from 1 to 100/);
    expect(msg).toMatch(/receipts\.retrys: unknown key/);
  });
});

describe('IndexedDB missing', () => {
  it('keeps receipts in memory, reports it, and still sends them', async () => {
    const saved = (globalThis as any).indexedDB;
    delete (globalThis as any).indexedDB;
    try {
      const { consent, r, errors } = setup();
      await r.ready;
      await consent.agreeAll({ method: 'banner' });
      await consent.withdraw('news');
      expect(errors.some((e) => e.code === 'idb-failed')).toBe(true);
      const list = await r.list();
      expect(list).toHaveLength(2);
      expect((await verifyChain(list)).ok).toBe(true);
      expect((await r.flush()).delivered).toBe(2);
      expect(list.every((x) => server.stored.has(x.id))).toBe(true);
    } finally {
      (globalThis as any).indexedDB = saved;
    }
  });
});

describe('lossless across restarts and tabs', () => {
  /** A decision event for `subjectId`, as the core would emit it. */
  async function eventFor(consent: Consent, subjectId: string, choice: 'agree' | 'disagree' = 'agree'): Promise<DecisionEvent> {
    let e!: DecisionEvent;
    const off = consent.on('decision', (x) => void (e = x));
    await consent.decide({ stats: choice });
    off();
    return { ...e, snapshot: { ...e.snapshot, subjectId } };
  }

  it('a decision stashed by a page that closed before journaling is journaled at the next start, once', async () => {
    const storeName = unique('db');
    const c = createConsent(shopConfig({ receipts: {} }), { storage: 'memory', crossTab: false });
    const e = await eventFor(c, 'subject-closed-page');
    (globalThis as any).localStorage.setItem(
      STASH_PREFIX + '7e0c5a4e-2b7b-4c1e-9a55-0f2d7c3b9a11',
      JSON.stringify({ id: '7e0c5a4e-2b7b-4c1e-9a55-0f2d7c3b9a11', event: e }),
    );
    (globalThis as any).localStorage.setItem(STASH_PREFIX + 'junk', '{not json');
    const { r } = setup({ storeName }, c);
    await r.ready;
    const list = await r.list();
    expect(list.map((x) => x.id)).toEqual(['7e0c5a4e-2b7b-4c1e-9a55-0f2d7c3b9a11']);
    const ls = (globalThis as any).localStorage;
    expect(Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k: string) => k.startsWith(STASH_PREFIX))).toEqual([]);
    // replaying the same stash again (another tab started at the same time) adds nothing
    const again = await r.record(e, { id: '7e0c5a4e-2b7b-4c1e-9a55-0f2d7c3b9a11', event: e });
    expect(again!.hash).toBe(list[0].hash);
    expect(await r.list()).toHaveLength(1);
    await server.waitFor(() => server.stored.has('7e0c5a4e-2b7b-4c1e-9a55-0f2d7c3b9a11'));
  });

  it('receipts pending at a restart are sent by the next start', async () => {
    const storeName = unique('db');
    const c = createConsent(shopConfig({ receipts: {} }), { storage: 'memory', crossTab: false });
    const first = setup({ storeName, endpoint: 'http://127.0.0.1:9/v1/receipts' }, c);
    await first.r.ready;
    await c.agreeAll();
    const [receipt] = await first.r.list();
    first.r.stop();
    const second = setup({ storeName }, c);
    await second.r.ready;
    await server.waitFor(() => server.stored.has(receipt.id));
    await expect.poll(() => status(second.r)).toEqual(['delivered']);
  });

  it('two tabs deciding at once keep one linear chain (no fork) and every receipt arrives once', async () => {
    const storeName = unique('db');
    // listen: false — the events are recorded by hand below, under one shared subject (as two tabs share the cookie)
    const a = setup({ storeName, listen: false }, createConsent(shopConfig({ receipts: {} }), { storage: 'memory', crossTab: false }));
    const b = setup({ storeName, listen: false }, createConsent(shopConfig({ receipts: {} }), { storage: 'memory', crossTab: false }));
    await Promise.all([a.r.ready, b.r.ready]);
    const events = await Promise.all([
      eventFor(a.consent, 'shared-subject-1', 'agree'),
      eventFor(b.consent, 'shared-subject-1', 'disagree'),
      eventFor(a.consent, 'shared-subject-1', 'disagree'),
      eventFor(b.consent, 'shared-subject-1', 'agree'),
    ]);
    const made = await Promise.all(events.map((e, i) => (i % 2 ? b.r : a.r).record(e)));
    expect(made.every(Boolean)).toBe(true);
    const list = await a.r.list();
    expect(list).toHaveLength(4);
    expect(new Set(list.map((x) => x.prev)).size).toBe(4); // every receipt has its own predecessor
    expect(await verifyChain(list)).toEqual({ ok: true, problems: [] });
    await Promise.all([a.r.flush(), b.r.flush()]);
    await server.waitFor(() => list.every((x) => server.stored.has(x.id)));
    await expect.poll(() => status(a.r)).toEqual(Array(4).fill('delivered'));
    for (const x of list) expect(server.seen.get(x.id)).toBe(1);
  });

  it('one flusher across tabs: a tab finding the flusher lease taken skips and checks back', async () => {
    const storeName = unique('db');
    const a = setup({ storeName, timeoutMs: 400 });
    const b = setup({ storeName });
    await Promise.all([a.r.ready, b.r.ready]);
    await a.consent.decide({ account: 'agree' });
    server.hangNext(1);
    const pa = a.r.flush();
    await server.waitFor(() => server.posts.at(-1)?.status === 'hung');
    const rb = await b.r.flush();
    expect(rb.skipped).toBe('locked');
    expect(rb.nextAttemptAt).toBeGreaterThan(Date.now());
    expect((await pa).error).toBe('timeout');
    expect((await b.r.flush()).delivered).toBe(1);
  });
});

describe('backoff', () => {
  it('doubles up to the cap, jitter in the upper half', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, { baseMs: 1000 }, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, { baseMs: 1000 }, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(40, { baseMs: 1000, maxMs: 60_000 }, () => 1)).toBe(60_000);
    expect(backoffDelay(40, { baseMs: 1000, maxMs: 60_000 }, () => 0)).toBe(30_000);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
