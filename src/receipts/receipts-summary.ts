import type { Consent } from '../core/types';
import type { RecordSummary } from './create';
import type { Receipt, ReceiptState } from './types';

/** `subject`'s latest record from `receipts` (oldest first; every subject's when `subject` is unset), or null when it has none. */
export function summarize(receipts: Receipt[], subject: string | undefined, config: Consent['config']): RecordSummary | null {
  const mine = receipts.filter((r) => !subject || r.subjectId === subject);
  const newest = mine[mine.length - 1];
  if (!newest) return null;
  const states = new Map<string, ReceiptState>();
  for (const r of mine) for (const p of r.purposes) states.set(p.id, p.state);
  const order = config.purposes.map((p) => p.id);
  const ids = [...states.keys()].sort((a, b) => (order.indexOf(a) >>> 0) - (order.indexOf(b) >>> 0));
  return {
    id: newest.id,
    at: Date.parse(newest.timestamp),
    policyVersion: newest.policy.version,
    purposes: ids.map((id) => ({ id, state: states.get(id)! })),
  };
}
