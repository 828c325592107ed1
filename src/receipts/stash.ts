import type { DecisionEvent } from '../core/types';
import { uuid } from '../core/uuid';

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
  /** Starts that tried to journal it and failed (a stashed decision is dropped after a few). */
  tries?: number;
  /**
   * The subject id was made on the page that stashed it (after that page started): no receipt of it can
   * exist anywhere before this one, so a later start may begin its chain although it has no secret for it.
   */
  minted?: boolean;
}

/** A random UUID v4 (works outside secure contexts too): the core's, so the script tag carries one. */
export const randomId = uuid;

/**
 * Writes `s` to localStorage as it may be kept there: without the guardian details a guardian decision's
 * event carries in memory (the snapshot, by contract, holds no name or contact).
 */
export function writeStash(s: Stashed): void {
  try {
    localStorage.setItem(STASH_PREFIX + s.id, JSON.stringify({ ...s, event: { ...s.event, guardian: undefined } }));
  } catch {
    // no storage: the receipt is still journaled unless the page closes first
  }
}

/**
 * Stashes `event` (best effort: storage may be off) and returns its record, which keeps the whole event in
 * memory; pass it to the receipts part's `record`. `minted`: the event's subject id is not the one the page
 * started with. The stored copy has no guardian name or contact, so a
 * decision replayed after its page closed has no guardian hashes.
 */
export function stashDecision(event: DecisionEvent, minted?: boolean): Stashed {
  const s: Stashed = { id: randomId(), event, minted };
  writeStash(s);
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
