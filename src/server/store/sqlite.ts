import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { loadPackages, type Importer } from '../optional-packages';
import { describeStorageProblem, goneError, isStorageUnavailable } from './errors';
import { newerSchemaError, sqliteMigrations } from './migrations';
import * as common from './rows';
import { valuesList, type Db, type Sql } from './sql';
import type { ExportCursor, IngestPlan, IngestScope, Known, Store, StoredReceipt, TimeRange } from './types';

type Database = BetterSqlite3.Database;

const MAX_TS = Number.MAX_SAFE_INTEGER;

/** The embedded default: one SQLite file in WAL mode, written by one collector process. */
export async function openSqliteStore(path: string, importer?: Importer): Promise<Store> {
  const [Sqlite] = (await loadPackages(['better-sqlite3'], 'the SQLite storage', importer)) as [typeof BetterSqlite3];
  const memory = path === ':memory:';
  const file = memory ? path : resolve(path);
  if (!memory) mkdirSync(dirname(file), { recursive: true });
  let db: Database;
  try {
    db = new Sqlite(file);
  } catch (err) {
    throw startError(file, err);
  }
  try {
    // WAL lets exports read while batches are written; FULL syncs the WAL at each commit, so a
    // receipt acknowledged as stored survives a power cut, not only a crash of the process.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrate(db);
    // A file SQLite could only open read-only (permissions, a read-only mount, an immutable file)
    // must stop the start, not turn every later receipt into an error.
    healthWrite(db);
  } catch (err) {
    db.close();
    throw startError(file, err);
  }
  return sqliteStore(db, file, memory ? null : identity(file));
}

/** A storage failure at start-up, as one clear sentence (what is wrong, where, what to check). */
function startError(file: string, err: unknown): Error {
  if (!isStorageUnavailable(err)) return err as Error;
  const code = (err as { code?: string }).code;
  return Object.assign(
    new Error(
      `consentry collector: cannot use the SQLite database ${file}: ${describeStorageProblem(err)} ` +
        `(${code}: ${(err as Error).message}). The collector needs to write to the file and its directory: ` +
        'check their owner and permissions, free disk space, and that the filesystem is not mounted read-only.',
    ),
    { code },
  );
}

/** Device and inode of the open file: if either changes, the file we write to is no longer the one on disk. */
function identity(file: string): { dev: number; ino: number } {
  const st = statSync(file);
  return { dev: st.dev, ino: st.ino };
}

function healthWrite(db: Database): void {
  db.prepare(
    'INSERT INTO consentry_health (id, checked_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_ms = excluded.checked_ms',
  ).run(Date.now());
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

function sqliteStore(db: Database, file: string, opened: { dev: number; ino: number } | null): Store {
  const cols = 'seq, id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body';
  const byId = db.prepare('SELECT body, chain_error FROM consentry_receipts WHERE id = ?');
  const head = db.prepare('SELECT hash, ts_ms FROM consentry_receipts WHERE subject_id = ? ORDER BY seq DESC LIMIT 1');
  const keyOf = db.prepare('SELECT key_hash FROM consentry_subjects WHERE subject_id = ?');
  const insertSubject = db.prepare('INSERT INTO consentry_subjects (subject_id, key_hash, registered_ms) VALUES (?, ?, ?)');
  const insertGuardian = db.prepare(
    `INSERT INTO consentry_guardians (receipt_id, subject_id, name, contact, name_hmac, contact_hmac, received_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const health = db.prepare(
    'INSERT INTO consentry_health (id, checked_ms) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_ms = excluded.checked_ms',
  );
  const insertReceipt = db.prepare(
    `INSERT INTO consentry_receipts (id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDecision = db.prepare(
    'INSERT INTO consentry_decisions (receipt_id, purpose_id, necessity, state, ts_ms, title) VALUES (?, ?, ?, ?, ?, ?)',
  );
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
  const linkOf = db.prepare('SELECT account_id FROM consentry_links WHERE subject_id = ?');
  const proofOf = db.prepare('SELECT subject_id FROM consentry_links WHERE proof_hash = ?');
  const subjectItemsOf = db.prepare(`SELECT ${common.SUBJECT_ITEM_COLS} FROM consentry_subject_items WHERE subject_id = ?`);
  const accountItemsOf = db.prepare(`SELECT ${common.ACCOUNT_ITEM_COLS} FROM consentry_account_items WHERE account_id = ?`);
  const insertLink = db.prepare('INSERT INTO consentry_links (subject_id, account_id, linked_ms, proof_hash) VALUES (?, ?, ?, ?)');
  const upsertSubjectItem = db.prepare(
    `INSERT INTO consentry_subject_items (${common.SUBJECT_ITEM_COLS}) VALUES ${valuesList(1, 9)} ${common.UPSERT_SUBJECT_ITEM}`,
  );
  const upsertAccountItem = db.prepare(
    `INSERT INTO consentry_account_items (${common.ACCOUNT_ITEM_COLS}) VALUES ${valuesList(1, 12)} ${common.UPSERT_ACCOUNT_ITEM}`,
  );
  const insertNotice = db.prepare(
    `INSERT INTO consentry_notices (${common.NOTICE_COLS}) VALUES ${valuesList(1, 11)} ON CONFLICT (id) DO NOTHING`,
  );
  const insertWebhook = db.prepare(
    'INSERT INTO consentry_webhooks (id, body, created_ms, next_ms) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const insertText = db.prepare(
    `INSERT INTO consentry_texts (${common.TEXT_COLS}) VALUES ${valuesList(1, 7)} ON CONFLICT (hash) DO NOTHING`,
  );

  type Plan = (k: Known) => IngestPlan<unknown>;
  const ingestOne = db.transaction((ids: string[], subjects: string[], plan: Plan, scope: IngestScope) => {
    const known = common.emptyKnown();
    for (const id of ids) {
      const r = byId.get(id) as { body: string; chain_error: string | null } | undefined;
      if (r) known.byId.set(id, { body: r.body, chainError: r.chain_error });
    }
    for (const s of subjects) {
      const r = head.get(s) as { hash: string; ts_ms: number } | undefined;
      if (r) known.heads.set(s, { hash: r.hash, tsMs: r.ts_ms });
      const k = keyOf.get(s) as { key_hash: string } | undefined;
      if (k) known.keys.set(s, k.key_hash);
      const l = linkOf.get(s) as { account_id: string } | undefined;
      if (l) known.links.set(s, l.account_id);
      known.subjectItems.set(s, (subjectItemsOf.all(s) as common.ItemDbRow[]).map(common.toItem));
    }
    for (const h of scope.proofHashes) {
      const r = proofOf.get(h) as { subject_id: string } | undefined;
      if (r) known.proofs.set(h, r.subject_id);
    }
    for (const a of new Set([...scope.accounts, ...known.links.values()])) {
      known.accountItems.set(a, (accountItemsOf.all(a) as common.ItemDbRow[]).map(common.toItem));
    }
    const out = plan(known);
    for (const k of out.subjects ?? []) insertSubject.run(k.subjectId, k.keyHash, k.registeredMs);
    for (const row of out.rows) {
      insertReceipt.run(row.id, row.subjectId, row.tsMs, row.receivedMs, row.hash, row.prev, row.chainError, row.body);
      for (const d of row.decisions) insertDecision.run(row.id, d.purposeId, d.necessity, d.state, row.tsMs, d.title);
    }
    for (const g of out.guardians ?? []) {
      insertGuardian.run(g.receiptId, g.subjectId, g.name, g.contact, g.nameHmac, g.contactHmac, g.receivedMs);
    }
    for (const l of out.links ?? []) insertLink.run(l.subjectId, l.accountId, l.linkedMs, l.proofHash);
    for (const r of out.subjectItems ?? []) upsertSubjectItem.run(...common.subjectItemValues(r));
    for (const r of out.accountItems ?? []) upsertAccountItem.run(...common.accountItemValues(r));
    for (const n of out.notices ?? []) insertNotice.run(...common.noticeValues(n));
    for (const w of out.webhooks ?? []) insertWebhook.run(w.id, w.body, w.createdMs, w.createdMs);
    for (const t of out.texts ?? []) insertText.run(...common.textValues(t));
    return out.result;
  });

  // Group commit: batches that arrive together (same turn of the event loop) are written in one
  // transaction, each inside its own savepoint (ingestOne nested in ingestGroup), so a failing batch
  // rolls back alone. One WAL sync then covers them all; every batch is still all-or-nothing, and no
  // batch is acknowledged before the commit that holds it. Health probes ride along the same way.
  interface Job {
    run: () => unknown;
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
    out?: { ok: boolean; value: unknown };
  }
  let queue: Job[] = [];
  let scheduled = false;
  const savepoint = db.transaction((run: () => unknown) => run());
  const ingestGroup = db.transaction((jobs: Job[]) => {
    for (const job of jobs) {
      try {
        job.out = { ok: true, value: savepoint(job.run) };
      } catch (err) {
        job.out = { ok: false, value: err };
      }
    }
  });
  /** Throws when the file on disk is no longer the one open: writes would go to a deleted inode and be lost. */
  const checkFile = () => {
    if (!opened) return;
    let now: { dev: number; ino: number } | null = null;
    try {
      now = identity(file);
    } catch {
      // missing, or its directory no longer reachable
    }
    if (!now || now.dev !== opened.dev || now.ino !== opened.ino) throw goneError(file);
  };
  // An async transaction of the shared SQL surface (db.tx) holds the connection between its statements:
  // group commits wait for it to end.
  let txActive: Promise<unknown> | null = null;
  const flush = () => {
    scheduled = false;
    if (txActive) {
      scheduled = true;
      const again = () => setImmediate(flush);
      txActive.then(again, again);
      return;
    }
    const jobs = queue;
    queue = [];
    if (!jobs.length) return;
    try {
      checkFile();
      // IMMEDIATE takes the write lock up front, so reading the chain heads and inserting are one step.
      ingestGroup.immediate(jobs);
    } catch (err) {
      for (const job of jobs) job.reject(err);
      return;
    }
    for (const job of jobs) {
      // A failure inside a savepoint that is the storage's (read-only, I/O) fails the batch the same way.
      (job.out!.ok ? job.resolve : job.reject)(job.out!.value);
    }
  };
  const enqueue = (run: () => unknown): Promise<unknown> => {
    if (!open) return Promise.reject(new Error('store is closed'));
    return new Promise((resolve, reject) => {
      queue.push({ run, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
  const rows = <T>(stmt: BetterSqlite3.Statement, ...args: unknown[]) => stmt.all(...args) as T[];

  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepared = (sql: string) => {
    let st = statements.get(sql);
    if (!st) {
      st = db.prepare(sql);
      if (statements.size > 500) statements.clear();
      statements.set(sql, st);
    }
    return st;
  };
  const args = (params: unknown[] = []) => params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? Number(p) : p));
  const sql: Sql = {
    dialect: 'sqlite',
    async all(text, params) {
      if (!open) throw new Error('store is closed');
      const st = prepared(text);
      if (!st.reader) {
        st.run(...args(params));
        return [];
      }
      return st.all(...args(params)) as never[];
    },
    async run(text, params) {
      if (!open) throw new Error('store is closed');
      return prepared(text).run(...args(params)).changes;
    },
  };
  const shared: Db = {
    ...sql,
    async tx(fn) {
      while (txActive) await txActive.catch(() => {});
      if (!open) throw new Error('store is closed');
      checkFile();
      const run = (async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn(sql);
          db.exec('COMMIT');
          return out;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      })();
      txActive = run;
      try {
        return await run;
      } finally {
        if (txActive === run) txActive = null;
      }
    },
    async exclusive(_name, fn) {
      return fn();
    },
  };

  let open = true;
  return {
    dialect: 'sqlite',
    description: `sqlite: ${file}`,
    db: shared,
    ingest(ids, subjects, plan, scope) {
      return enqueue(() => ingestOne(ids, subjects, plan as Plan, scope ?? { proofHashes: [], accounts: [] })) as Promise<never>;
    },
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
    async ping() {
      if (!open) throw new Error('store is closed');
      db.prepare('SELECT 1').get();
    },
    async checkWritable() {
      await enqueue(() => health.run(Date.now()));
    },
    async close() {
      if (!open) return;
      open = false;
      flush();
      db.close();
    },
  };
}
