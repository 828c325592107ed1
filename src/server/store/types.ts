/** Storage contract shared by the SQLite and PostgreSQL back ends (one test suite runs against both). */
import type { ItemRow } from '../accounts/items';
import type { WebhookRow } from '../accounts/plan';
import type { NoticeRow } from '../notices/shape';
import type { Db } from './sql';

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
export interface NewReceipt extends Omit<StoredReceipt, 'seq'> {
  decisions: DecisionRow[];
}

/** A subject's registration: the SHA-256 (hex) of its secret, given by its chain's first receipt. */
export interface SubjectKey {
  subjectId: string;
  keyHash: string;
  registeredMs: number;
}

/**
 * A guardian's name and contact as a subject's receipt vouched for them (admin-only table). The
 * HMACs use the collector's own secret (`CONSENTRY_HASH_SECRET`), for lookups without the plaintext.
 */
export interface GuardianRow {
  receiptId: string;
  subjectId: string;
  name: string;
  contact: string;
  nameHmac: string;
  contactHmac: string;
  receivedMs: number;
}

/** The head of a subject's stored chain: its latest receipt (by insertion order). */
export interface ChainHead {
  hash: string;
  /** That receipt's own timestamp, epoch ms: the next one must be later. */
  tsMs: number;
}

/** A subject bound to an account by a verified member proof. */
export interface LinkRow {
  subjectId: string;
  accountId: string;
  linkedMs: number;
  /** SHA-256 of the proof token (unique: one proof links one subject). */
  proofHash: string;
}

/** A policy or notice text, stored once under its SHA-256, with the first receipt purpose that showed it. */
export interface TextRow {
  hash: string;
  text: string;
  receivedMs: number;
  purposeId: string;
  purposeVersion: string;
  policyVersion: string;
  locale: string;
}

/** What the store already holds for the receipts of one batch. */
export interface Known {
  /** Stored receipts with the batch's ids: canonical body and chain flag. */
  byId: Map<string, { body: string; chainError: string | null }>;
  /** Each batch subject's chain head (absent: no receipt stored yet). */
  heads: Map<string, ChainHead>;
  /** Each batch subject's registered key hash (absent: not registered; with a head too, a chain from before keys). */
  keys: Map<string, string>;
  /** The batch subjects' accounts (absent: not linked). */
  links: Map<string, string>;
  /** Proof hashes of the batch already used: hash → the subject it linked. */
  proofs: Map<string, string>;
  /** The batch subjects' item rows. */
  subjectItems: Map<string, ItemRow[]>;
  /** Item rows of every account concerned (linked subjects' accounts and the proofs' accounts). */
  accountItems: Map<string, ItemRow[]>;
}

/** What the ingest must read besides ids and subjects. */
export interface IngestScope {
  /** Proof hashes in the upload's links. */
  proofHashes: string[];
  /** Accounts named by the upload's valid proofs. */
  accounts: string[];
}

/** What one ingest writes: receipts in order, subjects they register, guardian details they vouch for, and what they change. */
export interface IngestPlan<T> {
  rows: NewReceipt[];
  subjects?: SubjectKey[];
  guardians?: GuardianRow[];
  links?: LinkRow[];
  subjectItems?: ItemRow[];
  accountItems?: ItemRow[];
  notices?: NoticeRow[];
  webhooks?: WebhookRow[];
  texts?: TextRow[];
  result: T;
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
  state: string;
  count: number;
}

/** Which purposes a stats query details: bounded, whatever the table holds. */
export interface StatsSelection {
  /** At most this many purposes in all (the `include` ones count towards it, and are always detailed). */
  top: number;
  /** Ids detailed first when they have answers in the range (the site config's purposes). */
  include: string[];
}

export interface StatsResult {
  /**
   * The detailed purposes with their number of decisions in the range: the `include` ids that have
   * answers, then the most answered other ids (most first, then by id), `selection.top` in all at most.
   */
  ranked: { purposeId: string; count: number }[];
  /** Distinct purposes with answers in the range (detailed or not). */
  purposeCount: number;
  /** Day counts of the detailed purposes. */
  counts: StatsCount[];
  /** Per detailed purpose: one title and necessity its receipts carried (sent by clients, unverified). */
  labels: { purposeId: string; title: string; necessity: string }[];
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
  ingest<T>(ids: string[], subjects: string[], plan: (known: Known) => IngestPlan<T>, scope?: IngestScope): Promise<T>;
  /** The same database for the features outside ingest (accounts, notices, requests, retention). */
  readonly db: Db;
  /** Up to `limit` receipts in the range after `cursor`, ordered by (tsMs, seq). */
  exportPage(range: TimeRange, cursor: ExportCursor | null, limit: number): Promise<StoredReceipt[]>;
  /** Up to `limit` of one subject's receipts after `afterSeq`, in chain (seq) order. */
  subjectPage(subjectId: string, afterSeq: number, limit: number): Promise<StoredReceipt[]>;
  /**
   * Decision counts per day, purpose and state in the range, for a bounded set of purposes: the
   * `selection.include` ids and the `selection.top` most answered ones. The work done and the answer's
   * size depend on that bound, not on how many purpose ids clients have invented.
   */
  stats(range: TimeRange, offsetMs: number, selection: StatsSelection): Promise<StatsResult>;
  /** A subject's registered key hash, or null (unknown, or a chain stored before subject keys). */
  subjectKey(subjectId: string): Promise<string | null>;
  /** Guardian details (admin only), newest first, at most `limit`. */
  guardians(query: { receiptId?: string; subjectId?: string; contactHmac?: string }, limit: number): Promise<GuardianRow[]>;
  /** The applied migration version. */
  schemaVersion(): Promise<number>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  /**
   * Proves the database takes writes: commits a one-row update (the table never grows). Throws a
   * storage error (read-only, I/O, file gone, unreachable) otherwise.
   */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}
