import { backoffDelay, type RetryPolicy } from './backoff';
import { markPending } from './stash';
import type { Journal } from './journal';
import { batchBody, KEEPALIVE_LIMIT, postBatch, type Envelope, type ReceiptResult, type SendOutcome } from './send';
import type { Receipt } from './types';

/** Something that went wrong in the receipts module; never thrown at the page, reported. */
export interface ReceiptsError {
  /**
   * `idb-failed`: IndexedDB missing or failing (receipts kept in memory for this page, still sent);
   * `rejected`: the endpoint refused a receipt (kept locally, marked, not retried);
   * `send-failed`: a delivery attempt failed (will be retried); `journal-large`: many undelivered receipts;
   * `record-failed`: a receipt could not be built (for a decision stashed by a closed page: reported once,
   * when it is dropped after a few tries); `config`: a bad `receipts` option; `link-failed`: the collector
   * refused a member link (or its proof ran out before it was sent).
   */
  code: 'idb-failed' | 'rejected' | 'send-failed' | 'journal-large' | 'record-failed' | 'config' | 'link-failed';
  message: string;
  receiptId?: string;
  cause?: unknown;
}

/** Timer functions, injectable for tests. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** What one flush did. */
export interface FlushResult {
  /** Receipts the endpoint accepted (stored, or already had). */
  delivered: number;
  rejected: number;
  /** Undelivered receipts left in the journal. */
  pending: number;
  /** Why delivery stopped early (will be retried). */
  error?: string;
  /** `no-endpoint`: nothing to send to; `locked`: another tab is flushing. */
  skipped?: 'no-endpoint' | 'locked';
  /** When the next automatic try is due (ms since epoch), if one is scheduled. */
  nextAttemptAt?: number;
}

export interface OutboxOptions {
  journal: Journal;
  endpoint?: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  batchSize: number;
  retry: RetryPolicy;
  timeoutMs: number;
  keepDelivered: number;
  now: () => number;
  random: () => number;
  timers: Timers;
  report(e: ReceiptsError): void;
  /** Told after each receipt's fate is known. */
  settled?(receipt: Receipt, result: ReceiptResult): void;
  /** Loads what `envelope` needs for these receipts (their subjects' secrets) before a flush sends them. */
  prepare?(receipts: Receipt[]): Promise<void>;
  /** The secrets and guardian details that go with a batch, synchronously (a closing page sends at once). */
  envelope?(receipts: Receipt[]): Envelope;
  /** Told what the endpoint said about the envelope of a batch it answered (member links, notice texts). */
  answered?(envelope: Envelope, outcome: SendOutcome & { kind: 'results' }): void;
}

export interface Outbox {
  /** Send everything pending now (ignores the backoff timer; waits for a flush already running). */
  flush(): Promise<FlushResult>;
  /** A receipt this page journaled: remembered in memory so a closing page can still send it. */
  track(r: Receipt): void;
  /**
   * The page is being hidden or closed: send what is unsent with `keepalive` (or `sendBeacon`), plus
   * `late`: receipts built just now for decisions whose journal write has not finished.
   */
  pageHide(late?: Receipt[]): void;
  /** Back online: retry now, from a fresh backoff. */
  online(): void;
  /** Try again after `ms` (coalesced with any earlier timer that is due sooner). */
  schedule(ms: number): void;
  stop(): void;
  /** The failed-attempt count of the current streak (0 after a success). */
  readonly attempts: number;
}

const LOCK = 'consentry-receipts-flush';
const LEASE_MS = 30_000;
const BUSY_RETRY_MS = 4000;
const MAX_BATCHES = 100;

type Locks = { request(name: string, opts: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<unknown>): Promise<unknown> };

/** The outbox: batched delivery with backoff, one flusher across tabs, keepalive on page hide. */
export function createOutbox(o: OutboxOptions): Outbox {
  const unsent = new Map<string, Receipt>();
  const inflight = new Set<string>();
  const owner = Math.random().toString(36).slice(2);
  let attempts = 0;
  let timer: unknown;
  let timerAt = 0;
  let running: Promise<FlushResult> | undefined;
  let stopped = false;
  let lastReported = '';

  const fetchFn = o.fetch || (typeof fetch == 'function' ? fetch.bind(globalThis) : undefined);
  const body = (batch: Receipt[]): Envelope => (o.envelope ? o.envelope(batch) : { secrets: {} });

  function schedule(ms: number) {
    if (stopped || !o.endpoint) return;
    const at = o.now() + ms;
    if (timer !== undefined && timerAt <= at) return;
    if (timer !== undefined) o.timers.clear(timer);
    timerAt = at;
    timer = o.timers.set(() => {
      timer = undefined;
      void flush();
    }, ms);
  }

  /** Applies per-receipt results; returns counts and the receipts the endpoint did not mention. */
  async function apply(batch: Receipt[], results: ReceiptResult[]) {
    const byId = new Map(results.map((r) => [r.id, r]));
    const marks: Parameters<Journal['mark']>[0] = [];
    let delivered = 0;
    let rejected = 0;
    const missing: Receipt[] = [];
    for (const r of batch) {
      const res = byId.get(r.id);
      if (!res) {
        missing.push(r);
        continue;
      }
      unsent.delete(r.id);
      if (res.status === 'rejected') {
        rejected++;
        marks.push({ receipt: r, status: 'rejected', error: res.error || 'rejected' });
        o.report({ code: 'rejected', receiptId: r.id, message: `receipt ${r.id} rejected: ${res.error || '?'}` });
      } else {
        delivered++;
        marks.push({ receipt: r, status: 'delivered', at: o.now() });
      }
    }
    await o.journal.mark(marks);
    for (const r of batch) {
      const res = byId.get(r.id);
      if (res && o.settled) o.settled(r, res);
    }
    return { delivered, rejected, missing };
  }

  /** Sends a batch; a batch refused as a whole is split until the receipt it objects to is found. */
  async function send(batch: Receipt[]): Promise<{ delivered: number; rejected: number; retry?: SendOutcome & { kind: 'retry' } }> {
    batch.forEach((r) => inflight.add(r.id));
    let out: SendOutcome;
    const envelope = body(batch);
    try {
      out = await postBatch(batch, {
        fetch: fetchFn!,
        endpoint: o.endpoint!,
        envelope,
        headers: o.headers,
        keepalive: true,
        timeoutMs: o.timeoutMs,
        now: o.now,
      });
    } finally {
      batch.forEach((r) => inflight.delete(r.id));
    }
    if (out.kind === 'retry') return { delivered: 0, rejected: 0, retry: out };
    if (out.kind === 'refused') {
      if (batch.length === 1) {
        const { delivered, rejected } = await apply(batch, [{ id: batch[0].id, status: 'rejected', error: out.reason }]);
        return { delivered, rejected };
      }
      // In order, so each subject's chain still reaches the endpoint oldest first.
      const half = Math.ceil(batch.length / 2);
      const a = await send(batch.slice(0, half));
      if (a.retry) return a;
      const b = await send(batch.slice(half));
      return { delivered: a.delivered + b.delivered, rejected: a.rejected + b.rejected, retry: b.retry };
    }
    if (o.answered) o.answered(envelope, out);
    const { delivered, rejected, missing } = await apply(batch, out.results);
    if (missing.length) return { delivered, rejected, retry: { kind: 'retry', reason: `no result for ${missing.length} receipt(s)` } };
    return { delivered, rejected };
  }

  /** Up to batchSize receipts, oldest first, whose JSON fits a keepalive request (at least one). */
  function take(list: Receipt[]): Receipt[] {
    const out: Receipt[] = [];
    for (const r of list) {
      if (out.length >= o.batchSize) break;
      if (out.length && batchBody([...out, r], body([...out, r])).length > KEEPALIVE_LIMIT) break;
      out.push(r);
    }
    return out;
  }

  async function pendingReceipts(): Promise<Receipt[]> {
    const list = (await o.journal.all()).filter((e) => e.status === 'pending').map((e) => e.receipt);
    if (o.prepare) await o.prepare(list);
    // Refresh what a closing page would send: what is still pending, as the journal (all tabs) sees it.
    unsent.clear();
    for (const r of list) unsent.set(r.id, r);
    return list;
  }

  async function pass(): Promise<FlushResult> {
    let delivered = 0;
    let rejected = 0;
    let left = 0;
    let i = 0;
    for (; i < MAX_BATCHES; i++) {
      const pending = await pendingReceipts();
      left = pending.length;
      const todo = pending.filter((r) => !inflight.has(r.id));
      if (!todo.length) break;
      const res = await send(take(todo));
      delivered += res.delivered;
      rejected += res.rejected;
      if (res.retry) {
        attempts++;
        const wait = Math.max(backoffDelay(attempts, o.retry, o.random), res.retry.retryAfterMs || 0);
        if (attempts === 1 || res.retry.reason !== lastReported) {
          lastReported = res.retry.reason;
          o.report({
            code: 'send-failed',
            message: `receipts not delivered (${res.retry.reason}); retrying in ${Math.round(wait / 1000)} s`,
          });
        }
        schedule(wait);
        return { delivered, rejected, pending: (await pendingReceipts()).length, error: res.retry.reason, nextAttemptAt: timerAt };
      }
      attempts = 0;
      lastReported = '';
    }
    if (delivered) await o.journal.prune(o.keepDelivered);
    // More than MAX_BATCHES in one go: carry on shortly rather than hog the tab.
    if (i === MAX_BATCHES) schedule(1000);
    return { delivered, rejected, pending: left, ...(i === MAX_BATCHES ? { nextAttemptAt: timerAt } : {}) };
  }

  async function locked(): Promise<FlushResult> {
    const locks = typeof navigator !== 'undefined' ? (navigator as unknown as { locks?: Locks }).locks : undefined;
    // Receipts kept only in this page's memory are invisible to other tabs: no point in asking them.
    if (o.journal.memory) return pass();
    if (locks && locks.request) {
      let got = false;
      const res = await locks.request(LOCK, { ifAvailable: true }, async (lock) => {
        if (!lock) return undefined;
        got = true;
        return pass();
      });
      if (got) return res as FlushResult;
    } else if (await o.journal.lease(owner, o.now(), LEASE_MS)) {
      try {
        return await pass();
      } finally {
        await o.journal.release(owner);
      }
    }
    // Another tab is flushing; it sees the same journal. Check back in case it goes away.
    const left = (await pendingReceipts()).length;
    if (left) schedule(BUSY_RETRY_MS + o.random() * 1000);
    return { delivered: 0, rejected: 0, pending: left, skipped: 'locked', ...(left ? { nextAttemptAt: timerAt } : {}) };
  }

  let queued: Promise<FlushResult> | undefined;
  function flush(): Promise<FlushResult> {
    if (!o.endpoint || !fetchFn) {
      return o.journal.all().then((l) => ({
        delivered: 0,
        rejected: 0,
        pending: l.filter((e) => e.status === 'pending').length,
        skipped: 'no-endpoint' as const,
      }));
    }
    // A pass already running may have read the journal before the newest receipt: run once more after it.
    if (running) return (queued ||= running.then(() => ((queued = undefined), flush())));
    if (timer !== undefined) {
      o.timers.clear(timer);
      timer = undefined;
    }
    running = locked()
      // a receipt tracked while the pass ran is in `unsent` even if the pass counted none
      .then((r) => (markPending(r.pending > 0 || unsent.size > 0), r))
      .finally(() => (running = undefined));
    return running;
  }

  function pageHide(late: Receipt[] = []) {
    if (!o.endpoint || stopped) return;
    const list = [...unsent.values(), ...late.filter((r) => !unsent.has(r.id))]
      .filter((r) => !inflight.has(r.id))
      .sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
    if (!list.length) return;
    const batch = take(list);
    if (fetchFn) {
      // The request starts synchronously, inside the event: keepalive lets it outlive the page.
      void send(batch).catch(() => {});
    } else if (typeof navigator !== 'undefined' && navigator.sendBeacon) {
      navigator.sendBeacon(o.endpoint, new Blob([batchBody(batch, body(batch))], { type: 'application/json' }));
    }
  }

  return {
    flush,
    track(r) {
      unsent.set(r.id, r);
      markPending(true);
    },
    pageHide,
    online() {
      attempts = 0;
      void flush();
    },
    schedule,
    stop() {
      stopped = true;
      if (timer !== undefined) o.timers.clear(timer);
      timer = undefined;
    },
    get attempts() {
      return attempts;
    },
  };
}
