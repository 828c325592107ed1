/** Storage contract shared by the SQLite and PostgreSQL back ends (one test suite runs against both). */

/** One receipt as the collector stores it: the receipt itself plus what the collector observed. */
export interface StoredReceipt {
  /** Insertion order; the subject's chain is checked in this order. */
  seq: number;
  id: string;
  subjectId: string;
  /** The receipt's own `timestamp`, in epoch milliseconds (range filters and export order). */
  tsMs: number;
  /** When the collector stored it, epoch milliseconds. */
  receivedMs: number;
  hash: string;
  prev: string | null;
  /** Why the hash chain is broken at this receipt, or null when it links up. Never "fixed". */
  chainError: string | null;
  /** Canonical JSON of the receipt exactly as received. */
  body: string;
}

/** One purpose decision of a receipt, kept beside it for the stats. */
export interface DecisionRow {
  purposeId: string;
  state: string;
  necessity: string;
  title: string;
}

/** A receipt to insert. */
export interface NewReceipt {
  id: string;
  subjectId: string;
  tsMs: number;
  receivedMs: number;
  hash: string;
  prev: string | null;
  chainError: string | null;
  body: string;
  decisions: DecisionRow[];
}

/** What the store already holds for the receipts of one batch. */
export interface Known {
  /** Stored receipts with the batch's ids: canonical body and chain flag. */
  byId: Map<string, { body: string; chainError: string | null }>;
  /** Each batch subject's latest stored hash (absent: no receipt stored yet). */
  heads: Map<string, string>;
}

/** Range over the receipts' own timestamps, both ends inclusive, epoch ms. */
export interface TimeRange {
  from?: number;
  to?: number;
}

/** Keyset cursor for exports ordered by (timestamp, seq). */
export interface ExportCursor {
  tsMs: number;
  seq: number;
}

export interface StatsCount {
  /** Day number: floor((tsMs + offsetMs) / 86 400 000). */
  day: number;
  purposeId: string;
  necessity: string;
  state: string;
  count: number;
  /** One title seen for the purpose in that group. */
  title: string;
}

export interface StatsResult {
  counts: StatsCount[];
  receipts: number;
  chainBreaks: number;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** A human description without secrets (file path, or host/database). */
  readonly description: string;
  /**
   * One atomic ingest: reads what is known about the batch's ids and subjects, lets `plan` decide
   * (pure, synchronous), then inserts `plan`'s rows in order, all in one transaction that holds the
   * subjects' chain heads stable against concurrent collectors.
   */
  ingest<T>(
    ids: string[],
    subjects: string[],
    plan: (known: Known) => { rows: NewReceipt[]; result: T },
  ): Promise<T>;
  /** Up to `limit` receipts in the range after `cursor`, ordered by (tsMs, seq). */
  exportPage(range: TimeRange, cursor: ExportCursor | null, limit: number): Promise<StoredReceipt[]>;
  /** Up to `limit` of one subject's receipts after `afterSeq`, in chain (seq) order. */
  subjectPage(subjectId: string, afterSeq: number, limit: number): Promise<StoredReceipt[]>;
  /** Decision counts per day, purpose and state in the range. */
  stats(range: TimeRange, offsetMs: number): Promise<StatsResult>;
  /** The applied migration version. */
  schemaVersion(): Promise<number>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
