/**
 * Versioned schema migrations, one list per dialect. Append new versions; never edit an applied one.
 * `consentry_migrations` records what ran. Receipts are append-only: a trigger refuses UPDATE of a
 * stored receipt, so even a bug in the collector cannot rewrite evidence. (DELETE stays possible for
 * retention purges, which are an operator's deliberate act outside the collector.)
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'receipts and decisions',
    statements: [
      `CREATE TABLE consentry_receipts (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        subject_id TEXT NOT NULL,
        ts_ms INTEGER NOT NULL,
        received_ms INTEGER NOT NULL,
        hash TEXT NOT NULL,
        prev TEXT,
        chain_error TEXT,
        body TEXT NOT NULL
      )`,
      `CREATE INDEX consentry_receipts_subject ON consentry_receipts (subject_id, seq)`,
      `CREATE INDEX consentry_receipts_ts ON consentry_receipts (ts_ms, seq)`,
      `CREATE TABLE consentry_decisions (
        receipt_id TEXT NOT NULL REFERENCES consentry_receipts (id),
        purpose_id TEXT NOT NULL,
        necessity TEXT NOT NULL,
        state TEXT NOT NULL,
        ts_ms INTEGER NOT NULL,
        title TEXT NOT NULL
      )`,
      `CREATE INDEX consentry_decisions_ts ON consentry_decisions (ts_ms)`,
      `CREATE TRIGGER consentry_receipts_append_only BEFORE UPDATE ON consentry_receipts
        BEGIN SELECT RAISE(ABORT, 'consentry receipts are append-only'); END`,
      `CREATE TRIGGER consentry_decisions_append_only BEFORE UPDATE ON consentry_decisions
        BEGIN SELECT RAISE(ABORT, 'consentry receipts are append-only'); END`,
    ],
  },
];

export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'receipts and decisions',
    statements: [
      `CREATE TABLE consentry_receipts (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        subject_id TEXT NOT NULL,
        ts_ms BIGINT NOT NULL,
        received_ms BIGINT NOT NULL,
        hash TEXT NOT NULL,
        prev TEXT,
        chain_error TEXT,
        body TEXT NOT NULL
      )`,
      `CREATE INDEX consentry_receipts_subject ON consentry_receipts (subject_id, seq)`,
      `CREATE INDEX consentry_receipts_ts ON consentry_receipts (ts_ms, seq)`,
      `CREATE TABLE consentry_decisions (
        receipt_id TEXT NOT NULL REFERENCES consentry_receipts (id),
        purpose_id TEXT NOT NULL,
        necessity TEXT NOT NULL,
        state TEXT NOT NULL,
        ts_ms BIGINT NOT NULL,
        title TEXT NOT NULL
      )`,
      `CREATE INDEX consentry_decisions_ts ON consentry_decisions (ts_ms)`,
      `CREATE FUNCTION consentry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'consentry receipts are append-only'; END $$`,
      `CREATE TRIGGER consentry_receipts_append_only BEFORE UPDATE ON consentry_receipts
        FOR EACH ROW EXECUTE FUNCTION consentry_append_only()`,
      `CREATE TRIGGER consentry_decisions_append_only BEFORE UPDATE ON consentry_decisions
        FOR EACH ROW EXECUTE FUNCTION consentry_append_only()`,
    ],
  },
];

/** Thrown when the database was migrated by a newer collector than this one. */
export function newerSchemaError(found: number, known: number): Error {
  return new Error(
    `consentry collector: the database schema is at version ${found}, newer than this collector knows (${known}). ` +
      'Upgrade consentry before pointing it at this database.',
  );
}
