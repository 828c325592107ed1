/**
 * Retention: receipts are kept for `retentionDays` after the consent they prove has ended, then
 * deleted, leaving decision counts per quarter hour, purpose and state (`consentry_pruned_counts`).
 *
 * A subject's consent has ended when none of its purposes is in force: its latest decision on each is
 * a refusal, a withdrawal or an expiry; or, for a subject linked to no account, its agreements are
 * older than the site config's `expiry.consentDays` (the SDK asks again after that, so an agreement
 * never renewed has lapsed). The end is the latest of those times. A subject whose consent ended more
 * than `retentionDays` ago is deleted whole (receipts, decisions, guardians, key, state, link): its
 * chain proves nothing any more that the law asks to keep. Requests closed, notices sent (or never
 * sent) and webhook events delivered are deleted after the same period (webhook events after 30 days).
 */
import type { Db, Sql } from './store/sql';
import { DAY_MS } from './accounts/calendar';

export interface PruneOptions {
  nowMs: number;
  retentionDays: number;
  /** Days an unrenewed agreement of an unlinked subject lasts (site config `expiry.consentDays`, default 365). */
  consentDays: number;
  /** Count only. */
  dryRun?: boolean;
}

export interface PruneReport {
  cutoff: string;
  subjects: number;
  receipts: number;
  decisions: number;
  guardians: number;
  notices: number;
  requests: number;
  webhooks: number;
}

const CHUNK = 200;
const QUARTER_HOUR = 900_000;
/** Later than any receipt: a linked subject's agreement lasts until it is withdrawn. */
const FOREVER = 8_000_000_000_000_000;

/** Subjects whose consent ended before `cutoff` (at most `limit`). */
async function endedSubjects(db: Sql, cutoffMs: number, consentMs: number, limit: number): Promise<string[]> {
  const rows = await db.all<{ subject_id: string }>(
    `SELECT s.subject_id FROM consentry_subject_items s LEFT JOIN consentry_links l ON l.subject_id = s.subject_id
     WHERE s.item = ''
     GROUP BY s.subject_id
     HAVING max(CASE WHEN s.state <> 'given' THEN s.ts_ms WHEN l.subject_id IS NULL THEN s.ts_ms + ? ELSE ? END) < ?
     ORDER BY s.subject_id LIMIT ?`,
    [consentMs, FOREVER, cutoffMs, limit],
  );
  return rows.map((r) => r.subject_id);
}

const list = (n: number) => Array(n).fill('?').join(', ');

async function deleteSubjects(q: Sql, ids: string[]): Promise<{ receipts: number; decisions: number; guardians: number }> {
  const In = `(${list(ids.length)})`;
  const receiptsOf = `SELECT id FROM consentry_receipts WHERE subject_id IN ${In}`;
  // What stays: counts of the decisions, by quarter hour, purpose and state.
  const counts = await q.all<{ bucket: string | number; purpose_id: string; state: string; n: string | number }>(
    `SELECT (ts_ms / ${QUARTER_HOUR}) * ${QUARTER_HOUR} AS bucket, purpose_id, state, count(*) AS n FROM consentry_decisions
     WHERE receipt_id IN (${receiptsOf}) GROUP BY 1, purpose_id, state`,
    ids,
  );
  for (const c of counts) {
    await q.run(
      `INSERT INTO consentry_pruned_counts (bucket_ms, purpose_id, state, n) VALUES (?, ?, ?, ?)
       ON CONFLICT (bucket_ms, purpose_id, state) DO UPDATE SET n = consentry_pruned_counts.n + excluded.n`,
      [Number(c.bucket), c.purpose_id, c.state, Number(c.n)],
    );
  }
  const guardians = await q.run(`DELETE FROM consentry_guardians WHERE subject_id IN ${In}`, ids);
  const decisions = await q.run(`DELETE FROM consentry_decisions WHERE receipt_id IN (${receiptsOf})`, ids);
  const receipts = await q.run(`DELETE FROM consentry_receipts WHERE subject_id IN ${In}`, ids);
  await q.run(`DELETE FROM consentry_subject_items WHERE subject_id IN ${In}`, ids);
  await q.run(`DELETE FROM consentry_account_items WHERE subject_id IN ${In}`, ids);
  await q.run(`DELETE FROM consentry_links WHERE subject_id IN ${In}`, ids);
  await q.run(`DELETE FROM consentry_subjects WHERE subject_id IN ${In}`, ids);
  return { receipts, decisions, guardians };
}

/** Deletes what is past retention (or, with `dryRun`, counts the subjects that would go). */
export async function prune(db: Db, o: PruneOptions): Promise<PruneReport> {
  const cutoff = o.nowMs - o.retentionDays * DAY_MS;
  const consentMs = o.consentDays * DAY_MS;
  const report: PruneReport = {
    cutoff: new Date(cutoff).toISOString(),
    subjects: 0,
    receipts: 0,
    decisions: 0,
    guardians: 0,
    notices: 0,
    requests: 0,
    webhooks: 0,
  };
  if (o.dryRun) {
    report.subjects = (await endedSubjects(db, cutoff, consentMs, Number.MAX_SAFE_INTEGER)).length;
    return report;
  }
  for (;;) {
    const ids = await endedSubjects(db, cutoff, consentMs, CHUNK);
    if (!ids.length) break;
    const n = await db.tx(async (q) => {
      // Checked again inside the transaction: a receipt may have arrived since.
      const still = await endedSubjectsAmong(q, ids, cutoff, consentMs);
      return still.length
        ? { ...(await deleteSubjects(q, still)), subjects: still.length }
        : { receipts: 0, decisions: 0, guardians: 0, subjects: 0 };
    });
    report.subjects += n.subjects;
    report.receipts += n.receipts;
    report.decisions += n.decisions;
    report.guardians += n.guardians;
    if (ids.length < CHUNK || n.subjects === 0) break;
  }
  report.notices = await db.run(
    'DELETE FROM consentry_notices WHERE (sent_ms IS NOT NULL AND sent_ms < ?) OR (sent_ms IS NULL AND event_ms < ?)',
    [cutoff, cutoff],
  );
  report.requests = await db.run(`DELETE FROM consentry_requests WHERE status = 'closed' AND closed_ms < ?`, [cutoff]);
  report.webhooks = await db.run('DELETE FROM consentry_webhooks WHERE delivered_ms IS NOT NULL AND delivered_ms < ?', [
    o.nowMs - 30 * DAY_MS,
  ]);
  return report;
}

async function endedSubjectsAmong(q: Sql, ids: string[], cutoffMs: number, consentMs: number): Promise<string[]> {
  const rows = await q.all<{ subject_id: string }>(
    `SELECT s.subject_id FROM consentry_subject_items s LEFT JOIN consentry_links l ON l.subject_id = s.subject_id
     WHERE s.item = '' AND s.subject_id IN (${list(ids.length)})
     GROUP BY s.subject_id
     HAVING max(CASE WHEN s.state <> 'given' THEN s.ts_ms WHEN l.subject_id IS NULL THEN s.ts_ms + ? ELSE ? END) < ?`,
    [...ids, consentMs, FOREVER, cutoffMs],
  );
  return rows.map((r) => r.subject_id);
}

/** Runs `prune` at most once a day across all collectors (PostgreSQL: one at a time, advisory lock). */
export async function dailyPrune(db: Db, o: Omit<PruneOptions, 'dryRun'>): Promise<PruneReport | null> {
  const out = await db.exclusive('retention', async () => {
    const rows = await db.all<{ last_ms: string | number }>(`SELECT last_ms FROM consentry_jobs WHERE name = 'retention'`);
    if (rows.length && o.nowMs - Number(rows[0].last_ms) < DAY_MS - 3_600_000) return null;
    const report = await prune(db, o);
    await db.run(
      `INSERT INTO consentry_jobs (name, last_ms) VALUES ('retention', ?) ON CONFLICT (name) DO UPDATE SET last_ms = excluded.last_ms`,
      [o.nowMs],
    );
    return report;
  });
  return out ?? null;
}
