import type BetterSqlite3 from 'better-sqlite3';
import { goneError } from './errors';
import type { Db, Sql } from './sql';

/** Device and inode of a file: if either changes, the file we write to is no longer the one on disk. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/**
 * The one SQLite connection's writers, serialised: the group commit of ingest batches and health probes
 * (`enqueue`), and the shared SQL surface with its async transactions (`db`). `close()` writes what is
 * queued, then closes the file.
 */
export interface SqliteConnection {
  enqueue(run: () => unknown): Promise<unknown>;
  db: Db;
  isOpen(): boolean;
  close(): void;
}

/** What the group commit and the shared SQL surface share: whether the store is open, and the async transaction under way. */
interface ConnectionState {
  open: boolean;
  /** An async transaction of the shared SQL surface (db.tx) holds the connection between its statements. */
  tx: Promise<unknown> | null;
}

const closed = () => new Error('store is closed');

/** `identity(file)` reads the file's device and inode now (throws when it is gone); `opened` is what they were at start, null in memory. */
export function sqliteConnection(
  db: BetterSqlite3.Database,
  file: string,
  opened: FileIdentity | null,
  identity: (file: string) => FileIdentity,
): SqliteConnection {
  const state: ConnectionState = { open: true, tx: null };
  /** Throws when the file on disk is no longer the one open: writes would go to a deleted inode and be lost. */
  const checkFile = () => {
    if (!opened) return;
    let now: FileIdentity | null = null;
    try {
      now = identity(file);
    } catch {
      // missing, or its directory no longer reachable
    }
    if (!now || now.dev !== opened.dev || now.ino !== opened.ino) throw goneError(file);
  };
  const [enqueue, flush] = groupCommit(db, state, checkFile);
  return {
    enqueue,
    db: sharedSql(db, state, checkFile),
    isOpen: () => state.open,
    close() {
      if (!state.open) return;
      state.open = false;
      flush();
      db.close();
    },
  };
}

/**
 * Group commit: batches that arrive together (same turn of the event loop) are written in one transaction,
 * each inside its own savepoint (the batch's transaction nested in the group's), so a failing batch rolls
 * back alone. One WAL sync then covers them all; every batch is still all-or-nothing, and no batch is
 * acknowledged before the commit that holds it. Health probes ride along the same way. Group commits wait
 * for an async transaction of the shared SQL surface to end. Returns `enqueue` and `flush` (writes what is
 * queued now).
 */
function groupCommit(
  db: BetterSqlite3.Database,
  state: ConnectionState,
  checkFile: () => void,
): [enqueue: (run: () => unknown) => Promise<unknown>, flush: () => void] {
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
  const flush = () => {
    scheduled = false;
    if (state.tx) {
      scheduled = true;
      const again = () => setImmediate(flush);
      state.tx.then(again, again);
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
    if (!state.open) return Promise.reject(closed());
    return new Promise((resolve, reject) => {
      queue.push({ run, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
  return [enqueue, flush];
}

/**
 * The shared SQL surface over the connection: cached prepared statements, and async transactions serialised
 * with each other and with the group commit.
 */
function sharedSql(db: BetterSqlite3.Database, state: ConnectionState, checkFile: () => void): Db {
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
      if (!state.open) throw closed();
      const st = prepared(text);
      if (!st.reader) {
        st.run(...args(params));
        return [];
      }
      return st.all(...args(params)) as never[];
    },
    async run(text, params) {
      if (!state.open) throw closed();
      return prepared(text).run(...args(params)).changes;
    },
  };
  return {
    ...sql,
    async tx(fn) {
      while (state.tx) await state.tx.catch(() => {});
      if (!state.open) throw closed();
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
      state.tx = run;
      try {
        return await run;
      } finally {
        if (state.tx === run) state.tx = null;
      }
    },
    async exclusive(_name, fn) {
      return fn();
    },
  };
}
