/** Reads and writes of the Network Act notices (shared SQL, both databases). */
import { addYears } from '../accounts/calendar';
import { NOTICE_COLS, noticeValues, toNotice, type NoticeDbRow } from '../store/rows';
import type { Db, Sql } from '../store/sql';
import { RECONFIRM_YEARS, reconfirmNoticeId, type NoticeRow, type ReconfirmDue } from './shape';

export interface NoticeCursor {
  dueMs: number;
  id: string;
}

/** Reconfirmations due by `untilMs`, in (due date, id) order after `after`. `unqueued`: not yet sent to the webhook. */
export async function reconfirmsDue(
  db: Sql,
  q: { untilMs: number; after: NoticeCursor | null; limit: number; unqueued?: boolean },
): Promise<ReconfirmDue[]> {
  const after = q.after ?? { dueMs: -1, id: '' };
  const rows = await db.all<{
    account_id: string;
    purpose_id: string;
    item: string;
    ts_ms: string | number;
    due_ms: string | number;
    reconfirm_id: string;
    receipt_id: string;
  }>(
    `SELECT account_id, purpose_id, item, ts_ms, due_ms, reconfirm_id, receipt_id FROM consentry_account_items
     WHERE due_ms IS NOT NULL AND due_ms <= ? AND (due_ms, reconfirm_id) > (?, ?)
     ${q.unqueued ? 'AND NOT EXISTS (SELECT 1 FROM consentry_webhooks w WHERE w.id = reconfirm_id)' : ''}
     ORDER BY due_ms, reconfirm_id LIMIT ?`,
    [q.untilMs, after.dueMs, after.id, q.limit],
  );
  return rows.map((r) => ({
    id: r.reconfirm_id,
    accountId: r.account_id,
    purposeId: r.purpose_id,
    item: r.item,
    consentMs: Number(r.ts_ms),
    dueMs: Number(r.due_ms),
    receiptId: r.receipt_id,
  }));
}

/** Result notices not yet sent, deadline by `untilMs` (or any), in (deadline, id) order after `after`. */
export async function resultsPending(
  db: Sql,
  q: { untilMs: number | null; after: NoticeCursor | null; limit: number },
): Promise<NoticeRow[]> {
  const after = q.after ?? { dueMs: -1, id: '' };
  const rows = await db.all<NoticeDbRow>(
    `SELECT ${NOTICE_COLS} FROM consentry_notices
     WHERE kind = 'result' AND sent_ms IS NULL AND due_ms <= ? AND (due_ms, id) > (?, ?)
     ORDER BY due_ms, id LIMIT ?`,
    [q.untilMs ?? Number.MAX_SAFE_INTEGER, after.dueMs, after.id, q.limit],
  );
  return rows.map(toNotice);
}

export type SentOutcome = { kind: 'result' | 'reconfirm'; sentMs: number; already: boolean } | null;

/**
 * Records that the site sent a notice. A result notice is then no longer listed; a reconfirmation is
 * recorded (with its consent and due dates) and the channel's next one is due two years later.
 * Sending again is harmless (`already`). Null: no such notice.
 */
export async function markSent(db: Db, id: string, nowMs: number): Promise<SentOutcome> {
  return db.tx(async (q) => {
    const n = await q.run(`UPDATE consentry_notices SET sent_ms = ? WHERE id = ? AND kind = 'result' AND sent_ms IS NULL`, [nowMs, id]);
    if (n) return { kind: 'result', sentMs: nowMs, already: false };
    const item = await q.all<{
      account_id: string;
      purpose_id: string;
      item: string;
      state: string;
      ts_ms: string | number;
      due_ms: string | number;
      receipt_id: string;
    }>('SELECT account_id, purpose_id, item, state, ts_ms, due_ms, receipt_id FROM consentry_account_items WHERE reconfirm_id = ?', [id]);
    if (item.length) {
      const r = item[0];
      const dueMs = Number(r.due_ms);
      const notice: NoticeRow = {
        id,
        kind: 'reconfirm',
        accountId: r.account_id,
        purposeId: r.purpose_id,
        item: r.item,
        state: r.state,
        eventMs: Number(r.ts_ms),
        dueMs,
        receiptId: r.receipt_id,
        createdMs: nowMs,
        sentMs: nowMs,
      };
      await q.run(
        `INSERT INTO consentry_notices (${NOTICE_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        noticeValues(notice),
      );
      const next = addYears(dueMs, RECONFIRM_YEARS);
      await q.run('UPDATE consentry_account_items SET due_ms = ?, reconfirm_id = ? WHERE reconfirm_id = ?', [
        next,
        reconfirmNoticeId(r.account_id, r.purpose_id, r.item, next),
        id,
      ]);
      return { kind: 'reconfirm', sentMs: nowMs, already: false };
    }
    const done = await q.all<{ kind: string; sent_ms: string | number | null }>(
      'SELECT kind, sent_ms FROM consentry_notices WHERE id = ?',
      [id],
    );
    if (done.length && done[0].sent_ms !== null)
      return { kind: done[0].kind as 'result' | 'reconfirm', sentMs: Number(done[0].sent_ms), already: true };
    return null;
  });
}

/** Counts for the dashboard: result notices unsent (and overdue), reconfirmations due within `days`. */
export async function noticeCounts(
  db: Sql,
  nowMs: number,
  days: number,
): Promise<{ results: number; overdue: number; reconfirms: number }> {
  const [r] = await db.all<{ n: string | number; o: string | number | null }>(
    `SELECT count(*) AS n, sum(CASE WHEN due_ms < ? THEN 1 ELSE 0 END) AS o FROM consentry_notices WHERE kind = 'result' AND sent_ms IS NULL`,
    [nowMs],
  );
  const [c] = await db.all<{ n: string | number }>(
    'SELECT count(*) AS n FROM consentry_account_items WHERE due_ms IS NOT NULL AND due_ms <= ?',
    [nowMs + days * 86_400_000],
  );
  return { results: Number(r.n), overdue: Number(r.o ?? 0), reconfirms: Number(c.n) };
}
