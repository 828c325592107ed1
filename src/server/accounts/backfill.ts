/**
 * Subject state for receipts stored before schema version 3: folded once from the receipts, in
 * pages, the first time a collector of this version opens the database (recorded in consentry_jobs).
 */
import type { Receipt } from '../../receipts/types';
import { SUBJECT_ITEM_COLS, subjectItemValues, toItem, UPSERT_SUBJECT_ITEM, type ItemDbRow } from '../store/rows';
import type { Db } from '../store/sql';
import { ItemSet } from './items';

const JOB = 'backfill-subject-items';
const PAGE = 1000;

export async function backfillSubjectItems(db: Db): Promise<number> {
  const done = await db.all(`SELECT last_ms FROM consentry_jobs WHERE name = ?`, [JOB]);
  if (done.length) return 0;
  let after = 0;
  let folded = 0;
  for (;;) {
    const page = await db.all<{ seq: string | number; subject_id: string; ts_ms: string | number; body: string }>(
      'SELECT seq, subject_id, ts_ms, body FROM consentry_receipts WHERE seq > ? ORDER BY seq LIMIT ?',
      [after, PAGE],
    );
    if (!page.length) break;
    await db.tx(async (q) => {
      const sets = new Map<string, ItemSet>();
      for (const row of page) {
        let set = sets.get(row.subject_id);
        if (!set) {
          const rows = await q.all<ItemDbRow>(`SELECT ${SUBJECT_ITEM_COLS} FROM consentry_subject_items WHERE subject_id = ?`, [
            row.subject_id,
          ]);
          sets.set(row.subject_id, (set = new ItemSet(row.subject_id, rows.map(toItem))));
        }
        set.fold(JSON.parse(row.body) as Receipt, Number(row.ts_ms));
      }
      for (const set of sets.values()) {
        for (const r of set.rows.values()) {
          await q.run(
            `INSERT INTO consentry_subject_items (${SUBJECT_ITEM_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ${UPSERT_SUBJECT_ITEM}`,
            subjectItemValues(r),
          );
        }
      }
    });
    folded += page.length;
    after = Number(page[page.length - 1].seq);
    if (page.length < PAGE) break;
  }
  await db.run(`INSERT INTO consentry_jobs (name, last_ms) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`, [JOB, Date.now()]);
  return folded;
}
