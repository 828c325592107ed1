/**
 * A small SQL surface shared by both databases, for the features outside the ingest hot path
 * (accounts, notices, requests, texts, retention, the webhook queue): statements are written once
 * with `?` placeholders (numbered `$n` for PostgreSQL), always parameterised.
 */
export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  /** Rows of a query (also of `… RETURNING`). PostgreSQL BIGINT and counts arrive as strings: use Number(). */
  all<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

export interface Db extends Sql {
  /** Runs `fn` in one transaction (serialised with every other write on SQLite). */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` only if no other collector runs the job `name` right now (PostgreSQL: a session advisory
   * lock; SQLite: one process per file, so always). Resolves to undefined when another one holds it.
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T | undefined>;
}

/** `?` → `$1, $2, …` (the statements of this codebase have no `?` inside literals). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** `(?, ?), (?, ?)` for `rows` rows of `width` values. */
export function valuesList(rows: number, width: number): string {
  const one = '(' + Array(width).fill('?').join(', ') + ')';
  return Array(rows).fill(one).join(', ');
}
