/**
 * Consent state as items: one row per (owner, purpose, item), where the owner is a subject (one
 * browser's chain) or an account (every subject linked to it). An item is the purpose itself (`''`),
 * one of its marketing channels (`channel:<id>`) or its night-time consent (`night`). Each row keeps
 * the latest event (state, time, receipt); a purpose row also keeps its latest refusal, withdrawal or
 * expiry (`rev*`), which voids every channel and night-time consent given before it.
 *
 * Merging keeps the later of two events, so it is commutative and idempotent: folding receipts in any
 * order, or a subject's rows into its account's at any time (a link made late), gives the same state.
 */
import type { Receipt } from '../../receipts/types';

export type ItemState = 'given' | 'refused' | 'withdrawn' | 'expired';

export interface ItemRow {
  /** Subject id or account id. */
  owner: string;
  purposeId: string;
  /** `''`, `channel:<id>` or `night`. */
  item: string;
  state: ItemState;
  tsMs: number;
  receiptId: string;
  /** The subject whose receipt set this event (accounts only; for subjects, the owner). */
  subjectId: string;
  /** Purpose rows: the latest non-given event (0 / null when none). */
  revMs: number;
  revState: ItemState | null;
  revReceiptId: string | null;
  /** Account channel rows whose consent is in force: when its reconfirmation is due (Network Act 50⑧). */
  dueMs: number | null;
  /** Id of that reconfirmation notice. */
  reconfirmId: string | null;
}

export const PURPOSE_ITEM = '';
export const NIGHT_ITEM = 'night';
export const channelItem = (channel: string) => `channel:${channel}`;
export const channelOf = (item: string): string | null => (item.startsWith('channel:') ? item.slice(8) : null);

const later = (a: { tsMs: number; receiptId: string }, b: { tsMs: number; receiptId: string }) =>
  a.tsMs > b.tsMs || (a.tsMs === b.tsMs && a.receiptId > b.receiptId);

const keyOf = (purposeId: string, item: string) => `${purposeId}\u0000${item}`;

/** The rows of one owner, by purpose and item. */
export class ItemSet {
  readonly rows = new Map<string, ItemRow>();
  constructor(
    readonly owner: string,
    rows: Iterable<ItemRow> = [],
  ) {
    for (const r of rows) this.rows.set(keyOf(r.purposeId, r.item), { ...r, owner });
  }

  get(purposeId: string, item: string): ItemRow | undefined {
    return this.rows.get(keyOf(purposeId, item));
  }

  /** Applies one event (the later one wins) and, on a purpose, its refusal/withdrawal/expiry. */
  apply(e: { purposeId: string; item: string; state: ItemState; tsMs: number; receiptId: string; subjectId: string }): void {
    const k = keyOf(e.purposeId, e.item);
    let row = this.rows.get(k);
    if (!row) {
      row = { owner: this.owner, ...e, revMs: 0, revState: null, revReceiptId: null, dueMs: null, reconfirmId: null };
      this.rows.set(k, row);
    } else if (later(e, row)) {
      Object.assign(row, { state: e.state, tsMs: e.tsMs, receiptId: e.receiptId, subjectId: e.subjectId });
    }
    if (e.item === PURPOSE_ITEM && e.state !== 'given' && e.tsMs > row.revMs) {
      Object.assign(row, { revMs: e.tsMs, revState: e.state, revReceiptId: e.receiptId });
    }
  }

  /** Merges another owner's row (a linked subject's) into this set. */
  merge(r: ItemRow): void {
    this.apply({ purposeId: r.purposeId, item: r.item, state: r.state, tsMs: r.tsMs, receiptId: r.receiptId, subjectId: r.subjectId });
    const row = this.get(r.purposeId, r.item)!;
    if (r.item === PURPOSE_ITEM && r.revState && r.revMs > row.revMs) {
      Object.assign(row, { revMs: r.revMs, revState: r.revState, revReceiptId: r.revReceiptId });
    }
  }

  /** Folds one stored receipt into the set. */
  fold(r: Receipt, tsMs: number): void {
    for (const p of r.purposes) {
      const base = { purposeId: p.id, tsMs, receiptId: r.id, subjectId: r.subjectId };
      this.apply({ ...base, item: PURPOSE_ITEM, state: p.state });
      // A channel or night-time answer counts only with the purpose given in the same receipt.
      for (const [channel, s] of Object.entries(p.channels ?? {})) {
        this.apply({ ...base, item: channelItem(channel), state: p.state === 'given' ? s : p.state });
      }
      if (p.nightTime) this.apply({ ...base, item: NIGHT_ITEM, state: p.state === 'given' ? p.nightTime : p.state });
    }
  }
}

/** What an item means now: its own event, unless a later refusal/withdrawal of its purpose voids it. */
export interface Effective {
  state: ItemState;
  tsMs: number;
  receiptId: string;
}

/** The state in force of a channel or night-time item (or of a purpose: its own latest event). */
export function effective(set: ItemSet, row: ItemRow): Effective {
  if (row.item === PURPOSE_ITEM) return { state: row.state, tsMs: row.tsMs, receiptId: row.receiptId };
  const purpose = set.get(row.purposeId, PURPOSE_ITEM);
  if (row.state === 'given' && purpose?.revState && purpose.revMs >= row.tsMs) {
    return { state: purpose.revState, tsMs: purpose.revMs, receiptId: purpose.revReceiptId! };
  }
  return { state: row.state, tsMs: row.tsMs, receiptId: row.receiptId };
}
