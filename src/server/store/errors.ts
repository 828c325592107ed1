/**
 * Storage failures that are nobody's request's fault: the database is read-only, gone, full, busy or
 * unreachable. The collector answers them with 503 and Retry-After (the SDK keeps the receipts and
 * retries), never with 500, and `/healthz` reports them.
 */

/** The SQLite file the collector opened was deleted or replaced while it ran. */
export const GONE = 'CONSENTRY_DATABASE_GONE';

export function goneError(file: string): Error & { code: string } {
  return Object.assign(
    new Error(`the database file ${file} was deleted or replaced while the collector ran; restore it and restart the collector`),
    { code: GONE },
  );
}

const NODE_NET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
// PostgreSQL SQLSTATEs: connection (08), resources (53), operator intervention (57P), system/I-O (58),
// read-only transaction (25006), serialization and deadlock left after the retries (40001, 40P01).
const PG = /^(08...|53...|57P0[1-4]|58...|25006|40001|40P01)$/;
// SQLite result codes (better-sqlite3 gives the extended name, e.g. SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED).
const SQLITE = /^SQLITE_(READONLY|IOERR|CANTOPEN|FULL|BUSY|LOCKED|PERM|CORRUPT|NOTADB|NOMEM|PROTOCOL)/;

const codeOf = (err: unknown): string => String((err as { code?: unknown } | null)?.code ?? '');

/** Is this a storage failure that a retry later may overcome (503), rather than a bug (500)? */
export function isStorageUnavailable(err: unknown): boolean {
  const code = codeOf(err);
  if (code === GONE || NODE_NET.has(code) || PG.test(code) || SQLITE.test(code)) return true;
  return /timeout exceeded when trying to connect|Connection terminated|store is closed/i.test((err as Error | null)?.message ?? '');
}

/** A short, secret-free description of a storage failure for logs, /healthz and start-up messages. */
export function describeStorageProblem(err: unknown): string {
  const code = codeOf(err);
  if (code === GONE) return 'the database file was deleted or replaced';
  if (/^SQLITE_(READONLY|PERM)/.test(code) || code === '25006') return 'the database is read-only';
  if (code === 'SQLITE_FULL' || code === '53100') return 'the disk is full';
  if (/^SQLITE_(IOERR|CANTOPEN)/.test(code) || /^58/.test(code)) return 'the database cannot be read or written (I/O error)';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || /^53/.test(code)) return 'the database is busy';
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'the database file is damaged or not a database';
  return 'the database is not reachable';
}
