import type { Head, JournalEntry } from './journal';
import type { Receipt } from './types';

/** An entry's key: `r:<timestamp>:<id>`, so that key order is time order. */
export const entryKey = (r: Receipt) => `r:${r.timestamp}:${r.id}`;

/** The head `r` makes of its subject's chain. */
export const headOf = (r: Receipt): Head => ({ hash: r.hash, timestamp: r.timestamp });

/** `e` with the status of update `u`. */
export function applyMark(e: JournalEntry, u: { status: JournalEntry['status']; error?: string; at?: number }): JournalEntry {
  // A delivered receipt stays delivered (another tab may have confirmed it meanwhile).
  if (e.status === 'delivered') return e;
  const out: JournalEntry = { receipt: e.receipt, status: u.status };
  if (u.error) out.error = u.error;
  if (u.status === 'delivered') out.deliveredAt = u.at;
  return out;
}

/** Sorts `list` oldest first, in place. */
export function sortEntries(list: JournalEntry[]): JournalEntry[] {
  return list.sort((a, b) => (entryKey(a.receipt) < entryKey(b.receipt) ? -1 : 1));
}

/** The oldest delivered entries of `list` (oldest first) beyond the `keep` newest. */
export function toPrune(list: JournalEntry[], keep: number): JournalEntry[] {
  const delivered = list.filter((e) => e.status === 'delivered');
  return delivered.slice(0, Math.max(0, delivered.length - Math.max(0, keep)));
}
