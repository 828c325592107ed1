import type { Consent, DecisionEvent } from '../core/types';
import { receiptsRecorder } from './receipts-recorder';
import type { ReceiptExport } from './export';
import { openJournal, type JournalEntry } from './journal';
import type { ConfigProblem } from '../core/errors';
import { httpUrl, type ReceiptsConfig } from './options';
import { createOutbox, type FlushResult, type ReceiptsError, type Timers } from './outbox';
import { receiptsLinks } from './receipts-links';
import type { Envelope, ReceiptResult } from './send';
import { receiptsTexts } from './receipts-texts';
import { resolveSubject } from './receipts-subjects';
import { download, hasWindow } from './receipts-download';
import { summarize } from './receipts-summary';
import type { Stashed } from './stash';
import type { Receipt, ReceiptState } from './types';

/** Options of `createReceipts`; they override the config's `receipts` section. */
export interface ReceiptsOptions extends ReceiptsConfig {
  /**
   * Checks the config's `receipts` section; problems are reported as a `config` error. `consentry/receipts`
   * passes `validateReceiptsConfig`; the production script tag leaves it to its debug build.
   */
  check?: (section: unknown) => ConfigProblem[];
  /** Clock, ms since epoch (default `Date.now`). */
  now?: () => number;
  /** The fetch to send with (default the global one). */
  fetch?: typeof fetch;
  /** IndexedDB database name of the journal (default `consentry-receipts`). */
  storeName?: string;
  /** Called for every `error` (as well as `on('error')` listeners). */
  onError?: (e: ReceiptsError) => void;
  /** Listen to the instance's `decision` events (default true). The script tag forwards them itself. */
  listen?: boolean;
  /** Listen to `online`, `pagehide` and `visibilitychange` (default true in browsers). */
  pageEvents?: boolean;
  /** Base for relative `endpoint` and `policy.url` (default `location.href`). */
  baseUrl?: string;
  /** Randomness for backoff jitter (tests). */
  random?: () => number;
  /** Timer functions (tests). */
  timers?: Timers;
  /** Builds the export (`exportReceipts` by default; the script tag loads it on demand). */
  exporter?: Exporter;
  /**
   * The subject id the page started with (default: the consent's when `createReceipts` is called; the
   * script tag passes the one it started with). When this device has no secret for it (IndexedDB cleared,
   * or receipts from before secrets), its next receipt starts a new chain under a new subject id
   * (`consent.renewSubject()`), since the collector accepts the old chain's receipts only with its secret.
   */
  startSubjectId?: string | null;
  /**
   * Send the exact notice text of each purpose a receipt refers to (by its `noticeHash`) beside the
   * receipts, once per text and page, so the collector can show the words years later (default true).
   */
  texts?: boolean;
}

/**
 * What became of a member link (`link()`): `linked` / `unchanged` (the collector links the subject, its
 * whole chain, to the account), `rejected` + `error` (nothing linked), `waiting` (this browser has no
 * receipt yet: the proof goes with its first upload), `retry` (the collector was not reached: the proof
 * goes with the next upload while it is valid), `cancelled`, `no-endpoint`.
 */
export interface LinkOutcome {
  status: 'linked' | 'unchanged' | 'rejected' | 'waiting' | 'retry' | 'cancelled' | 'no-endpoint';
  subjectId?: string;
  error?: string;
}

/** `exportReceipts`, or something that loads and calls it. */
export type Exporter = (receipts: Receipt[], config: Consent['config'], now: number) => Promise<ReceiptExport>;

/** The visitor's latest record, for "My consent record" (same shape as the widget's `MyRecordSummary`). */
export interface RecordSummary {
  /** The newest receipt's id. */
  id: string;
  /** The newest receipt's time, ms since epoch. */
  at: number;
  policyVersion?: string;
  /** Each purpose's latest recorded state, in config order. */
  purposes: { id: string; state: ReceiptState }[];
}

export interface ReceiptEvents {
  error: ReceiptsError;
  /** A receipt was written to the journal. */
  recorded: Receipt;
  /** The endpoint answered for a receipt (stored, duplicate or rejected). */
  settled: { receipt: Receipt; result: ReceiptResult };
  /** The collector answered for a member link (or the link was dropped). */
  link: LinkOutcome;
}

/** Emits one of the receipts' events to its listeners (a listener's bug is caught). */
export type Emit = <K extends keyof ReceiptEvents>(k: K, p: ReceiptEvents[K]) => void;
/** Reports an error: to `onError`, then as an `error` event. */
export type Report = (e: ReceiptsError) => void;

/** What `createReceipts` returns. */
export interface Receipts {
  /** Resolves once the journal is open and decisions left over from closed pages are journaled. */
  readonly ready: Promise<void>;
  /** The endpoint receipts go to (absolute), if any. */
  readonly endpoint?: string;
  /**
   * Journals the receipt of one `decision` event; resolves with it (undefined if it could not be built —
   * reported, never thrown). Called for you unless `listen: false`.
   */
  record(e: DecisionEvent, stashed?: Stashed): Promise<Receipt | undefined>;
  /** Every receipt on this device, oldest first. */
  list(): Promise<Receipt[]>;
  /** Every receipt with its delivery state (`pending`, `delivered`, `rejected` + reason). */
  entries(): Promise<JournalEntry[]>;
  /** The current subject's latest record, or null before the first decision. */
  latest(): Promise<RecordSummary | null>;
  /** The receipts as Kantara v1.1 + ISO 27560 (DPV JSON-LD) + the raw log, with a chain check. */
  export(): Promise<ReceiptExport>;
  /** Saves `export()` as a JSON file (browser only). */
  download(filename?: string): Promise<void>;
  /** Sends what is pending now. */
  flush(): Promise<FlushResult>;
  on<K extends keyof ReceiptEvents>(event: K, fn: (payload: ReceiptEvents[K]) => void): () => void;
  /** Stops listening and sending (the journal stays). */
  stop(): void;
  /**
   * Links this browser's subject to a member account: `proof` (the member proof JWT from the site's
   * backend) travels in the `links` of the next upload that carries the subject's secret, at once when
   * the subject already has receipts. Kept in memory only; `expiresAt` (ms) drops it when it runs out.
   * `link(null)` drops a proof not yet sent. A subject that changes before the link is made (another tab
   * forgot the member) drops it too.
   */
  link(proof: string | null, expiresAt?: number): Promise<LinkOutcome>;
  /** The current subject's id and secret, when it has a receipt chain here (for a rights request). */
  credentials(): Promise<{ id: string; secret: string } | undefined>;
}

/**
 * Consent receipts for a consent instance: one hash-chained receipt per `decision` event, journaled in
 * IndexedDB before the decision completes, delivered to `endpoint` in batches (retry with backoff,
 * one flusher across tabs, keepalive on page hide), and exportable as Kantara v1.1 and ISO 27560.
 */
export function createReceipts(consent: Consent, options: ReceiptsOptions = {}): Receipts {
  const section = (consent.config.receipts || {}) as ReceiptsConfig;
  const o: ReceiptsOptions = { ...section, ...options };
  const now = o.now || Date.now;
  const listeners: { [k: string]: Set<(p: any) => void> } = {};
  const emit: Emit = (k, p) => {
    for (const fn of listeners[k] || []) {
      try {
        fn(p);
      } catch {
        // a listener's bug must not stop receipts
      }
    }
  };
  const report: Report = (e) => {
    try {
      if (o.onError) o.onError(e);
    } catch {
      // as above
    }
    emit('error', e);
  };
  const on: Receipts['on'] = (event, fn) => {
    const set = (listeners[event] ??= new Set());
    set.add(fn);
    return () => set.delete(fn);
  };

  const problems = o.check ? o.check(section) : [];
  if (problems.length) {
    report({ code: 'config', message: problems.map((p) => `${p.path}: ${p.message}`).join('\n') });
  }
  const baseUrl = o.baseUrl || (typeof location != 'undefined' ? location.href : undefined);
  const endpoint = o.endpoint === undefined ? undefined : httpUrl(o.endpoint, baseUrl);
  if (o.endpoint !== undefined && !endpoint) {
    report({
      code: 'config',
      message: `receipts.endpoint "${String(o.endpoint)}" is not a usable http(s) URL: receipts stay on this device`,
    });
  }

  const journal = openJournal(o.storeName, (cause) =>
    report({ code: 'idb-failed', message: 'IndexedDB is unavailable: receipts are kept in memory for this page and still sent', cause }),
  );
  const outbox = createOutbox({
    journal,
    endpoint,
    fetch: o.fetch,
    headers: o.headers,
    batchSize: o.batchSize || 20,
    retry: { baseMs: o.retryBaseMs, maxMs: o.retryMaxMs },
    timeoutMs: o.timeoutMs || 15_000,
    keepDelivered: o.keepDelivered ?? 50,
    now,
    random: o.random || Math.random,
    timers: o.timers || { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    report,
    settled: (receipt, result) => {
      plain.delete(receipt.id);
      emit('settled', { receipt, result });
    },
    prepare: (list) => Promise.all([...new Set(list.map((r) => r.subjectId))].map(journal.secret)).then(() => {}),
    envelope(batch) {
      const secrets: Envelope['secrets'] = {};
      const guardians: NonNullable<Envelope['guardians']> = {};
      for (const r of batch) {
        const k = journal.knownSecret(r.subjectId) || minted.get(r.subjectId);
        if (k) secrets[r.subjectId] = k;
        const g = plain.get(r.id);
        if (g) guardians[r.id] = g;
      }
      const out: Envelope = Object.keys(guardians).length ? { secrets, guardians } : { secrets };
      const ls = links.attach(secrets);
      if (ls) out.links = ls;
      if (o.texts !== false) {
        const t = texts.pick(batch);
        if (t) out.texts = t;
      }
      return out;
    },
    answered(env, out) {
      texts.answered(env);
      links.answered(env, out);
    },
  });

  /** Guardian names and contacts by receipt id: in this page's memory only, until the collector has answered. */
  const plain = new Map<string, { name: string; contact: string }>();
  /** Subjects whose chain moved to a new subject id, because this device has no secret for them. */
  const moved = new Map<string, string>();
  /** Secrets made here for chains not yet journaled: a closing page sends the same one the journal will keep. */
  const minted = new Map<string, string>();
  const { ready, record, late } = receiptsRecorder(consent, o, journal, outbox, endpoint, plain, moved, minted, baseUrl, emit, report);
  const texts = receiptsTexts(consent);
  const links = receiptsLinks(consent, o, endpoint, journal, outbox, ready, now, moved, on, emit, report);

  async function list() {
    await ready;
    return (await journal.all()).map((e) => e.receipt);
  }

  const exp = async () => {
    if (!o.exporter) throw new Error('consentry receipts: no exporter');
    return o.exporter(await list(), consent.config, now());
  };

  const off: (() => void)[] = [];
  if (o.listen !== false) off.push(consent.on('decision', (e) => record(e)));
  if (o.pageEvents ?? hasWindow()) {
    const listen = (t: EventTarget, type: string, fn: () => void) => {
      t.addEventListener(type, fn);
      off.push(() => t.removeEventListener(type, fn));
    };
    listen(window, 'online', () => outbox.online());
    listen(window, 'pagehide', () => outbox.pageHide(late()));
    listen(document, 'visibilitychange', () =>
      document.visibilityState === 'hidden' ? outbox.pageHide(late(true)) : endpoint && void outbox.flush(),
    );
  }

  return {
    ready,
    endpoint,
    link: links.link,
    async credentials() {
      await ready;
      const id = resolveSubject(moved, consent.snapshot().subjectId);
      const secret = id && (await journal.secret(id));
      return id && secret ? { id, secret } : undefined;
    },
    record,
    list,
    entries: async () => (await ready, journal.all()),
    async latest() {
      const subject = consent.snapshot().subjectId;
      return summarize(await list(), subject, consent.config);
    },
    export: exp,
    download: (filename) => download(exp, now, filename),
    flush: async () => (await ready, outbox.flush()),
    on,
    stop() {
      off.splice(0).forEach((f) => f());
      outbox.stop();
    },
  };
}
