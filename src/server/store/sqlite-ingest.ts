import type BetterSqlite3 from 'better-sqlite3';
import * as common from './rows';
import { valuesList } from './sql';
import type { IngestPlan, IngestScope, Known } from './types';

/** The ingest plan a batch is checked and written by (see `Store.ingest`). */
export type Plan = (k: Known) => IngestPlan<unknown>;

/**
 * One batch's write, as a SQLite transaction: reads what the plan needs to know (the receipts already
 * stored, each subject's chain head, key, link and items, the proofs and accounts in scope), asks the
 * plan, then writes every row it returns. Run inside the group commit (`sqliteConnection`),
 * where it becomes a savepoint.
 */
export function ingestTransaction(
  db: BetterSqlite3.Database,
): BetterSqlite3.Transaction<(ids: string[], subjects: string[], plan: Plan, scope: IngestScope) => unknown> {
  const byId = db.prepare('SELECT body, chain_error FROM consentry_receipts WHERE id = ?');
  const head = db.prepare('SELECT hash, ts_ms FROM consentry_receipts WHERE subject_id = ? ORDER BY seq DESC LIMIT 1');
  const keyOf = db.prepare('SELECT key_hash FROM consentry_subjects WHERE subject_id = ?');
  const insertSubject = db.prepare('INSERT INTO consentry_subjects (subject_id, key_hash, registered_ms) VALUES (?, ?, ?)');
  const insertGuardian = db.prepare(
    `INSERT INTO consentry_guardians (receipt_id, subject_id, name, contact, name_hmac, contact_hmac, received_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReceipt = db.prepare(
    `INSERT INTO consentry_receipts (id, subject_id, ts_ms, received_ms, hash, prev, chain_error, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDecision = db.prepare(
    'INSERT INTO consentry_decisions (receipt_id, purpose_id, necessity, state, ts_ms, title) VALUES (?, ?, ?, ?, ?, ?)',
  );
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

  return db.transaction((ids: string[], subjects: string[], plan: Plan, scope: IngestScope) => {
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
}
