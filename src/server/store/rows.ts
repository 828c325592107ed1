// Row shapes and small steps shared by the SQLite and PostgreSQL stores.
import type { ItemRow, ItemState } from '../accounts/items';
import type { NoticeRow } from '../notices/shape';
import type { GuardianRow, Known, TextRow } from './types';

/** Nothing known yet: the maps an ingest fills from the database before planning. */
export const emptyKnown = (): Known => ({
  byId: new Map(),
  heads: new Map(),
  keys: new Map(),
  links: new Map(),
  proofs: new Map(),
  subjectItems: new Map(),
  accountItems: new Map(),
});

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

/** Item rows (subject and account state) as both databases store them. */
export interface ItemDbRow {
  subject_id: string;
  account_id?: string;
  purpose_id: string;
  item: string;
  state: string;
  ts_ms: number | string;
  receipt_id: string;
  rev_ms: number | string;
  rev_state: string | null;
  rev_receipt_id: string | null;
  due_ms?: number | string | null;
  reconfirm_id?: string | null;
}

export const toItem = (r: ItemDbRow): ItemRow => ({
  owner: r.account_id ?? r.subject_id,
  purposeId: r.purpose_id,
  item: r.item,
  state: r.state as ItemState,
  tsMs: Number(r.ts_ms),
  receiptId: r.receipt_id,
  subjectId: r.subject_id,
  revMs: Number(r.rev_ms),
  revState: (r.rev_state ?? null) as ItemState | null,
  revReceiptId: r.rev_receipt_id ?? null,
  dueMs: r.due_ms === null || r.due_ms === undefined ? null : Number(r.due_ms),
  reconfirmId: r.reconfirm_id ?? null,
});

export const SUBJECT_ITEM_COLS = 'subject_id, purpose_id, item, state, ts_ms, receipt_id, rev_ms, rev_state, rev_receipt_id';
export const ACCOUNT_ITEM_COLS =
  'account_id, purpose_id, item, state, ts_ms, receipt_id, subject_id, rev_ms, rev_state, rev_receipt_id, due_ms, reconfirm_id';

/** The columns both item tables start with, and the revision columns that follow the subject's (account rows). */
const itemHead = (r: ItemRow) => [r.owner, r.purposeId, r.item, r.state, r.tsMs, r.receiptId];
const revision = (r: ItemRow) => [r.revMs, r.revState, r.revReceiptId];

/** One row's values in the order of SUBJECT_ITEM_COLS. */
export const subjectItemValues = (r: ItemRow) => [...itemHead(r), ...revision(r)];
/** One row's values in the order of ACCOUNT_ITEM_COLS. */
export const accountItemValues = (r: ItemRow) => [...itemHead(r), r.subjectId, ...revision(r), r.dueMs, r.reconfirmId];

/** Upserts (the plan computed them under the ingest's locks, so the new row simply replaces the old). */
export const UPSERT_SUBJECT_ITEM = `ON CONFLICT (subject_id, purpose_id, item) DO UPDATE SET state = excluded.state, ts_ms = excluded.ts_ms,
  receipt_id = excluded.receipt_id, rev_ms = excluded.rev_ms, rev_state = excluded.rev_state, rev_receipt_id = excluded.rev_receipt_id`;
export const UPSERT_ACCOUNT_ITEM = `ON CONFLICT (account_id, purpose_id, item) DO UPDATE SET state = excluded.state, ts_ms = excluded.ts_ms,
  receipt_id = excluded.receipt_id, subject_id = excluded.subject_id, rev_ms = excluded.rev_ms, rev_state = excluded.rev_state,
  rev_receipt_id = excluded.rev_receipt_id, due_ms = excluded.due_ms, reconfirm_id = excluded.reconfirm_id`;

export const NOTICE_COLS = 'id, kind, account_id, purpose_id, item, state, event_ms, due_ms, receipt_id, created_ms, sent_ms';
export const noticeValues = (n: NoticeRow) => [
  n.id,
  n.kind,
  n.accountId,
  n.purposeId,
  n.item,
  n.state,
  n.eventMs,
  n.dueMs,
  n.receiptId,
  n.createdMs,
  n.sentMs,
];

export interface NoticeDbRow {
  id: string;
  kind: string;
  account_id: string;
  purpose_id: string;
  item: string;
  state: string;
  event_ms: number | string;
  due_ms: number | string;
  receipt_id: string;
  created_ms: number | string;
  sent_ms: number | string | null;
}

export const toNotice = (r: NoticeDbRow): NoticeRow => ({
  id: r.id,
  kind: r.kind as NoticeRow['kind'],
  accountId: r.account_id,
  purposeId: r.purpose_id,
  item: r.item,
  state: r.state,
  eventMs: Number(r.event_ms),
  dueMs: Number(r.due_ms),
  receiptId: r.receipt_id,
  createdMs: Number(r.created_ms),
  sentMs: r.sent_ms === null ? null : Number(r.sent_ms),
});

export const TEXT_COLS = 'hash, text, received_ms, purpose_id, purpose_version, policy_version, locale';
export const textValues = (t: TextRow) => [t.hash, t.text, t.receivedMs, t.purposeId, t.purposeVersion, t.policyVersion, t.locale];
