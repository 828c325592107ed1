/** Rights requests in the database (shared SQL, both databases). */
import type { Sql } from '../store/sql';
import type { RequestType } from './body';

export type RequestStatus = 'open' | 'answered' | 'closed';

export interface RightsRequest {
  id: string;
  type: RequestType;
  status: RequestStatus;
  accountId: string | null;
  subjectId: string | null;
  contact: string;
  message: string;
  locale: string | null;
  jurisdiction: string;
  receivedMs: number;
  dueMs: number;
  digest: string;
  answer: string | null;
  answeredMs: number | null;
  closedMs: number | null;
  erasedMs: number | null;
}

const COLS =
  'id, type, status, account_id, subject_id, contact, message, locale, jurisdiction, received_ms, due_ms, digest, answer, answered_ms, closed_ms, erased_ms';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

const toRequest = (r: Record<string, any>): RightsRequest => ({
  id: r.id,
  type: r.type,
  status: r.status,
  accountId: r.account_id,
  subjectId: r.subject_id,
  contact: r.contact,
  message: r.message,
  locale: r.locale,
  jurisdiction: r.jurisdiction,
  receivedMs: Number(r.received_ms),
  dueMs: Number(r.due_ms),
  digest: r.digest,
  answer: r.answer,
  answeredMs: num(r.answered_ms),
  closedMs: num(r.closed_ms),
  erasedMs: num(r.erased_ms),
});

export async function insertRequest(db: Sql, r: RightsRequest): Promise<void> {
  await db.run(`INSERT INTO consentry_requests (${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
    r.id,
    r.type,
    r.status,
    r.accountId,
    r.subjectId,
    r.contact,
    r.message,
    r.locale,
    r.jurisdiction,
    r.receivedMs,
    r.dueMs,
    r.digest,
    r.answer,
    r.answeredMs,
    r.closedMs,
    r.erasedMs,
  ]);
}

export async function getRequest(db: Sql, id: string): Promise<RightsRequest | null> {
  const rows = await db.all(`SELECT ${COLS} FROM consentry_requests WHERE id = ?`, [id]);
  return rows.length ? toRequest(rows[0]) : null;
}

/** Requests with a status (or any), by answer deadline, after the cursor `(dueMs, id)`. */
export async function listRequests(
  db: Sql,
  q: { status: RequestStatus | null; after: { dueMs: number; id: string } | null; limit: number },
): Promise<RightsRequest[]> {
  const after = q.after ?? { dueMs: -1, id: '' };
  const rows = await db.all(
    `SELECT ${COLS} FROM consentry_requests WHERE ${q.status ? 'status = ? AND' : ''} (due_ms, id) > (?, ?) ORDER BY due_ms, id LIMIT ?`,
    [...(q.status ? [q.status] : []), after.dueMs, after.id, q.limit],
  );
  return rows.map(toRequest);
}

export async function answerRequest(db: Sql, id: string, answer: string, nowMs: number): Promise<boolean> {
  return (
    (await db.run(`UPDATE consentry_requests SET status = 'answered', answer = ?, answered_ms = ? WHERE id = ? AND status <> 'closed'`, [
      answer,
      nowMs,
      id,
    ])) > 0
  );
}

export async function closeRequest(db: Sql, id: string, nowMs: number): Promise<boolean> {
  return (
    (await db.run(`UPDATE consentry_requests SET status = 'closed', closed_ms = ? WHERE id = ? AND status <> 'closed'`, [nowMs, id])) > 0
  );
}

export async function requestCounts(db: Sql, nowMs: number): Promise<{ open: number; overdue: number }> {
  const [r] = await db.all<{ n: string | number; o: string | number | null }>(
    `SELECT count(*) AS n, sum(CASE WHEN due_ms < ? THEN 1 ELSE 0 END) AS o FROM consentry_requests WHERE status = 'open'`,
    [nowMs],
  );
  return { open: Number(r.n), overdue: Number(r.o ?? 0) };
}
