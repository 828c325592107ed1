/**
 * A member's deletion request carried out: the link between the person and the pseudonymous records
 * goes, the proof stays. Removed: the account's links to its subjects, its consent state rows, the
 * guardians' names and contacts stored for those subjects, the webhook events not yet delivered about
 * it, and the result notices not sent yet. Kept: the receipts themselves (pseudonymous: a random subject id, hashes), which prove what was
 * agreed and withdrawn and when, until retention deletes them; the notices sent and the requests made,
 * with the account id replaced by a keyed pseudonym (`erased:` + HMAC-SHA256 under the link secret),
 * so the operator can still show that a notice went out or a request was answered without the
 * collector naming the member.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../store/sql';

export interface EraseReport {
  subjects: number;
  links: number;
  items: number;
  guardians: number;
  notices: number;
  webhooks: number;
  requests: number;
}

export const pseudonym = (key: string, accountId: string) =>
  'erased:' + createHmac('sha256', Buffer.from(key, 'utf8')).update(accountId, 'utf8').digest('hex').slice(0, 32);

export async function eraseAccount(db: Db, accountId: string, key: string): Promise<EraseReport> {
  return db.tx(async (q) => {
    const subjects = (await q.all<{ subject_id: string }>('SELECT subject_id FROM consentry_links WHERE account_id = ?', [accountId])).map(
      (r) => r.subject_id,
    );
    let guardians = 0;
    for (const s of subjects) guardians += await q.run('DELETE FROM consentry_guardians WHERE subject_id = ?', [s]);
    const webhooks =
      (await q.run(
        `DELETE FROM consentry_webhooks WHERE delivered_ms IS NULL AND id IN (SELECT id FROM consentry_notices WHERE account_id = ?)`,
        [accountId],
      )) +
      (await q.run(
        `DELETE FROM consentry_webhooks WHERE delivered_ms IS NULL AND id IN (SELECT reconfirm_id FROM consentry_account_items WHERE account_id = ?)`,
        [accountId],
      ));
    const items = await q.run('DELETE FROM consentry_account_items WHERE account_id = ?', [accountId]);
    const links = await q.run('DELETE FROM consentry_links WHERE account_id = ?', [accountId]);
    // A result notice not sent yet has nobody to go to any more.
    await q.run('DELETE FROM consentry_notices WHERE account_id = ? AND sent_ms IS NULL', [accountId]);
    const alias = pseudonym(key, accountId);
    const notices = await q.run('UPDATE consentry_notices SET account_id = ? WHERE account_id = ?', [alias, accountId]);
    const requests = await q.run('UPDATE consentry_requests SET account_id = ? WHERE account_id = ?', [alias, accountId]);
    return { subjects: subjects.length, links, items, guardians, notices, webhooks, requests };
  });
}
