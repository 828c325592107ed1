import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { loadPackages, type Importer } from '../optional-packages';
import { describeStorageProblem, isStorageUnavailable } from './errors';
import { newerSchemaError, sqliteMigrations } from './migrations';
import { ingestTransaction, type Plan } from './sqlite-ingest';
import { sqliteConnection, type FileIdentity } from './sqlite-connection';
import { sqliteReads } from './sqlite-reads';
import type { Store } from './types';

type Database = BetterSqlite3.Database;

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
function identity(file: string): FileIdentity {
  const st = statSync(file);
  return { dev: st.dev, ino: st.ino };
}

/** Proves the file takes writes (at start, and for each health probe through the group commit). */
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

/** The store over one open, migrated database: its reads, the batch writes through the group commit, the shared SQL surface. */
function sqliteStore(db: Database, file: string, opened: FileIdentity | null): Store {
  const ingestOne = ingestTransaction(db);
  const conn = sqliteConnection(db, file, opened, identity);
  return {
    dialect: 'sqlite',
    description: `sqlite: ${file}`,
    db: conn.db,
    ingest(ids, subjects, plan, scope) {
      return conn.enqueue(() => ingestOne(ids, subjects, plan as Plan, scope ?? { proofHashes: [], accounts: [] })) as Promise<never>;
    },
    ...sqliteReads(db),
    async ping() {
      if (!conn.isOpen()) throw new Error('store is closed');
      db.prepare('SELECT 1').get();
    },
    async checkWritable() {
      await conn.enqueue(() => healthWrite(db));
    },
    async close() {
      conn.close();
    },
  };
}
