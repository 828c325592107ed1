import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
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

interface Lease {
  owner: string;
  until: number;
}

const entryKey = (r: Receipt) => `r:${r.timestamp}:${r.id}`;
const MAX_TRIES = 25;

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
  // Any IndexedDB failure moves this page to memory from then on; what was written before stays readable.
  const fallback = (e: unknown) => {
    if (!failed) onFail(e);
    failed = true;
  };

  /** Writes the entry if the head and the secret are still what the receipt was built on (`fresh`: a new secret, stored now). */
  const casAppend = (
    key: string,
    entry: JournalEntry,
    id: string,
    subjectId: string,
    expect: string | null,
    head: Head,
    secret: string,
    fresh: boolean,
  ) =>
    idb(
      'readwrite',
      (s) =>
        new Promise<'ok' | 'exists' | 'conflict'>((resolve, reject) => {
          const tx = s.transaction;
          let out: 'ok' | 'exists' | 'conflict' = 'conflict';
          const known = s.get('i:' + id);
          known.onsuccess = () => {
            if (known.result !== undefined) {
              out = 'exists';
              return;
            }
            const h = s.get('h:' + subjectId);
            const k = s.get('s:' + subjectId);
            k.onsuccess = () => {
              if (((h.result as Head | undefined)?.hash ?? null) !== expect || k.result !== (fresh ? undefined : secret)) return;
              out = 'ok';
              s.put(entry, key);
              s.put(key, 'i:' + id);
              s.put(head, 'h:' + subjectId);
              if (fresh) s.put(secret, 's:' + subjectId);
            };
          };
          tx.oncomplete = () => resolve(out);
          tx.onerror = tx.onabort = () => reject(tx.error);
        }),
    );

  const readAll = (): Promise<JournalEntry[]> =>
    idb('readonly', (s) => promisifyRequest(s.getAll(IDBKeyRange.bound('r:', 'r;', false, true))) as Promise<JournalEntry[]>);

  /** A subject's head or secret: IndexedDB's copy when it answers (kept in memory too), else the memory copy. */
  async function cached<T>(memory: Map<string, T>, prefix: string, subjectId: string): Promise<T | undefined> {
    if (!failed) {
      try {
        const v = (await idb('readonly', (s) => promisifyRequest(s.get(prefix + subjectId)))) as T | undefined;
        if (v) memory.set(subjectId, v);
      } catch (e) {
        fallback(e);
      }
    }
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
      if (!failed) {
        try {
          for (let i = 0; i < MAX_TRIES; i++) {
            const [head, stored] = (await idb('readonly', (s) =>
              Promise.all([promisifyRequest(s.get('h:' + subjectId)), promisifyRequest(s.get('s:' + subjectId))]),
            )) as [Head | undefined, string | undefined];
            if (head) heads.set(subjectId, head);
            if (stored) secrets.set(subjectId, stored);
            if (head && !stored) throw new NoSecretError(`subject ${subjectId} has a chain here but no secret`);
            const secret = stored || fresh();
            const receipt = await build(head, secret);
            const out = await casAppend(
              entryKey(receipt),
              { receipt, status: 'pending' },
              id,
              subjectId,
              head?.hash ?? null,
              {
                hash: receipt.hash,
                timestamp: receipt.timestamp,
              },
              secret,
              !stored,
            );
            if (out === 'ok') {
              heads.set(subjectId, { hash: receipt.hash, timestamp: receipt.timestamp });
              secrets.set(subjectId, secret);
              return { receipt, added: true };
            }
            if (out === 'exists') {
              const key = (await idb('readonly', (s) => promisifyRequest(s.get('i:' + id)))) as string;
              const e = (await idb('readonly', (s) => promisifyRequest(s.get(key)))) as JournalEntry | undefined;
              return { receipt: e ? e.receipt : receipt, added: false };
            }
          }
          throw new Error('journal: the chain head kept changing (too many tabs deciding at once)');
        } catch (e) {
          if (e instanceof NoSecretError) throw e;
          fallback(e);
        }
      }
      return mem.append(subjectId, id, build, fresh);
    },
    async all() {
      let stored: JournalEntry[] = [];
      if (!failed) {
        try {
          stored = await readAll();
        } catch (e) {
          fallback(e);
        }
      }
      const extra = await mem.all();
      if (!extra.length) return stored;
      const seen = new Set(stored.map((e) => e.receipt.id));
      return sortEntries(stored.concat(extra.filter((e) => !seen.has(e.receipt.id))));
    },
    async mark(updates) {
      const inMem = await mem.all();
      const memIds = new Set(inMem.map((e) => e.receipt.id));
      await mem.mark(updates.filter((u) => memIds.has(u.receipt.id)));
      const rest = updates.filter((u) => !memIds.has(u.receipt.id));
      if (!rest.length || failed) return;
      try {
        await idb('readwrite', (s) => {
          for (const u of rest) {
            const k = entryKey(u.receipt);
            const g = s.get(k);
            g.onsuccess = () => {
              const e = g.result as JournalEntry | undefined;
              if (e) s.put(applyMark(e, u), k);
            };
          }
          return promisifyRequest(s.transaction);
        });
      } catch (e) {
        fallback(e);
      }
    },
    async lease(owner, now, ttlMs) {
      if (failed) return true;
      try {
        return await idb(
          'readwrite',
          (s) =>
            new Promise<boolean>((resolve, reject) => {
              let won = false;
              const g = s.get('lease');
              g.onsuccess = () => {
                const l = g.result as Lease | undefined;
                if (l && l.owner !== owner && l.until > now) return;
                won = true;
                s.put({ owner, until: now + ttlMs } satisfies Lease, 'lease');
              };
              s.transaction.oncomplete = () => resolve(won);
              s.transaction.onerror = s.transaction.onabort = () => reject(s.transaction.error);
            }),
        );
      } catch (e) {
        fallback(e);
        return true;
      }
    },
    async release(owner) {
      if (failed) return;
      try {
        await idb('readwrite', (s) => {
          const g = s.get('lease');
          g.onsuccess = () => {
            if ((g.result as Lease | undefined)?.owner === owner) s.delete('lease');
          };
          return promisifyRequest(s.transaction);
        });
      } catch (e) {
        fallback(e);
      }
    },
    async prune(keep) {
      let n = await mem.prune(keep);
      if (failed) return n;
      try {
        const doomed = toPrune(await readAll(), keep);
        if (doomed.length) {
          await idb('readwrite', (s) => {
            for (const e of doomed) {
              s.delete(entryKey(e.receipt));
              s.delete('i:' + e.receipt.id);
            }
            return promisifyRequest(s.transaction);
          });
        }
        n += doomed.length;
      } catch (e) {
        fallback(e);
      }
      return n;
    },
  };
}

function applyMark(e: JournalEntry, u: { status: JournalEntry['status']; error?: string; at?: number }): JournalEntry {
  // A delivered receipt stays delivered (another tab may have confirmed it meanwhile).
  if (e.status === 'delivered') return e;
  const out: JournalEntry = { receipt: e.receipt, status: u.status };
  if (u.error) out.error = u.error;
  if (u.status === 'delivered') out.deliveredAt = u.at;
  return out;
}

function sortEntries(list: JournalEntry[]): JournalEntry[] {
  return list.sort((a, b) => (entryKey(a.receipt) < entryKey(b.receipt) ? -1 : 1));
}

function toPrune(list: JournalEntry[], keep: number): JournalEntry[] {
  const delivered = list.filter((e) => e.status === 'delivered');
  return delivered.slice(0, Math.max(0, delivered.length - Math.max(0, keep)));
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
        if (head && !secrets.has(subjectId)) throw new NoSecretError(`subject ${subjectId} has a chain here but no secret`);
        const secret = secrets.get(subjectId) || fresh();
        const receipt = await build(head, secret);
        entries.set(entryKey(receipt), { receipt, status: 'pending' });
        heads.set(subjectId, { hash: receipt.hash, timestamp: receipt.timestamp });
        secrets.set(subjectId, secret);
        return { receipt, added: true };
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
