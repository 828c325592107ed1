import type { DecisionEvent } from '../core/types';

/**
 * Write-ahead stash for decisions: a decision is copied to localStorage synchronously, inside the
 * `decision` event, and removed once its receipt is in the journal. A page closed in between (or before
 * the receipts code has even loaded, with the script tag) leaves the stash behind, and the next start
 * journals it, under the receipt id chosen here, so replays never make a second receipt.
 * Small on purpose: the script-tag bundle includes it.
 */
export const STASH_PREFIX = 'consentry-receipt:';

export interface Stashed {
  /** The receipt id this decision will get. */
  id: string;
  event: DecisionEvent;
}

/** A random UUID v4 (works outside secure contexts too). */
export function randomId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 15) | 64;
  b[8] = (b[8] & 63) | 128;
  let h = '';
  for (const x of b) h += (x + 256).toString(16).slice(1);
  return h.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** Stashes `event` (best effort: storage may be off) and returns its record; pass it to the receipts part's `record`. */
export function stashDecision(event: DecisionEvent): Stashed {
  const s: Stashed = { id: randomId(), event };
  try {
    // a guardian's name and contact stay in memory: never in localStorage
    localStorage.setItem(STASH_PREFIX + s.id, JSON.stringify({ ...s, event: { ...event, guardian: undefined } }));
  } catch {
    // no storage: the receipt is still journaled unless the page closes first
  }
  return s;
}

/**
 * A hint, kept beside the stash, that the journal holds receipts not yet delivered: the script tag loads
 * the receipts part at start only when this (or a stash entry) is there, so a visitor with nothing to send
 * downloads no receipt code. IndexedDB stays the truth; without localStorage we assume there may be some.
 */
export const PENDING_KEY = 'consentry-receipts:pending';

/** Records whether undelivered receipts remain (best effort). */
export function markPending(on: boolean): void {
  try {
    if (on) localStorage.setItem(PENDING_KEY, '1');
    else localStorage.removeItem(PENDING_KEY);
  } catch {
    // no storage: mayHavePending() answers true
  }
}

/** True when undelivered receipts or unjournaled decisions may be waiting on this device. */
export function mayHavePending(): boolean {
  try {
    if (localStorage.getItem(PENDING_KEY)) return true;
    for (let i = 0; i < localStorage.length; i++) if ((localStorage.key(i) || '').startsWith(STASH_PREFIX)) return true;
    return false;
  } catch {
    return true;
  }
}
