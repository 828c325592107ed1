import { backfillSubjectItems } from '../accounts/backfill';
import type { Importer } from '../optional-packages';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

/** Where a database URL points: a SQLite file (or `:memory:`) or a PostgreSQL server. */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/**
 * Reads a `DATABASE_URL`: `postgres://…` / `postgresql://…` is PostgreSQL; `sqlite:<path>`,
 * `sqlite://<path>`, `sqlite:///abs/path` or a plain file path is SQLite. Anything else is refused
 * rather than guessed (a typo must not silently create a stray file).
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  const url = databaseUrl.trim();
  if (!url) throw new Error('consentry collector: the database URL is empty');
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  if (/^sqlite:/i.test(url)) {
    let path = url.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2);
    if (!path) throw new Error(`consentry collector: no file path in database URL "${databaseUrl}"`);
    return { kind: 'sqlite', path };
  }
  if (/^file:\/\//i.test(url)) return { kind: 'sqlite', path: decodeURIComponent(new URL(url).pathname) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(
      `consentry collector: unsupported database URL "${url.replace(/\/\/[^@/]*@/, '//…@')}"; ` +
        'use a file path or sqlite:<path> for SQLite, or postgres://user:password@host/db for PostgreSQL',
    );
  }
  return { kind: 'sqlite', path: url };
}

export interface OpenStoreOptions {
  /** PostgreSQL pool size per collector process (default 10). */
  poolSize?: number;
  importer?: Importer;
}

/** Opens (and migrates) the storage a database URL points at. */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl);
  const store =
    target.kind === 'postgres' ? await openPostgresStore(target.url, options) : await openSqliteStore(target.path, options.importer);
  try {
    // Two collectors starting together on one PostgreSQL: one folds, the other finds it done (or folds
    // the same rows again: the fold is idempotent).
    await store.db.exclusive('backfill', () => backfillSubjectItems(store.db));
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
