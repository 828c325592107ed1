import type { RetryPolicy } from './backoff';
import type { Journal } from './journal';
import { createSender } from './outbox-batch';
import { withFlushLock } from './outbox-lock';
import { runPass, type Streak } from './outbox-pass';
import { createRetryTimer } from './outbox-timer';
import { batchBody, type Envelope, type ReceiptResult, type SendOutcome } from './send';
import { markPending } from './stash';
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

const BUSY_RETRY_MS = 4000;

/** The outbox: batched delivery with backoff, one flusher across tabs, keepalive on page hide. */
export function createOutbox(o: OutboxOptions): Outbox {
  const unsent = new Map<string, Receipt>();
  const owner = Math.random().toString(36).slice(2);
  const streak: Streak = { attempts: 0, lastReported: '' };
  let running: Promise<FlushResult> | undefined;
  let queued: Promise<FlushResult> | undefined;
  let stopped = false;

  const fetchFn = o.fetch || (typeof fetch == 'function' ? fetch.bind(globalThis) : undefined);
  const sender = createSender(o, fetchFn, unsent);
  const timer = createRetryTimer(o, () => void flush());

  function schedule(ms: number) {
    if (stopped || !o.endpoint) return;
    timer.schedule(ms);
  }

  async function pendingReceipts(): Promise<Receipt[]> {
    const list = (await o.journal.all()).filter((e) => e.status === 'pending').map((e) => e.receipt);
    if (o.prepare) await o.prepare(list);
    // Refresh what a closing page would send: what is still pending, as the journal (all tabs) sees it.
    unsent.clear();
    for (const r of list) unsent.set(r.id, r);
    return list;
  }

  async function locked(): Promise<FlushResult> {
    const res = await withFlushLock(o, owner, () => runPass(o, streak, sender, pendingReceipts, schedule, timer.due));
    if (res) return res;
    // Another tab is flushing; it sees the same journal. Check back in case it goes away.
    const left = (await pendingReceipts()).length;
    if (left) schedule(BUSY_RETRY_MS + o.random() * 1000);
    return { delivered: 0, rejected: 0, pending: left, skipped: 'locked', ...(left ? { nextAttemptAt: timer.due() } : {}) };
  }

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
    timer.cancel();
    running = locked()
      // a receipt tracked while the pass ran is in `unsent` even if the pass counted none
      .then((r) => (markPending(r.pending > 0 || unsent.size > 0), r))
      .finally(() => (running = undefined));
    return running;
  }

  function pageHide(late: Receipt[] = []) {
    if (!o.endpoint || stopped) return;
    const list = sender
      .idle([...unsent.values(), ...late.filter((r) => !unsent.has(r.id))])
      .sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1));
    if (!list.length) return;
    const batch = sender.take(list);
    if (fetchFn) {
      // The request starts synchronously, inside the event: keepalive lets it outlive the page.
      void sender.send(batch).catch(() => {});
    } else if (typeof navigator !== 'undefined' && navigator.sendBeacon) {
      navigator.sendBeacon(o.endpoint, new Blob([batchBody(batch, sender.body(batch))], { type: 'application/json' }));
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
      streak.attempts = 0;
      void flush();
    },
    schedule,
    stop() {
      stopped = true;
      timer.cancel();
    },
    get attempts() {
      return streak.attempts;
    },
  };
}
