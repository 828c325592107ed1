import { canonicalize } from '../receipts/canonical';
import type { Receipt } from '../receipts/types';
import { receiptHash } from './hash';
import type { NewReceipt, Store } from './store/types';

/** The answer for one receipt of a batch, in the batch's order. */
export interface ReceiptResult {
  /** The receipt's id, or null when it had none usable. */
  id: string | null;
  status: 'stored' | 'duplicate' | 'rejected';
  /** Whether the receipt links into its subject's stored chain (absent when rejected). */
  chain?: 'ok' | 'broken';
  /** Why it was rejected, or why its chain is broken. */
  error?: string;
}

/** Checks one receipt against the JSON Schema; returns the reason it fails, or null. */
export type ReceiptValidator = (value: unknown) => string | null;

interface Candidate {
  index: number;
  receipt: Receipt;
  body: string;
  computedHash: string;
  tsMs: number;
}

const PREV_MISMATCH = "prev does not match the hash of the subject's latest stored receipt";
const HASH_MISMATCH = "hash does not match the receipt's content";
const CONFLICT = 'conflict: a different receipt with this id is already stored';

function idOf(item: unknown): string | null {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 64 ? id : null;
}

/** PostgreSQL text cannot hold NUL; refusing it everywhere keeps SQLite and PostgreSQL equal. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k.includes('\u0000') || hasNul(v)) return true;
  }
  return false;
}

/**
 * Validates, de-duplicates and chain-checks a batch, then stores what is new in one transaction.
 * Append-only and idempotent on receipt id: a resend answers `duplicate` without a second row,
 * the same id with other content is `rejected` (never overwritten). A chain break is stored and
 * flagged (`chain: 'broken'` with the reason), never repaired.
 */
export async function ingestBatch(
  items: unknown[],
  store: Store,
  validate: ReceiptValidator,
  now: () => number = Date.now,
): Promise<ReceiptResult[]> {
  const results: ReceiptResult[] = items.map((item) => ({ id: idOf(item), status: 'rejected' }));
  const candidates: Candidate[] = [];
  const firstInBatch = new Map<string, Candidate>();
  const sameAs = new Map<number, Candidate>();

  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const problem = validate(item) ?? (hasNul(item) ? 'strings must not contain NUL characters' : null);
    if (problem) {
      results[index].error = problem;
      continue;
    }
    const receipt = item as Receipt;
    const tsMs = Date.parse(receipt.timestamp);
    if (!Number.isFinite(tsMs)) {
      results[index].error = 'timestamp is not a valid date';
      continue;
    }
    const c: Candidate = { index, receipt, body: canonicalize(receipt), computedHash: receiptHash(receipt), tsMs };
    const first = firstInBatch.get(receipt.id);
    if (first) {
      // The same id twice in one batch: a repeat is a duplicate of the first, other content a conflict.
      if (first.body === c.body) sameAs.set(index, first);
      else results[index].error = CONFLICT;
      continue;
    }
    firstInBatch.set(receipt.id, c);
    candidates.push(c);
  }

  if (candidates.length) {
    const ids = candidates.map((c) => c.receipt.id);
    const subjects = [...new Set(candidates.map((c) => c.receipt.subjectId))];
    const receivedMs = now();
    await store.ingest(ids, subjects, (known) => {
      const rows: NewReceipt[] = [];
      const heads = new Map(known.heads);
      for (const c of candidates) {
        const r = c.receipt;
        // Fresh each time: PostgreSQL may run this plan again after losing a race.
        const res: ReceiptResult = { id: r.id, status: 'rejected' };
        results[c.index] = res;
        const stored = known.byId.get(r.id);
        if (stored) {
          if (stored.body === c.body) {
            res.status = 'duplicate';
            res.chain = stored.chainError ? 'broken' : 'ok';
            if (stored.chainError) res.error = stored.chainError;
          } else {
            res.status = 'rejected';
            res.error = CONFLICT;
          }
          continue;
        }
        const problems: string[] = [];
        if (r.prev !== (heads.get(r.subjectId) ?? null)) problems.push(PREV_MISMATCH);
        if (c.computedHash !== r.hash) problems.push(HASH_MISMATCH);
        const chainError = problems.length ? problems.join('; ') : null;
        res.status = 'stored';
        res.chain = chainError ? 'broken' : 'ok';
        if (chainError) res.error = chainError;
        // The chain continues from what the receipt claims, so one bad link is flagged once.
        heads.set(r.subjectId, r.hash);
        rows.push({
          id: r.id,
          subjectId: r.subjectId,
          tsMs: c.tsMs,
          receivedMs,
          hash: r.hash,
          prev: r.prev,
          chainError,
          body: c.body,
          decisions: r.purposes.map((p) => ({ purposeId: p.id, state: p.state, necessity: p.necessity, title: p.title })),
        });
      }
      return { rows, result: undefined };
    });
  }

  for (const [index, first] of sameAs) {
    const f = results[first.index];
    results[index] = {
      id: f.id,
      status: f.status === 'rejected' ? 'rejected' : 'duplicate',
      ...(f.chain ? { chain: f.chain } : {}),
      ...(f.error ? { error: f.error } : {}),
    };
  }
  return results;
}
