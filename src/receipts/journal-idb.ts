import { promisifyRequest, type UseStore } from 'idb-keyval';
import type { Head, Journal, JournalEntry } from './journal';
import { applyMark, entryKey, headOf, toPrune } from './journal-entries';
import type { Receipt } from './types';

// The journal's IndexedDB transactions (keys: see `Journal`). Each rejects when its transaction fails.

interface Lease {
  owner: string;
  until: number;
}

/** The value stored under `key`. */
export const read = (idb: UseStore, key: string) => idb('readonly', (s) => promisifyRequest(s.get(key)));

/** Every entry, oldest first. */
export const readAll = (idb: UseStore) =>
  idb('readonly', (s) => promisifyRequest(s.getAll(IDBKeyRange.bound('r:', 'r;', false, true)))) as Promise<JournalEntry[]>;

/** A subject's head and secret, read together. */
export const readChain = (idb: UseStore, subjectId: string) =>
  idb<[Head | undefined, string | undefined]>('readonly', (s) =>
    Promise.all([promisifyRequest(s.get('h:' + subjectId)), promisifyRequest(s.get('s:' + subjectId))]),
  );

/**
 * Writes `receipt` (entry, id and the subject's new head) if the head is still `expect` and the secret still
 * the one it was built with (`fresh`: a new secret, stored with it). `exists`: its id is journaled already;
 * `conflict`: another tab moved the head or stored a secret first.
 */
export const casAppend = (
  idb: UseStore,
  receipt: Receipt,
  id: string,
  subjectId: string,
  expect: string | null,
  secret: string,
  fresh: boolean,
) =>
  idb('readwrite', (s) => {
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
        const was = h.result as Head | undefined;
        if ((was ? was.hash : null) !== expect || k.result !== (fresh ? undefined : secret)) return;
        out = 'ok';
        const key = entryKey(receipt);
        s.put({ receipt, status: 'pending' } satisfies JournalEntry, key);
        s.put(key, 'i:' + id);
        s.put(headOf(receipt), 'h:' + subjectId);
        if (fresh) s.put(secret, 's:' + subjectId);
      };
    };
    return promisifyRequest(s.transaction).then(() => out);
  });

/** Sets the status of stored entries; one no longer stored is skipped. */
export const markStored = (idb: UseStore, updates: Parameters<Journal['mark']>[0]) =>
  idb('readwrite', (s) => {
    for (const u of updates) {
      const k = entryKey(u.receipt);
      const g = s.get(k);
      g.onsuccess = () => {
        const e = g.result as JournalEntry | undefined;
        if (e) s.put(applyMark(e, u), k);
      };
    }
    return promisifyRequest(s.transaction);
  });

/** Takes the flusher lease for `owner` until `now + ttlMs` unless another owner holds it; true when taken. */
export const takeLease = (idb: UseStore, owner: string, now: number, ttlMs: number) =>
  idb('readwrite', (s) => {
    let won = false;
    const g = s.get('lease');
    g.onsuccess = () => {
      const l = g.result as Lease | undefined;
      if (l && l.owner !== owner && l.until > now) return;
      won = true;
      s.put({ owner, until: now + ttlMs } satisfies Lease, 'lease');
    };
    return promisifyRequest(s.transaction).then(() => won);
  });

/** Gives the lease up if `owner` holds it. */
export const dropLease = (idb: UseStore, owner: string) =>
  idb('readwrite', (s) => {
    const g = s.get('lease');
    g.onsuccess = () => {
      const l = g.result as Lease | undefined;
      if (l && l.owner === owner) s.delete('lease');
    };
    return promisifyRequest(s.transaction);
  });

/** Deletes the stored entries `toPrune` picks; returns how many. */
export async function pruneStored(idb: UseStore, keep: number): Promise<number> {
  const doomed = toPrune(await readAll(idb), keep);
  if (doomed.length) {
    await idb('readwrite', (s) => {
      for (const e of doomed) {
        s.delete(entryKey(e.receipt));
        s.delete('i:' + e.receipt.id);
      }
      return promisifyRequest(s.transaction);
    });
  }
  return doomed.length;
}
