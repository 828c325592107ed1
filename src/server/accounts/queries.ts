/** Reads of the accounts' consent state (shared SQL, both databases). */
import { ACCOUNT_ITEM_COLS, toItem, type ItemDbRow } from '../store/rows';
import type { Sql } from '../store/sql';
import { channelItem, NIGHT_ITEM, PURPOSE_ITEM, type ItemRow } from './items';

/** The account's item rows for up to `limit` purposes after `afterPurpose`, in purpose order. */
export async function accountItemsPage(db: Sql, accountId: string, afterPurpose: string, limit: number): Promise<ItemRow[]> {
  const purposes = await db.all<{ purpose_id: string }>(
    `SELECT DISTINCT purpose_id FROM consentry_account_items WHERE account_id = ? AND purpose_id > ? ORDER BY purpose_id LIMIT ?`,
    [accountId, afterPurpose, limit],
  );
  if (!purposes.length) return [];
  const last = purposes[purposes.length - 1].purpose_id;
  const rows = await db.all<ItemDbRow>(
    `SELECT ${ACCOUNT_ITEM_COLS} FROM consentry_account_items WHERE account_id = ? AND purpose_id > ? AND purpose_id <= ?
     ORDER BY purpose_id, item`,
    [accountId, afterPurpose, last],
  );
  return rows.map(toItem);
}

/** The subjects linked to an account. */
export async function linkedSubjects(db: Sql, accountId: string): Promise<string[]> {
  const rows = await db.all<{ subject_id: string }>('SELECT subject_id FROM consentry_links WHERE account_id = ? ORDER BY subject_id', [
    accountId,
  ]);
  return rows.map((r) => r.subject_id);
}

/**
 * Accounts whose consent to `purpose` and to `channel` is in force (and, when `night`, to night-time
 * sending), after `after` in account order. Walks the audience index from the channel's `given` rows
 * and checks the purpose (and night-time) row of each by primary key: a consent given before the
 * purpose's latest refusal or withdrawal does not count.
 */
export async function audiencePage(
  db: Sql,
  q: { purpose: string; channel: string; night: boolean; after: string; limit: number },
): Promise<string[]> {
  const night = q.night
    ? `AND EXISTS (SELECT 1 FROM consentry_account_items n WHERE n.account_id = c.account_id AND n.purpose_id = c.purpose_id
         AND n.item = ? AND n.state = 'given' AND n.ts_ms > p.rev_ms)`
    : '';
  const rows = await db.all<{ account_id: string }>(
    `SELECT c.account_id FROM consentry_account_items c
     JOIN consentry_account_items p ON p.account_id = c.account_id AND p.purpose_id = c.purpose_id AND p.item = ?
     WHERE c.purpose_id = ? AND c.item = ? AND c.state = 'given' AND c.account_id > ?
       AND p.state = 'given' AND c.ts_ms > p.rev_ms ${night}
     ORDER BY c.account_id LIMIT ?`,
    [PURPOSE_ITEM, q.purpose, channelItem(q.channel), q.after, ...(q.night ? [NIGHT_ITEM] : []), q.limit],
  );
  return rows.map((r) => r.account_id);
}
