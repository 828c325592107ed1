/** The consent state of an account as `GET /v1/accounts/:id/consent` shows it. */
import { channelOf, effective, ItemSet, NIGHT_ITEM, PURPOSE_ITEM, type ItemRow } from './items';

export interface StateEntry {
  state: string;
  /** When the member decided it (the receipt's timestamp). */
  at: string;
  /** The receipt that proves it. */
  receiptId: string;
}

export interface ChannelEntry extends StateEntry {
  /** While the consent is in force: when the next reconfirmation notice is due (Network Act 50⑧). */
  reconfirmDueAt?: string;
}

export interface PurposeEntry extends StateEntry {
  id: string;
  channels?: { [channel: string]: ChannelEntry };
  nightTime?: StateEntry;
  /** Every receipt the entries above rest on. */
  receipts: string[];
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Purposes in the order of the rows (grouped by purpose), each with its channels and night-time. */
export function purposeEntries(accountId: string, rows: ItemRow[]): PurposeEntry[] {
  const set = new ItemSet(accountId, rows);
  const out = new Map<string, PurposeEntry>();
  for (const row of rows) {
    const e = effective(set, row);
    const entry: StateEntry = { state: e.state, at: iso(e.tsMs), receiptId: e.receiptId };
    let p = out.get(row.purposeId);
    if (!p) {
      p = { id: row.purposeId, state: 'unknown', at: '', receiptId: '', receipts: [] };
      out.set(row.purposeId, p);
    }
    if (!p.receipts.includes(e.receiptId)) p.receipts.push(e.receiptId);
    if (row.item === PURPOSE_ITEM) Object.assign(p, entry);
    else if (row.item === NIGHT_ITEM) p.nightTime = entry;
    else {
      const channel = channelOf(row.item)!;
      p.channels = { ...p.channels, [channel]: { ...entry, ...(row.dueMs !== null ? { reconfirmDueAt: iso(row.dueMs) } : {}) } };
    }
  }
  // Keys in a stable order: id first, as documented.
  return [...out.values()].map(({ id, state, at, receiptId, channels, nightTime, receipts }) => ({
    id,
    state,
    at,
    receiptId,
    ...(channels ? { channels } : {}),
    ...(nightTime ? { nightTime } : {}),
    receipts,
  }));
}
