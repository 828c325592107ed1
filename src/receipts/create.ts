import type { Consent, DecisionEvent } from '../core/types';
import { buildReceiptSync, guardianDecision, type BuildContext } from './build';
import type { ReceiptExport } from './export';
import { NoSecretError, openJournal, type Head, type JournalEntry } from './journal';
import type { ConfigProblem } from '../core/errors';
import { httpUrl, type ReceiptsConfig } from './options';
import { createOutbox, type FlushResult, type ReceiptsError, type Timers } from './outbox';
import { postBatch, type Envelope, type EnvelopeResult, type ReceiptResult } from './send';
import { sha256HexSync } from './canonical';
import { noticeText } from './notice';
import { newSecret } from './secret';
import { randomId, STASH_PREFIX, stashDecision, writeStash, type Stashed } from './stash';
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

const hasWindow = () => typeof window !== 'undefined' && typeof document !== 'undefined';
/** Starts that may try to journal a stashed decision before it is dropped. */
const STASH_TRIES = 3;

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
  const emit = <K extends keyof ReceiptEvents>(k: K, p: ReceiptEvents[K]) => {
    for (const fn of listeners[k] || []) {
      try {
        fn(p);
      } catch {
        // a listener's bug must not stop receipts
      }
    }
  };
  const report = (e: ReceiptsError) => {
    try {
      if (o.onError) o.onError(e);
    } catch {
      // as above
    }
    emit('error', e);
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
      const ls = linkSubject();
      if (ls && linking && secrets[ls]) out.links = { [ls]: linking.proof };
      if (o.texts !== false) {
        const texts: NonNullable<Envelope['texts']> = {};
        for (const r of batch)
          for (const p of r.purposes) {
            if (textsSent.has(p.noticeHash) || texts[p.noticeHash]) continue;
            const t = noticeFor(p.id, r.locale, p.noticeHash);
            if (t) texts[p.noticeHash] = t;
          }
        if (Object.keys(texts).length) out.texts = texts;
      }
      return out;
    },
    answered(env, out) {
      for (const h of Object.keys(env.texts || {})) textsSent.add(h);
      for (const [sid, proof] of Object.entries(env.links || {})) linkAnswered(sid, proof, out.links && out.links[sid]);
    },
  });

  let warned = false;
  const fallbackSubject = 'anon-' + randomId();
  const unstash = (id: string) => {
    try {
      localStorage.removeItem(STASH_PREFIX + id);
    } catch {
      // nothing stashed
    }
  };

  /** Decisions stashed but not yet journaled (a closing page builds and sends these itself). */
  const building = new Map<string, Stashed>();
  /** Guardian names and contacts by receipt id: in this page's memory only, until the collector has answered. */
  const plain = new Map<string, { name: string; contact: string }>();
  /** Subjects whose chain moved to a new subject id, because this device has no secret for them. */
  const moved = new Map<string, string>();
  /** Secrets made here for chains not yet journaled: a closing page sends the same one the journal will keep. */
  const minted = new Map<string, string>();
  const fresh = (subject: string) => () => minted.get(subject) || (minted.set(subject, newSecret()), minted.get(subject)!);
  // The subject the page started with: one made before, whose secret may be gone (checked at its first receipt).
  /** The member proof waiting to be sent, for the subject current when it was given (in memory only). */
  let linking: { proof: string; subject?: string; expiresAt?: number } | undefined;
  /** Notice texts (by hash) already sent from this page, and each purpose's text per locale. */
  const textsSent = new Set<string>();
  const textOf = new Map<string, { hash: string; text: string } | null>();
  const noticeFor = (id: string, locale: string, hash: string): string | undefined => {
    const k = id + '\u0000' + locale;
    if (!textOf.has(k)) {
      const p = consent.config.purposes.find((x) => x.id === id);
      const text = p && noticeText(p, locale);
      textOf.set(k, text ? { hash: sha256HexSync(text), text } : null);
    }
    const t = textOf.get(k);
    return t && t.hash === hash ? t.text : undefined;
  };
  const resolveSubject = (s: string | undefined) => {
    while (s && moved.has(s)) s = moved.get(s)!;
    return s;
  };
  /** The subject the pending proof links: the one current when it was given (or the first one made since). */
  const linkSubject = (): string | undefined => {
    if (!linking) return;
    if (linking.expiresAt && now() >= linking.expiresAt) {
      linking = undefined;
      const out: LinkOutcome = { status: 'rejected', error: 'proof expired before it was sent: identify again with a fresh proof' };
      report({ code: 'link-failed', message: `member link: ${out.error}` });
      emit('link', out);
      return;
    }
    const current = resolveSubject(consent.snapshot().subjectId);
    const bound = resolveSubject(linking.subject);
    if (!bound) return current;
    if (current && current !== bound) {
      linking = undefined;
      emit('link', { status: 'cancelled', subjectId: bound, error: 'the subject changed (forgotten in another tab)' });
      return;
    }
    return bound;
  };
  /** Takes the collector's answer for a sent link; `subject unknown` keeps the proof for a later upload. */
  const linkAnswered = (subjectId: string, proof: string, r: EnvelopeResult | undefined): LinkOutcome => {
    const out: LinkOutcome = r
      ? {
          status: r.status === 'linked' || r.status === 'unchanged' ? r.status : 'rejected',
          subjectId,
          ...(r.error ? { error: r.error } : {}),
        }
      : { status: 'rejected', subjectId, error: 'the endpoint did not answer for the link (does it take member links?)' };
    if (out.status === 'rejected' && /^subject unknown/.test(out.error || '')) return { status: 'waiting', subjectId };
    if (linking && linking.proof === proof) linking = undefined;
    if (out.status === 'rejected') report({ code: 'link-failed', message: `member link rejected: ${out.error}` });
    emit('link', out);
    return out;
  };
  const started = o.startSubjectId === undefined ? consent.snapshot().subjectId : o.startSubjectId || undefined;
  let start = started;

  const subjectOf = (e: DecisionEvent) => {
    let s = e.snapshot.subjectId || fallbackSubject;
    while (moved.has(s)) s = moved.get(s)!;
    return s;
  };
  /** A new subject id for `from`'s receipts: the core's own when `from` is the current one (the cookie follows). */
  const move = (from: string) => {
    const to = consent.snapshot().subjectId === from ? consent.renewSubject() : randomId();
    moved.set(from, to);
    return to;
  };
  const ctx = (st: Stashed, head: Head | undefined, subjectId: string, secret: string): BuildContext => ({
    prev: head ? head.hash : null,
    prevTimestamp: head && head.timestamp,
    id: st.id,
    baseUrl,
    subjectId,
    secret,
    guardian: plain.get(st.id),
  });

  /** Journals the receipt of `st` (throws when it cannot be built). */
  async function attempt(st: Stashed): Promise<Receipt> {
    let subject = subjectOf(st.event);
    // The page started with this subject but this device has no secret for it (IndexedDB cleared, or a chain
    // from before secrets): its chain at the collector cannot be continued from here, so a new one starts.
    // Unless the decision was stashed on the very page that made the subject: then it has no chain anywhere.
    if (subject === start) {
      start = undefined;
      if (!(await journal.secret(subject)) && !(st.minted && st.event.snapshot.subjectId === subject)) subject = move(subject);
    }
    const append = (sid: string) =>
      journal.append(
        sid,
        st.id,
        async (head, secret) => buildReceiptSync(st.event, consent.config, ctx(st, head, sid, secret)),
        fresh(sid),
      );
    const { receipt, added } = await append(subject).catch((e) => {
      if (!(e instanceof NoSecretError)) throw e;
      return append(move(subject));
    });
    minted.delete(receipt.subjectId);
    unstash(st.id);
    if (added) {
      outbox.track(receipt);
      emit('recorded', receipt);
      const warnAt = o.warnAt || 500;
      if (!warned) {
        const undelivered = (await journal.all()).filter((x) => x.status !== 'delivered').length;
        if (undelivered > warnAt) {
          warned = true;
          report({ code: 'journal-large', message: `${undelivered} receipts on this device are not delivered (none is ever dropped)` });
        }
      }
      outbox.schedule(0);
    }
    return receipt;
  }

  async function commit(st: Stashed): Promise<Receipt | undefined> {
    try {
      return await attempt(st);
    } catch (cause) {
      report({ code: 'record-failed', message: `could not record a receipt: ${cause}`, cause });
      return undefined;
    } finally {
      building.delete(st.id);
    }
  }

  /** Receipts for decisions still being journaled, chained after the heads (and with the secrets) this page knows. */
  function late(): Receipt[] {
    const out: Receipt[] = [];
    const heads = new Map<string, Head | undefined>();
    for (const st of building.values()) {
      const s = subjectOf(st.event);
      const head = heads.has(s) ? heads.get(s) : journal.knownHead(s);
      // a chain here without a known secret, or a start subject not checked yet: left to the next start
      const secret = journal.knownSecret(s) || (!head && s !== start ? fresh(s)() : undefined);
      if (!secret) continue;
      try {
        const r = buildReceiptSync(st.event, consent.config, ctx(st, head, s, secret));
        heads.set(s, { hash: r.hash, timestamp: r.timestamp });
        out.push(r);
      } catch {
        // reported when the journal write fails
      }
    }
    return out;
  }

  /** Journals decisions stashed by pages that closed first; one that keeps failing is dropped after STASH_TRIES starts, reported once. */
  async function replay() {
    const found: Stashed[] = [];
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (!k || !k.startsWith(STASH_PREFIX)) continue;
        try {
          const s = JSON.parse(localStorage.getItem(k) || 'null') as Stashed | null;
          if (s && typeof s.id == 'string' && s.event && Array.isArray(s.event.changes) && s.event.snapshot) found.push(s);
          else localStorage.removeItem(k);
        } catch {
          localStorage.removeItem(k);
        }
      }
    } catch {
      return; // no storage: nothing was stashed
    }
    found.sort((a, b) => a.event.at - b.event.at);
    for (const s of found) {
      // counted before trying: a start that dies while trying counts too
      s.tries = (typeof s.tries == 'number' ? s.tries : 0) + 1;
      writeStash(s);
      building.set(s.id, s);
      try {
        await attempt(s);
      } catch (cause) {
        if (!(s.tries >= STASH_TRIES)) continue;
        unstash(s.id);
        report({
          code: 'record-failed',
          receiptId: s.id,
          message: `stashed decision dropped after ${STASH_TRIES} failed tries: ${cause}`,
          cause,
        });
      } finally {
        building.delete(s.id);
      }
    }
  }

  const ready = (async () => {
    const subject = consent.snapshot().subjectId;
    if (subject) await Promise.all([journal.head(subject), journal.secret(subject)]);
    await replay();
    for (const e of await journal.all()) if (e.status === 'pending') outbox.track(e.receipt);
    if (endpoint) void outbox.flush();
  })();
  let queue: Promise<unknown> = ready;

  function record(e: DecisionEvent, stashed?: Stashed): Promise<Receipt | undefined> {
    // Synchronously, inside the event: a page closed from here on still leaves the decision behind.
    const st = stashed || stashDecision(e, e.snapshot.subjectId !== started);
    building.set(st.id, st);
    // the guardian decision's details: hashed into the receipt, sent beside it, kept in memory only
    const g = guardianDecision(e);
    if (g) plain.set(st.id, g);
    const run = queue.then(() => commit(st));
    queue = run;
    return run;
  }

  async function list() {
    await ready;
    return (await journal.all()).map((e) => e.receipt);
  }

  async function latest(): Promise<RecordSummary | null> {
    const subject = consent.snapshot().subjectId;
    const mine = (await list()).filter((r) => !subject || r.subjectId === subject);
    const newest = mine[mine.length - 1];
    if (!newest) return null;
    const states = new Map<string, ReceiptState>();
    for (const r of mine) for (const p of r.purposes) states.set(p.id, p.state);
    const order = consent.config.purposes.map((p) => p.id);
    const ids = [...states.keys()].sort((a, b) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0));
    return {
      id: newest.id,
      at: Date.parse(newest.timestamp),
      policyVersion: newest.policy.version,
      purposes: ids.map((id) => ({ id, state: states.get(id)! })),
    };
  }

  const exp = async () => {
    if (!o.exporter) throw new Error('consentry receipts: no exporter');
    return o.exporter(await list(), consent.config, now());
  };

  async function download(filename?: string) {
    if (!hasWindow()) throw new Error('download() needs a browser page');
    const data = await exp();
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename || `consent-record-${new Date(now()).toISOString().slice(0, 10)}.json`;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    // Revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  const off: (() => void)[] = [];
  if (o.listen !== false) off.push(consent.on('decision', (e) => record(e)));
  if (o.pageEvents ?? hasWindow()) {
    const on = (t: EventTarget, type: string, fn: () => void) => {
      t.addEventListener(type, fn);
      off.push(() => t.removeEventListener(type, fn));
    };
    on(window, 'online', () => outbox.online());
    on(window, 'pagehide', () => outbox.pageHide(late()));
    on(document, 'visibilitychange', () =>
      document.visibilityState === 'hidden' ? outbox.pageHide(late()) : endpoint && void outbox.flush(),
    );
  }

  async function link(proof: string | null, expiresAt?: number): Promise<LinkOutcome> {
    if (!proof) {
      const was = linking;
      linking = undefined;
      return { status: 'cancelled', ...(was && was.subject ? { subjectId: was.subject } : {}) };
    }
    linking = { proof, subject: consent.snapshot().subjectId, expiresAt };
    if (!endpoint) return { status: 'no-endpoint' };
    await ready;
    // Receipts waiting to go carry the link with them.
    let heard: LinkOutcome | undefined;
    const hear = (x: LinkOutcome) => void (heard = x);
    (listeners.link ??= new Set()).add(hear);
    try {
      await outbox.flush();
    } finally {
      listeners.link.delete(hear);
    }
    if (heard) return heard;
    const subject = linkSubject();
    if (!linking || linking.proof !== proof) return { status: 'cancelled', subjectId: subject };
    const secret = subject && (await journal.secret(subject));
    if (!subject || !secret || !(await journal.head(subject))) return { status: 'waiting', subjectId: subject };
    // Everything was delivered already: an upload with the link alone.
    const env: Envelope = { secrets: { [subject]: secret }, links: { [subject]: proof } };
    const out = await postBatch([], {
      fetch: o.fetch || fetch.bind(globalThis),
      endpoint,
      envelope: env,
      headers: o.headers,
      timeoutMs: o.timeoutMs || 15_000,
      now,
    });
    if (out.kind !== 'results') return { status: 'retry', subjectId: subject, error: out.reason };
    return linkAnswered(subject, proof, out.links && out.links[subject]);
  }

  async function credentials() {
    await ready;
    const id = resolveSubject(consent.snapshot().subjectId);
    const secret = id && (await journal.secret(id));
    return id && secret ? { id, secret } : undefined;
  }

  return {
    ready,
    endpoint,
    link,
    credentials,
    record,
    list,
    entries: async () => (await ready, journal.all()),
    latest,
    export: exp,
    download,
    flush: async () => (await ready, outbox.flush()),
    on(event, fn) {
      const set = (listeners[event] ??= new Set());
      set.add(fn);
      return () => set.delete(fn);
    },
    stop() {
      off.splice(0).forEach((f) => f());
      outbox.stop();
    },
  };
}
