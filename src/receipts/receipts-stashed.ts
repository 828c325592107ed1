import type { Report } from './create';
import { STASH_PREFIX, writeStash, type Stashed } from './stash';

/** Starts that may try to journal a stashed decision before it is dropped. */
const STASH_TRIES = 3;

/** Removes a decision's stash: its receipt is journaled, or it is dropped. */
export const unstash = (id: string) => {
  try {
    localStorage.removeItem(STASH_PREFIX + id);
  } catch {
    // nothing stashed
  }
};

/**
 * Journals, oldest first, the decisions stashed by pages that closed first: each is put in `building` (for a
 * closing page to send) and handed to `commit`, which takes it out. One that keeps failing is dropped after
 * STASH_TRIES starts, reported once; a stash entry that is not a decision is removed.
 */
export async function replayStashed(
  building: Map<string, Stashed>,
  commit: (st: Stashed, failed: (cause: unknown) => void) => Promise<unknown>,
  report: Report,
): Promise<void> {
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
    await commit(s, (cause) => {
      if (!(s.tries! >= STASH_TRIES)) return;
      unstash(s.id);
      report({
        code: 'record-failed',
        receiptId: s.id,
        message: `stashed decision dropped after ${STASH_TRIES} failed tries: ${cause}`,
        cause,
      });
    });
  }
}
