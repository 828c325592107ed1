import { canonicalize, sha256Hex } from './canonical';
import type { Receipt } from './types';

/**
 * The receipt's `hash`: SHA-256 (hex) of the canonical JSON of every field except `hash`.
 * A full receipt may be passed; its `hash` is ignored.
 */
export function hashReceipt(r: Omit<Receipt, 'hash'> | Receipt): Promise<string> {
  const { hash: _ignored, ...rest } = r as Receipt;
  return sha256Hex(canonicalize(rest));
}

/** One thing wrong in a chain. `index` is the receipt's position in the array given to `verifyChain`. */
export interface ChainProblem {
  id: string;
  index: number;
  /**
   * `hash-mismatch`: the receipt was edited (its content no longer matches its hash);
   * `prev-mismatch`: it does not point at the receipt before it (one removed, inserted or reordered);
   * `duplicate`: the same receipt id was seen before; `order`: its timestamp is not after the previous one's.
   */
  problem: 'hash-mismatch' | 'prev-mismatch' | 'duplicate' | 'order';
}

export interface ChainResult {
  ok: boolean;
  problems: ChainProblem[];
}

export interface VerifyOptions {
  /**
   * For checking a continuation: the hash the first given receipt of each subject must point at
   * (the last stored receipt's hash). Subjects not listed must start a chain (`prev: null`).
   */
  heads?: { [subjectId: string]: string | null };
}

/**
 * Checks each subject's chain, in the order given (which should be timestamp order; receipts of
 * one subject have strictly increasing timestamps). Detects an edited, removed, inserted,
 * duplicated or reordered receipt. Problems do not cascade: after a bad receipt, the next one is
 * checked against the bad one's stated hash.
 */
export async function verifyChain(receipts: Receipt[], options: VerifyOptions = {}): Promise<ChainResult> {
  const problems: ChainProblem[] = [];
  const last = new Map<string, { hash: string | null; timestamp?: string }>();
  const seen = new Set<string>();
  for (let index = 0; index < receipts.length; index++) {
    const r = receipts[index];
    const id = String(r.id);
    if (seen.has(id)) {
      problems.push({ id, index, problem: 'duplicate' });
      continue;
    }
    seen.add(id);
    const before = last.get(r.subjectId) ?? { hash: options.heads?.[r.subjectId] ?? null };
    if ((await hashReceipt(r)) !== r.hash) problems.push({ id, index, problem: 'hash-mismatch' });
    if ((r.prev ?? null) !== before.hash) problems.push({ id, index, problem: 'prev-mismatch' });
    // ISO 8601 UTC strings of one fixed format compare correctly as strings.
    if (before.timestamp !== undefined && !(r.timestamp > before.timestamp)) problems.push({ id, index, problem: 'order' });
    last.set(r.subjectId, { hash: r.hash, timestamp: r.timestamp });
  }
  return { ok: problems.length === 0, problems };
}
