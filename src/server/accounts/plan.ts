/**
 * What a stored batch changes beyond its receipts, decided in memory inside the ingest transaction:
 * each subject's item rows, the rows of the accounts its subjects are linked to (a new link folds the
 * subject's whole state in), and the Network Act result notices (and webhook events) that a change of
 * a member's advertising consent causes. Pure: the store reads what it needs first and writes the rows
 * this returns.
 */
import type { Receipt } from '../../receipts/types';
import { addYears } from './calendar';
import { effective, ItemSet, PURPOSE_ITEM, type ItemRow } from './items';
import { reconfirmNoticeId, RECONFIRM_YEARS, resultDeadline, resultJson, resultNoticeId, type NoticeRow } from '../notices/shape';

export interface WebhookRow {
  id: string;
  body: string;
  createdMs: number;
}

export interface AccountPlanInput {
  /** Receipts this batch stores, in order, with their timestamps. */
  stored: { receipt: Receipt; tsMs: number }[];
  /** Subject → account, as stored before this batch. */
  links: Map<string, string>;
  /** Links this batch makes (subject → account). */
  newLinks: Map<string, string>;
  subjectItems: Map<string, ItemRow[]>;
  accountItems: Map<string, ItemRow[]>;
  nowMs: number;
  /** Queue webhook events for new result notices. */
  webhooks: boolean;
}

export interface AccountPlan {
  subjectItems: ItemRow[];
  accountItems: ItemRow[];
  notices: NoticeRow[];
  webhooks: WebhookRow[];
}

const FIELDS = ['state', 'tsMs', 'receiptId', 'subjectId', 'revMs', 'revState', 'revReceiptId', 'dueMs', 'reconfirmId'] as const;
const same = (a: ItemRow | undefined, b: ItemRow) => !!a && FIELDS.every((f) => a[f] === b[f]);

/** Sets each channel row's reconfirmation due date: two years from its consent, while it is in force. */
function schedule(set: ItemSet, before: ItemSet): void {
  for (const row of set.rows.values()) {
    if (!row.item.startsWith('channel:')) continue;
    const now = effective(set, row);
    if (now.state !== 'given') {
      row.dueMs = null;
      row.reconfirmId = null;
      continue;
    }
    const old = before.get(row.purposeId, row.item);
    // The same consent as before keeps its schedule (it may have been advanced by a notice sent).
    if (old && old.dueMs !== null && old.tsMs === row.tsMs && old.receiptId === row.receiptId) continue;
    row.dueMs = addYears(row.tsMs, RECONFIRM_YEARS);
    row.reconfirmId = reconfirmNoticeId(set.owner, row.purposeId, row.item, row.dueMs);
  }
}

export function planAccounts(input: AccountPlanInput): AccountPlan {
  const { nowMs } = input;
  const subjects = new Map<string, ItemSet>();
  const subjectSet = (id: string) => {
    let s = subjects.get(id);
    if (!s) subjects.set(id, (s = new ItemSet(id, input.subjectItems.get(id) ?? [])));
    return s;
  };
  const touched = new Set<string>();
  for (const { receipt, tsMs } of input.stored) {
    subjectSet(receipt.subjectId).fold(receipt, tsMs);
    touched.add(receipt.subjectId);
  }
  for (const s of input.newLinks.keys()) touched.add(s);

  const out: AccountPlan = { subjectItems: [], accountItems: [], notices: [], webhooks: [] };
  for (const [id, set] of subjects) {
    const before = new Map((input.subjectItems.get(id) ?? []).map((r) => [`${r.purposeId}\u0000${r.item}`, r]));
    for (const [k, row] of set.rows) if (!same(before.get(k), row)) out.subjectItems.push({ ...row });
  }

  // Each account once, with every touched subject of it merged in.
  const byAccount = new Map<string, string[]>();
  for (const s of touched) {
    const account = input.links.get(s) ?? input.newLinks.get(s);
    if (!account) continue;
    if (!byAccount.has(account)) byAccount.set(account, []);
    byAccount.get(account)!.push(s);
  }
  for (const [account, members] of byAccount) {
    const known = input.accountItems.get(account) ?? [];
    const before = new ItemSet(account, known);
    const after = new ItemSet(account, known);
    for (const s of members) for (const row of subjectSet(s).rows.values()) after.merge(row);
    schedule(after, before);
    for (const [k, row] of after.rows) if (!same(before.rows.get(k), row)) out.accountItems.push({ ...row });

    // Network Act 50⑦: every change of a member's advertising consent (a channel or night-time) is
    // answered with its result; the notice points at the receipt that made the change.
    for (const row of after.rows.values()) {
      if (row.item === PURPOSE_ITEM) continue;
      const now = effective(after, row);
      const old = before.get(row.purposeId, row.item);
      const was = old ? effective(before, old) : null;
      if (was && was.state === now.state) continue;
      const notice: NoticeRow = {
        id: resultNoticeId(account, now.receiptId, row.purposeId, row.item),
        kind: 'result',
        accountId: account,
        purposeId: row.purposeId,
        item: row.item,
        state: now.state,
        eventMs: now.tsMs,
        dueMs: resultDeadline(now.tsMs),
        receiptId: now.receiptId,
        createdMs: nowMs,
        sentMs: null,
      };
      out.notices.push(notice);
      if (input.webhooks) {
        out.webhooks.push({
          id: notice.id,
          body: JSON.stringify({
            id: notice.id,
            type: 'notice.result',
            createdAt: new Date(nowMs).toISOString(),
            notice: resultJson(notice, nowMs),
          }),
          createdMs: nowMs,
        });
      }
    }
  }
  return out;
}
