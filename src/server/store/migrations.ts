/**
 * Versioned schema migrations, one list per dialect. Append new versions; never edit an applied one.
 * `consentry_migrations` records what ran. Receipts are append-only: a trigger refuses UPDATE of a
 * stored receipt, so even a bug in the collector cannot rewrite evidence. (DELETE stays possible: the
 * retention job removes receipts whose retention period has passed.)
 */
import { accountStatements } from './migration-accounts';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** The version 1 tables both dialects share; `seq` is the dialect's auto-increment key, `ms` its type for epoch milliseconds. */
const receiptTables = (seq: string, ms: 'INTEGER' | 'BIGINT'): string[] => [
  `CREATE TABLE consentry_receipts (
        seq ${seq},
        id TEXT NOT NULL UNIQUE,
        subject_id TEXT NOT NULL,
        ts_ms ${ms} NOT NULL,
        received_ms ${ms} NOT NULL,
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
        ts_ms ${ms} NOT NULL,
        title TEXT NOT NULL
      )`,
  `CREATE INDEX consentry_decisions_ts ON consentry_decisions (ts_ms)`,
];

/**
 * Version 2's subject keys: one row per registered subject, the SHA-256 of its secret, never the secret. Never
 * updated (each dialect adds its own trigger): a key, once registered by a chain's first receipt, is the only one
 * that can extend the chain. `ms` is the dialect's type for epoch milliseconds.
 */
const subjectsTable = (ms: 'INTEGER' | 'BIGINT'): string =>
  `CREATE TABLE consentry_subjects (
        subject_id TEXT PRIMARY KEY,
        key_hash TEXT NOT NULL,
        registered_ms ${ms} NOT NULL
      )`;

/** The version 2 tables both dialects share; `ms` is the dialect's type for epoch milliseconds. */
const guardiansAndHealth = (ms: 'INTEGER' | 'BIGINT'): string[] => [
  // Guardians' names and contacts (personal data): admin-only, never in a public answer.
  `CREATE TABLE consentry_guardians (
        receipt_id TEXT PRIMARY KEY REFERENCES consentry_receipts (id),
        subject_id TEXT NOT NULL,
        name TEXT NOT NULL,
        contact TEXT NOT NULL,
        name_hmac TEXT NOT NULL,
        contact_hmac TEXT NOT NULL,
        received_ms ${ms} NOT NULL
      )`,
  `CREATE INDEX consentry_guardians_contact ON consentry_guardians (contact_hmac)`,
  `CREATE INDEX consentry_guardians_subject ON consentry_guardians (subject_id)`,
  // /healthz commits an update of this single row: proof of a write that never grows the file.
  `CREATE TABLE consentry_health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_ms ${ms} NOT NULL)`,
  `INSERT INTO consentry_health (id, checked_ms) VALUES (1, 0)`,
  `CREATE INDEX consentry_decisions_purpose ON consentry_decisions (purpose_id, ts_ms)`,
];

export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'receipts and decisions',
    statements: [
      ...receiptTables('INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER'),
      `CREATE TRIGGER consentry_receipts_append_only BEFORE UPDATE ON consentry_receipts
        BEGIN SELECT RAISE(ABORT, 'consentry receipts are append-only'); END`,
      `CREATE TRIGGER consentry_decisions_append_only BEFORE UPDATE ON consentry_decisions
        BEGIN SELECT RAISE(ABORT, 'consentry receipts are append-only'); END`,
    ],
  },
  {
    version: 2,
    name: 'subject keys, guardian details, health probe',
    statements: [
      subjectsTable('INTEGER'),
      `CREATE TRIGGER consentry_subjects_append_only BEFORE UPDATE ON consentry_subjects
        BEGIN SELECT RAISE(ABORT, 'consentry subject keys are never changed'); END`,
      ...guardiansAndHealth('INTEGER'),
    ],
  },
  { version: 3, name: 'accounts, notices, requests, texts, retention', statements: accountStatements('sqlite') },
];

export const postgresMigrations: Migration[] = [
  {
    version: 1,
    name: 'receipts and decisions',
    statements: [
      ...receiptTables('BIGSERIAL PRIMARY KEY', 'BIGINT'),
      `CREATE FUNCTION consentry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'consentry receipts are append-only'; END $$`,
      `CREATE TRIGGER consentry_receipts_append_only BEFORE UPDATE ON consentry_receipts
        FOR EACH ROW EXECUTE FUNCTION consentry_append_only()`,
      `CREATE TRIGGER consentry_decisions_append_only BEFORE UPDATE ON consentry_decisions
        FOR EACH ROW EXECUTE FUNCTION consentry_append_only()`,
    ],
  },
  {
    version: 2,
    name: 'subject keys, guardian details, health probe',
    statements: [
      subjectsTable('BIGINT'),
      `CREATE FUNCTION consentry_keys_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'consentry subject keys are never changed'; END $$`,
      `CREATE TRIGGER consentry_subjects_append_only BEFORE UPDATE ON consentry_subjects
        FOR EACH ROW EXECUTE FUNCTION consentry_keys_fixed()`,
      ...guardiansAndHealth('BIGINT'),
    ],
  },
  { version: 3, name: 'accounts, notices, requests, texts, retention', statements: accountStatements('postgres') },
];

/** Thrown when the database was migrated by a newer collector than this one. */
export function newerSchemaError(found: number, known: number): Error {
  return new Error(
    `consentry collector: the database schema is at version ${found}, newer than this collector knows (${known}). ` +
      'Upgrade consentry before pointing it at this database.',
  );
}
