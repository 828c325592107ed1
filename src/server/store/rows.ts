// Row shapes and small steps shared by the SQLite and PostgreSQL stores.
import type { GuardianRow } from './types';

export interface GuardianDbRow {
  receipt_id: string;
  subject_id: string;
  name: string;
  contact: string;
  name_hmac: string;
  contact_hmac: string;
  received_ms: number | string;
}

export const toGuardian = (r: GuardianDbRow): GuardianRow => ({
  receiptId: r.receipt_id,
  subjectId: r.subject_id,
  name: r.name,
  contact: r.contact,
  nameHmac: r.name_hmac,
  contactHmac: r.contact_hmac,
  receivedMs: Number(r.received_ms),
});

/**
 * The purposes a stats answer details: the included ones that have answers (in the given order), then
 * the most answered others, `top` in all (more only when the included ones alone exceed it).
 */
export function pickDetailed(
  selection: { top: number; include: string[] },
  included: { purpose_id: string; n: number | string }[],
  top: { purpose_id: string; n: number | string }[],
): { purposeId: string; count: number }[] {
  const counts = new Map(included.map((r) => [r.purpose_id, Number(r.n)]));
  const out = selection.include.filter((id) => counts.has(id)).map((id) => ({ purposeId: id, count: counts.get(id)! }));
  const wanted = new Set(selection.include);
  for (const r of top) {
    if (out.length >= selection.top) break;
    if (!wanted.has(r.purpose_id)) out.push({ purposeId: r.purpose_id, count: Number(r.n) });
  }
  return out;
}
