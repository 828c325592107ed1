import { createStore, type UseStore } from 'idb-keyval';
import { applyMark, entryKey, headOf, sortEntries, toPrune } from './journal-entries';
import { casAppend, dropLease, markStored, pruneStored, read, readAll, readChain, takeLease } from './journal-idb';
import type { Receipt } from './types';

/** A receipt in the local journal, with its delivery state. */
export interface JournalEntry {
  receipt: Receipt;
  /** `pending`: not yet accepted by the endpoint; `delivered`: stored (or already there); `rejected`: refused with a 4xx, never retried. */
  status: 'pending' | 'delivered' | 'rejected';
  /** Why it was rejected. */
  error?: string;
  /** ms since epoch. */
  deliveredAt?: number;
}

/** The last receipt of a subject's chain. */
export interface Head {
  hash: string;
  timestamp: string;
}

export interface AppendResult {
  receipt: Receipt;
  /** false when a receipt with this id was already in the journal (written by another tab or an earlier try). */
  added: boolean;
}

/** Thrown by `append` for a subject whose chain is here without a secret (begun before secrets existed). */
export class NoSecretError extends Error {}

/**
 * The journal + outbox: one IndexedDB database (`consentry-receipts` by default, store `receipts`) through
 * idb-keyval, shared by the site's tabs. Keys: `r:<timestamp>:<id>` → JournalEntry (so key order is time
 * order), `i:<id>` → the entry key (idempotent appends), `h:<subjectId>` → Head, `s:<subjectId>` → the
 * subject's secret (32 random bytes, base64url: it proves the chain is this device's to the collector, and
 * is kept nowhere else on the device).
 * When IndexedDB is missing or fails, entries live in memory for this page (and `onFail` is told).
 */
export interface Journal {
  /**
   * Appends a receipt for `subjectId` atomically after the subject's current head. `build(head, secret)`
   * makes the receipt with the subject's secret: the stored one, or for a new chain `fresh()`, stored with
   * the chain's first receipt in the same transaction. When another tab appended first, it is called again
   * with the new head. A receipt whose id is already journaled is not added again. Rejects with
   * NoSecretError when the subject has a chain here but no secret.
   */
  append(
    subjectId: string,
    id: string,
    build: (head: Head | undefined, secret: string) => Promise<Receipt>,
    fresh: () => string,
  ): Promise<AppendResult>;
  /** The subject's secret, read from storage (and remembered for `knownSecret`). */
  secret(subjectId: string): Promise<string | undefined>;
  /** The last secret this page saw for the subject, synchronously (for a page that is closing). */
  knownSecret(subjectId: string): string | undefined;
  /** Every entry, oldest first. */
  all(): Promise<JournalEntry[]>;
  /** The subject's chain head, read from storage (and remembered for `knownHead`). */
  head(subjectId: string): Promise<Head | undefined>;
  /** The last head this page saw for the subject, synchronously (for a page that is closing). */
  knownHead(subjectId: string): Head | undefined;
  /** Sets the status of entries (by receipt). */
  mark(updates: { receipt: Receipt; status: JournalEntry['status']; error?: string; at?: number }[]): Promise<void>;
  /** Deletes the oldest delivered entries beyond `keep`; returns how many were deleted. Never touches pending or rejected ones. */
  prune(keep: number): Promise<number>;
  /**
   * The cross-tab flusher lease, for browsers without Web Locks: true when `owner` now holds it (until
   * `now + ttlMs`, or until released). A tab that dies mid-flush loses it when it runs out.
   */
  lease(owner: string, now: number, ttlMs: number): Promise<boolean>;
  release(owner: string): Promise<void>;
  /** True once the journal fell back to memory. */
  readonly memory: boolean;
}

const MAX_TRIES = 25;

const noSecret = (subjectId: string) => new NoSecretError(`subject ${subjectId} has a chain here but no secret`);

/**
 * Appends through IndexedDB (see `Journal.append`): reads the subject's head and secret, builds on them and
 * writes if no other tab moved the head meanwhile, else tries again. Remembers what it read in `heads` and
 * `secrets`.
 */
async function appendStored(
  idb: UseStore,
  heads: Map<string, Head>,
  secrets: Map<string, string>,
  subjectId: string,
  id: string,
  build: (head: Head | undefined, secret: string) => Promise<Receipt>,
  fresh: () => string,
): Promise<AppendResult> {
  for (let i = 0; i < MAX_TRIES; i++) {
    const [head, stored] = await readChain(idb, subjectId);
    if (head) heads.set(subjectId, head);
    if (stored) secrets.set(subjectId, stored);
    if (head && !stored) throw noSecret(subjectId);
    const secret = stored || fresh();
    const receipt = await build(head, secret);
    const out = await casAppend(idb, receipt, id, subjectId, head ? head.hash : null, secret, !stored);
    if (out == 'ok') return appended(heads, secrets, subjectId, receipt, secret);
    if (out == 'exists') {
      const e = (await read(idb, (await read(idb, 'i:' + id)) as string)) as JournalEntry | undefined;
      return { receipt: e ? e.receipt : receipt, added: false };
    }
  }
  throw new Error('journal: the chain head kept changing (too many tabs deciding at once)');
}

/** Remembers `receipt` as the subject's head, built with `secret`. */
function appended(
  heads: Map<string, Head>,
  secrets: Map<string, string>,
  subjectId: string,
  receipt: Receipt,
  secret: string,
): AppendResult {
  heads.set(subjectId, headOf(receipt));
  secrets.set(subjectId, secret);
  return { receipt, added: true };
}

/** Opens the journal. `storeName` is the IndexedDB database name. */
export function openJournal(storeName = 'consentry-receipts', onFail: (e: unknown) => void = () => {}): Journal {
  let store: UseStore | undefined;
  try {
    store = createStore(storeName, 'receipts');
  } catch (e) {
    // `indexedDB` missing (ReferenceError) or refused (SecurityError in some private modes)
    onFail(e);
  }
  if (!store) return memoryJournal();
  // Heads and secrets seen in IndexedDB: a fallback to memory continues the chain instead of starting a new one.
  const heads = new Map<string, Head>();
  const secrets = new Map<string, string>();
  const mem = memoryJournal(heads, secrets);
  let failed = false;
  const idb = store;

  /**
   * `run`'s result, or `or` once IndexedDB failed: any failure moves this page to memory from then on; what
   * was written before stays readable.
   */
  async function tryIdb<T, U = undefined>(run: () => Promise<T>, or?: U): Promise<T | U> {
    if (!failed) {
      try {
        return await run();
      } catch (e) {
        // the subject's chain, not IndexedDB, is at fault: the caller's to handle
        if (e instanceof NoSecretError) throw e;
        if (!failed) onFail(e);
        failed = true;
      }
    }
    return or as U;
  }

  /** A subject's head or secret: IndexedDB's copy when it answers (kept in memory too), else the memory copy. */
  async function cached<T>(memory: Map<string, T>, prefix: string, subjectId: string): Promise<T | undefined> {
    await tryIdb(async () => {
      const v = (await read(idb, prefix + subjectId)) as T | undefined;
      if (v) memory.set(subjectId, v);
    });
    return memory.get(subjectId);
  }

  return {
    get memory() {
      return failed;
    },
    head: (subjectId) => cached(heads, 'h:', subjectId),
    knownHead: (subjectId) => heads.get(subjectId),
    secret: (subjectId) => cached(secrets, 's:', subjectId),
    knownSecret: (subjectId) => secrets.get(subjectId),
    async append(subjectId, id, build, fresh) {
      return (
        (await tryIdb(() => appendStored(idb, heads, secrets, subjectId, id, build, fresh))) || mem.append(subjectId, id, build, fresh)
      );
    },
    async all() {
      const list: JournalEntry[] = await tryIdb(() => readAll(idb), []);
      const extra = await mem.all();
      if (!extra.length) return list;
      const seen = new Set(list.map((e) => e.receipt.id));
      return sortEntries(list.concat(extra.filter((e) => !seen.has(e.receipt.id))));
    },
    async mark(updates) {
      const inMem = await mem.all();
      const memIds = new Set(inMem.map((e) => e.receipt.id));
      await mem.mark(updates.filter((u) => memIds.has(u.receipt.id)));
      const rest = updates.filter((u) => !memIds.has(u.receipt.id));
      if (rest.length) await tryIdb(() => markStored(idb, rest));
    },
    lease: (owner, now, ttlMs) => tryIdb(() => takeLease(idb, owner, now, ttlMs), true),
    release: (owner) => tryIdb(() => dropLease(idb, owner)),
    async prune(keep) {
      return (await mem.prune(keep)) + (await tryIdb(() => pruneStored(idb, keep), 0));
    },
  };
}

/** The in-memory journal (no IndexedDB): the same contract, for this page only. */
export function memoryJournal(heads: Map<string, Head> = new Map(), secrets: Map<string, string> = new Map()): Journal {
  const entries = new Map<string, JournalEntry>();
  let lock: Promise<unknown> = Promise.resolve();
  return {
    memory: true,
    append(subjectId, id, build, fresh) {
      const run = lock.then(async () => {
        const have = [...entries.values()].find((e) => e.receipt.id === id);
        if (have) return { receipt: have.receipt, added: false };
        const head = heads.get(subjectId);
        if (head && !secrets.has(subjectId)) throw noSecret(subjectId);
        const secret = secrets.get(subjectId) || fresh();
        const receipt = await build(head, secret);
        entries.set(entryKey(receipt), { receipt, status: 'pending' });
        return appended(heads, secrets, subjectId, receipt, secret);
      });
      lock = run.catch(() => {});
      return run;
    },
    async all() {
      return sortEntries([...entries.values()]);
    },
    async mark(updates) {
      for (const u of updates) {
        const k = entryKey(u.receipt);
        const e = entries.get(k);
        if (e) entries.set(k, applyMark(e, u));
      }
    },
    head: async (subjectId) => heads.get(subjectId),
    knownHead: (subjectId) => heads.get(subjectId),
    secret: async (subjectId) => secrets.get(subjectId),
    knownSecret: (subjectId) => secrets.get(subjectId),
    // One page: nobody to share the outbox with.
    lease: async () => true,
    release: async () => {},
    async prune(keep) {
      const doomed = toPrune(sortEntries([...entries.values()]), keep);
      for (const e of doomed) entries.delete(entryKey(e.receipt));
      return doomed.length;
    },
  };
}
