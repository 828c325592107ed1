import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { loadPackages, type Importer } from '../deps';
import { newerSchemaError, sqliteMigrations } from './migrations';
import type { ExportCursor, Known, NewReceipt, Store, StoredReceipt, TimeRange } from './types';

type Database = BetterSqlite3.Database;

const MAX_TS = Number.MAX_SAFE_INTEGER;

/** The embedded default: one SQLite file in WAL mode, written by one collector process. */
export async function openSqliteStore(path: string, importer?: Importer): Promise<Store> {
  const [Sqlite] = (await loadPackages(['better-sqlite3'], 'the SQLite storage', importer)) as [typeof BetterSqlite3];
  const memory = path === ':memory:';
  const file = memory ? path : resolve(path);
  if (!memory) mkdirSync(dirname(file), { recursive: true });
  const db: Database = new Sqlite(file);
  try {
    // WAL lets exports read while batches are written; FULL syncs the WAL at each commit, so a
    // receipt acknowledged as stored survives a power cut, not only a crash of the process.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return sqliteStore(db, file);
}

function migrate(db: Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS consentry_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const latest = sqliteMigrations[sqliteMigrations.length - 1].version;
  const apply = db.transaction(() => {
    const row = db.prepare('SELECT max(version) AS v FROM consentry_migrations').get() as { v: number | null };
    const current = row.v ?? 0;
    if (current > latest) throw newerSchemaError(current, latest);
    const record = db.prepare('INSERT INTO consentry_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of sqliteMigrations) {
      if (m.version <= current) continue;
      for (const sql of m.statements) db.exec(sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
  });
  apply.immediate();
}

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

function sqliteStore(db: Database, file: string): Store {
  const cols = 'seq, id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body';
  const byId = db.prepare('SELECT body, chain_error FROM consentry_receipts WHERE id = ?');
  const head = db.prepare('SELECT hash FROM consentry_receipts WHERE subject_id = ? ORDER BY seq DESC LIMIT 1');
  const insertReceipt = db.prepare(
    `INSERT INTO consentry_receipts (id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDecision = db.prepare(
    'INSERT INTO consentry_decisions (receipt_id, purpose_id, necessity, state, ts_ms, title) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const exportFirst = db.prepare(
    `SELECT ${cols} FROM consentry_receipts WHERE ts_ms >= ? AND ts_ms <= ? ORDER BY ts_ms, seq LIMIT ?`,
  );
  const exportNext = db.prepare(
    `SELECT ${cols} FROM consentry_receipts WHERE (ts_ms, seq) > (?, ?) AND ts_ms >= ? AND ts_ms <= ?
     ORDER BY ts_ms, seq LIMIT ?`,
  );
  const subject = db.prepare(
    `SELECT ${cols} FROM consentry_receipts WHERE subject_id = ? AND seq > ? ORDER BY seq LIMIT ?`,
  );
  const counts = db.prepare(
    `SELECT CAST((ts_ms + ?) / 86400000 AS INTEGER) AS day, purpose_id, necessity, state, count(*) AS n, max(title) AS title
     FROM consentry_decisions WHERE ts_ms >= ? AND ts_ms <= ?
     GROUP BY day, purpose_id, necessity, state ORDER BY day, purpose_id`,
  );
  const totals = db.prepare(
    `SELECT count(*) AS receipts, count(chain_error) AS breaks FROM consentry_receipts WHERE ts_ms >= ? AND ts_ms <= ?`,
  );
  const version = db.prepare('SELECT max(version) AS v FROM consentry_migrations');

  type Plan = (k: Known) => { rows: NewReceipt[]; result: unknown };
  const ingestOne = db.transaction((ids: string[], subjects: string[], plan: Plan) => {
    const known: Known = { byId: new Map(), heads: new Map() };
    for (const id of ids) {
      const r = byId.get(id) as { body: string; chain_error: string | null } | undefined;
      if (r) known.byId.set(id, { body: r.body, chainError: r.chain_error });
    }
    for (const s of subjects) {
      const r = head.get(s) as { hash: string } | undefined;
      if (r) known.heads.set(s, r.hash);
    }
    const { rows, result } = plan(known);
    for (const row of rows) {
      insertReceipt.run(row.id, row.subjectId, row.tsMs, row.receivedMs, row.hash, row.prev, row.chainError, row.body);
      for (const d of row.decisions) insertDecision.run(row.id, d.purposeId, d.necessity, d.state, row.tsMs, d.title);
    }
    return result;
  });

  // Group commit: batches that arrive together (same turn of the event loop) are written in one
  // transaction, each inside its own savepoint (ingestOne nested in ingestGroup), so a failing batch
  // rolls back alone. One WAL sync then covers them all; every batch is still all-or-nothing, and no
  // batch is acknowledged before the commit that holds it.
  interface Job { ids: string[]; subjects: string[]; plan: Plan; resolve: (v: unknown) => void; reject: (e: unknown) => void; out?: { ok: boolean; value: unknown } }
  let queue: Job[] = [];
  let scheduled = false;
  const ingestGroup = db.transaction((jobs: Job[]) => {
    for (const job of jobs) {
      try {
        job.out = { ok: true, value: ingestOne(job.ids, job.subjects, job.plan) };
      } catch (err) {
        job.out = { ok: false, value: err };
      }
    }
  });
  const flush = () => {
    scheduled = false;
    const jobs = queue;
    queue = [];
    if (!jobs.length) return;
    try {
      // IMMEDIATE takes the write lock up front, so reading the chain heads and inserting are one step.
      ingestGroup.immediate(jobs);
    } catch (err) {
      for (const job of jobs) job.reject(err);
      return;
    }
    for (const job of jobs) (job.out!.ok ? job.resolve : job.reject)(job.out!.value);
  };

  let open = true;
  return {
    dialect: 'sqlite',
    description: `sqlite: ${file}`,
    ingest(ids, subjects, plan) {
      if (!open) return Promise.reject(new Error('store is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ ids, subjects, plan: plan as Plan, resolve: resolve as (v: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    async exportPage(range: TimeRange, cursor: ExportCursor | null, limit: number) {
      const from = range.from ?? -MAX_TS;
      const to = range.to ?? MAX_TS;
      const rows = (cursor
        ? exportNext.all(cursor.tsMs, cursor.seq, from, to, limit)
        : exportFirst.all(from, to, limit)) as Row[];
      return rows.map(toStored);
    },
    async subjectPage(subjectId, afterSeq, limit) {
      return (subject.all(subjectId, afterSeq, limit) as Row[]).map(toStored);
    },
    async stats(range, offsetMs) {
      const from = range.from ?? -MAX_TS;
      const to = range.to ?? MAX_TS;
      const rows = counts.all(offsetMs, from, to) as {
        day: number; purpose_id: string; necessity: string; state: string; n: number; title: string;
      }[];
      const t = totals.get(from, to) as { receipts: number; breaks: number };
      return {
        counts: rows.map((r) => ({
          day: r.day, purposeId: r.purpose_id, necessity: r.necessity, state: r.state, count: r.n, title: r.title,
        })),
        receipts: t.receipts,
        chainBreaks: t.breaks,
      };
    },
    async schemaVersion() {
      return (version.get() as { v: number }).v;
    },
    async ping() {
      if (!open) throw new Error('store is closed');
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (!open) return;
      open = false;
      flush();
      db.close();
    },
  };
}
