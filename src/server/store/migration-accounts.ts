/**
 * Schema version 3: members and what the law asks of them. Written once for both databases (`INT` is
 * INTEGER in SQLite, BIGINT in PostgreSQL). Receipts stay append-only; these tables are derived from
 * them (item rows), or records of their own (links, notices, requests, texts, the webhook queue).
 */
export function accountStatements(dialect: 'sqlite' | 'postgres'): string[] {
  const INT = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return [
    // Subject → account. One proof links one subject (its SHA-256 is unique); a subject belongs to one
    // account. A deletion request removes these rows.
    `CREATE TABLE consentry_links (
      subject_id TEXT PRIMARY KEY,
      account_id TEXT NOT NULL,
      linked_ms ${INT} NOT NULL,
      proof_hash TEXT NOT NULL UNIQUE
    )`,
    `CREATE INDEX consentry_links_account ON consentry_links (account_id)`,
    // The latest event per subject and item (purpose, channel:<id>, night), and per account.
    `CREATE TABLE consentry_subject_items (
      subject_id TEXT NOT NULL,
      purpose_id TEXT NOT NULL,
      item TEXT NOT NULL,
      state TEXT NOT NULL,
      ts_ms ${INT} NOT NULL,
      receipt_id TEXT NOT NULL,
      rev_ms ${INT} NOT NULL,
      rev_state TEXT,
      rev_receipt_id TEXT,
      PRIMARY KEY (subject_id, purpose_id, item)
    )`,
    `CREATE TABLE consentry_account_items (
      account_id TEXT NOT NULL,
      purpose_id TEXT NOT NULL,
      item TEXT NOT NULL,
      state TEXT NOT NULL,
      ts_ms ${INT} NOT NULL,
      receipt_id TEXT NOT NULL,
      subject_id TEXT NOT NULL,
      rev_ms ${INT} NOT NULL,
      rev_state TEXT,
      rev_receipt_id TEXT,
      due_ms ${INT},
      reconfirm_id TEXT,
      PRIMARY KEY (account_id, purpose_id, item)
    )`,
    // The audience query walks this index for one purpose, item and state in account order.
    `CREATE INDEX consentry_account_items_audience ON consentry_account_items (purpose_id, item, state, account_id)`,
    `CREATE INDEX consentry_account_items_due ON consentry_account_items (due_ms, reconfirm_id) WHERE due_ms IS NOT NULL`,
    `CREATE UNIQUE INDEX consentry_account_items_reconfirm ON consentry_account_items (reconfirm_id) WHERE reconfirm_id IS NOT NULL`,
    `CREATE INDEX consentry_account_items_subject ON consentry_account_items (subject_id)`,
    // Result notices (50⑦) as they arise, and reconfirmations (50⑧) once sent.
    `CREATE TABLE consentry_notices (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      account_id TEXT NOT NULL,
      purpose_id TEXT NOT NULL,
      item TEXT NOT NULL,
      state TEXT NOT NULL,
      event_ms ${INT} NOT NULL,
      due_ms ${INT} NOT NULL,
      receipt_id TEXT NOT NULL,
      created_ms ${INT} NOT NULL,
      sent_ms ${INT}
    )`,
    `CREATE INDEX consentry_notices_pending ON consentry_notices (kind, due_ms, id) WHERE sent_ms IS NULL`,
    `CREATE INDEX consentry_notices_account ON consentry_notices (account_id)`,
    `CREATE INDEX consentry_notices_event ON consentry_notices (event_ms)`,
    // Outgoing webhook events: written in the transaction that causes them, delivered later.
    `CREATE TABLE consentry_webhooks (
      id TEXT PRIMARY KEY,
      body TEXT NOT NULL,
      created_ms ${INT} NOT NULL,
      next_ms ${INT} NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      delivered_ms ${INT},
      last_error TEXT
    )`,
    `CREATE INDEX consentry_webhooks_due ON consentry_webhooks (next_ms) WHERE delivered_ms IS NULL`,
    // Rights requests (PIPA 35–37, GDPR 15–21).
    `CREATE TABLE consentry_requests (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      status TEXT NOT NULL,
      account_id TEXT,
      subject_id TEXT,
      contact TEXT NOT NULL,
      message TEXT NOT NULL,
      locale TEXT,
      jurisdiction TEXT NOT NULL,
      received_ms ${INT} NOT NULL,
      due_ms ${INT} NOT NULL,
      digest TEXT NOT NULL,
      answer TEXT,
      answered_ms ${INT},
      closed_ms ${INT},
      erased_ms ${INT}
    )`,
    `CREATE INDEX consentry_requests_status ON consentry_requests (status, due_ms, id)`,
    `CREATE INDEX consentry_requests_account ON consentry_requests (account_id)`,
    // Policy and notice texts, once each, by the SHA-256 receipts refer to.
    `CREATE TABLE consentry_texts (
      hash TEXT PRIMARY KEY,
      text TEXT NOT NULL,
      received_ms ${INT} NOT NULL,
      purpose_id TEXT NOT NULL,
      purpose_version TEXT NOT NULL,
      policy_version TEXT NOT NULL,
      locale TEXT NOT NULL
    )`,
    // What retention leaves of deleted receipts: decision counts per quarter hour (every UTC offset in
    // use is a multiple of 15 minutes, so stats can still place them on days), purpose and state.
    `CREATE TABLE consentry_pruned_counts (
      bucket_ms ${INT} NOT NULL,
      purpose_id TEXT NOT NULL,
      state TEXT NOT NULL,
      n ${INT} NOT NULL,
      PRIMARY KEY (bucket_ms, purpose_id, state)
    )`,
    // When each periodic job last ran (the daily retention run survives restarts).
    `CREATE TABLE consentry_jobs (name TEXT PRIMARY KEY, last_ms ${INT} NOT NULL)`,
  ];
}
