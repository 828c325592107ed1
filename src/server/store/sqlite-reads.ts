import type BetterSqlite3 from 'better-sqlite3';
import * as common from './rows';
import type { ExportCursor, Store, StoredReceipt, TimeRange } from './types';

const MAX_TS = Number.MAX_SAFE_INTEGER;

interface Row {
  seq: number;
  id: string;
  subject_id: string;
  ts_ms: number;
  received_ms: number;
  hash: string;
  prev: string | null;
  chain_error: string | null;
  body: string;
}

const toStored = (r: Row): StoredReceipt => ({
  seq: r.seq,
  id: r.id,
  subjectId: r.subject_id,
  tsMs: r.ts_ms,
  receivedMs: r.received_ms,
  hash: r.hash,
  prev: r.prev,
  chainError: r.chain_error,
  body: r.body,
});

/** The store's reads: exports, one subject's receipts, dashboard statistics, guardians, keys and the schema version. */
export function sqliteReads(
  db: BetterSqlite3.Database,
): Pick<Store, 'exportPage' | 'subjectPage' | 'stats' | 'subjectKey' | 'guardians' | 'schemaVersion'> {
  const cols = 'seq, id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body';
  const exportFirst = db.prepare(`SELECT ${cols} FROM consentry_receipts WHERE ts_ms >= ? AND ts_ms <= ? ORDER BY ts_ms, seq LIMIT ?`);
  const exportNext = db.prepare(
    `SELECT ${cols} FROM consentry_receipts WHERE (ts_ms, seq) > (?, ?) AND ts_ms >= ? AND ts_ms <= ?
     ORDER BY ts_ms, seq LIMIT ?`,
  );
  const subject = db.prepare(`SELECT ${cols} FROM consentry_receipts WHERE subject_id = ? AND seq > ? ORDER BY seq LIMIT ?`);
  // Stats in bounded steps: how many purposes, the most answered ones (LIMIT), then days only for those.
  // Id lists travel as one JSON array parameter (json_each), so no SQL is generated per request.
  const purposeCount = db.prepare('SELECT count(DISTINCT purpose_id) AS n FROM consentry_decisions WHERE ts_ms >= ? AND ts_ms <= ?');
  const topPurposes = db.prepare(
    `SELECT purpose_id, count(*) AS n FROM consentry_decisions WHERE ts_ms >= ? AND ts_ms <= ?
     GROUP BY purpose_id ORDER BY n DESC, purpose_id LIMIT ?`,
  );
  const somePurposes = db.prepare(
    `SELECT purpose_id, count(*) AS n FROM consentry_decisions
     WHERE ts_ms >= ? AND ts_ms <= ? AND purpose_id IN (SELECT value FROM json_each(?)) GROUP BY purpose_id`,
  );
  const counts = db.prepare(
    `SELECT CAST((ts_ms + ?) / 86400000 AS INTEGER) AS day, purpose_id, state, count(*) AS n
     FROM consentry_decisions WHERE ts_ms >= ? AND ts_ms <= ? AND purpose_id IN (SELECT value FROM json_each(?))
     GROUP BY day, purpose_id, state ORDER BY day, purpose_id`,
  );
  const labels = db.prepare(
    `SELECT purpose_id, max(title) AS title, max(necessity) AS necessity
     FROM consentry_decisions WHERE ts_ms >= ? AND ts_ms <= ? AND purpose_id IN (SELECT value FROM json_each(?))
     GROUP BY purpose_id`,
  );
  const guardianCols = 'receipt_id, subject_id, name, contact, name_hmac, contact_hmac, received_ms';
  const guardiansBy = {
    receiptId: db.prepare(`SELECT ${guardianCols} FROM consentry_guardians WHERE receipt_id = ? ORDER BY received_ms DESC LIMIT ?`),
    subjectId: db.prepare(`SELECT ${guardianCols} FROM consentry_guardians WHERE subject_id = ? ORDER BY received_ms DESC LIMIT ?`),
    contactHmac: db.prepare(`SELECT ${guardianCols} FROM consentry_guardians WHERE contact_hmac = ? ORDER BY received_ms DESC LIMIT ?`),
  };
  const totals = db.prepare(
    `SELECT count(*) AS receipts, count(chain_error) AS breaks FROM consentry_receipts WHERE ts_ms >= ? AND ts_ms <= ?`,
  );
  const version = db.prepare('SELECT max(version) AS v FROM consentry_migrations');
  const keyOf = db.prepare('SELECT key_hash FROM consentry_subjects WHERE subject_id = ?');
  const rows = <T>(stmt: BetterSqlite3.Statement, ...args: unknown[]) => stmt.all(...args) as T[];

  return {
    async exportPage(range: TimeRange, cursor: ExportCursor | null, limit: number) {
      const from = range.from ?? -MAX_TS;
      const to = range.to ?? MAX_TS;
      const rows = (cursor ? exportNext.all(cursor.tsMs, cursor.seq, from, to, limit) : exportFirst.all(from, to, limit)) as Row[];
      return rows.map(toStored);
    },
    async subjectPage(subjectId, afterSeq, limit) {
      return (subject.all(subjectId, afterSeq, limit) as Row[]).map(toStored);
    },
    async stats(range, offsetMs, selection) {
      const from = range.from ?? -MAX_TS;
      const to = range.to ?? MAX_TS;
      type Ranked = { purpose_id: string; n: number };
      const included = selection.include.length ? rows<Ranked>(somePurposes, from, to, JSON.stringify(selection.include)) : [];
      const top = rows<Ranked>(topPurposes, from, to, selection.top + selection.include.length);
      const ranked = common.pickDetailed(selection, included, top);
      const ids = JSON.stringify(ranked.map((r) => r.purposeId));
      const t = totals.get(from, to) as { receipts: number; breaks: number };
      return {
        ranked,
        purposeCount: (purposeCount.get(from, to) as { n: number }).n,
        counts: rows<{ day: number; purpose_id: string; state: string; n: number }>(counts, offsetMs, from, to, ids).map((r) => ({
          day: r.day,
          purposeId: r.purpose_id,
          state: r.state,
          count: r.n,
        })),
        labels: rows<{ purpose_id: string; title: string; necessity: string }>(labels, from, to, ids).map((r) => ({
          purposeId: r.purpose_id,
          title: r.title,
          necessity: r.necessity,
        })),
        receipts: t.receipts,
        chainBreaks: t.breaks,
      };
    },
    async subjectKey(subjectId) {
      return (keyOf.get(subjectId) as { key_hash: string } | undefined)?.key_hash ?? null;
    },
    async guardians(query, limit) {
      const [by, value] =
        query.receiptId !== undefined
          ? (['receiptId', query.receiptId] as const)
          : query.subjectId !== undefined
            ? (['subjectId', query.subjectId] as const)
            : (['contactHmac', query.contactHmac ?? ''] as const);
      return rows<common.GuardianDbRow>(guardiansBy[by], value, limit).map(common.toGuardian);
    },
    async schemaVersion() {
      return (version.get() as { v: number }).v;
    },
  };
}
