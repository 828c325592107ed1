/**
 * The consent receipt: one immutable record per decision event, shaped after ISO/IEC TS 27560.
 * Shared contract of the SDK's receipts module and the collector.
 * The JSON Schema for it is `src/receipts/receipt.schema.json` (published as `consentry/receipt.schema.json`).
 */

/** A marketing answer's result: agreed, refused, or an agreement withdrawn. */
export type MarketingOutcome = 'given' | 'refused' | 'withdrawn';

/** Per-purpose state in a receipt (27560 event state / DPV consent status). */
export type ReceiptState = 'given' | 'refused' | 'withdrawn' | 'expired';

export interface ReceiptPurpose {
  id: string;
  version: string;
  necessity: 'required' | 'optional' | 'notice';
  kind: string;
  state: ReceiptState;
  /** Title as shown, in the receipt's locale. */
  title: string;
  /** SHA-256 (hex) of the exact disclosure text shown for this purpose, in the receipt's locale. */
  noticeHash: string;
  /** Marketing channels and their states. */
  channels?: { [channel: string]: 'given' | 'refused' };
  nightTime?: 'given' | 'refused';
  /** ISO 8601: when marketing consent must be reconfirmed (Network Act 50⑧). */
  reconfirmDueAt?: string;
  /** The vendor integrations this purpose lets run (`integrations`), by product name (`Meta Pixel`). */
  vendors?: string[];
}

export interface Receipt {
  /** Schema id and version of this record. */
  schema: 'consentry.receipt/1';
  /** UUID v4; idempotency key everywhere. */
  id: string;
  /** Pseudonymous subject id (random, first-party). */
  subjectId: string;
  /** ISO 8601 UTC with milliseconds. */
  timestamp: string;
  /** How the decision was made. */
  method: 'banner' | 'preferences' | 'form' | 'api' | 'gpc' | 'expiry' | 'guardian' | 'placeholder' | 'notice' | 'opt-out';
  /** BCP 47 tag of the text shown. */
  locale: string;
  controller: { name: string; contact: string; jurisdiction: string };
  policy: { version: string; url: string };
  /** Only the purposes this decision answered. */
  purposes: ReceiptPurpose[];
  /** Global Privacy Control was on. */
  gpc: boolean;
  /**
   * The region the decision was made in, its consent model, and where the region came from (`page`: the
   * site's `data-region` or `region` option, `time-zone`: a guess, `default`: neither). Absent on receipts
   * from before regions.
   */
  region?: { region: string; model: 'opt-in' | 'opt-out' | 'notice'; from: 'page' | 'time-zone' | 'default' };
  /**
   * The processors notice shown beside the consent items (PIPA 26), when the config lists processors:
   * their names and the SHA-256 of `processorsText(config.processors, locale)`.
   */
  processors?: { names: string[]; noticeHash: string };
  /**
   * The result notice of the marketing answers this decision changed (Network Act 50⑦, Enforcement Decree
   * 62-2): sender, when the visitor expressed it, and the result per purpose, channel and night-time.
   */
  marketingResult?: {
    sender: string;
    at: string;
    purposes: { id: string; choice?: MarketingOutcome; channels?: { [channel: string]: MarketingOutcome }; nightTime?: MarketingOutcome }[];
  };
  /**
   * Guardian consent for a child (PIPA 22-2). `verified` (always written by this SDK; absent on receipts
   * from before it): a verification hook confirmed it, false: self-declared. The name and contact only as HMAC-SHA256 under the subject's secret (lower-case hex of
   * the value trimmed and NFC-normalised), on the receipt of the guardian decision itself; later receipts of
   * the child, and one whose page closed before it was journaled, carry no hashes.
   */
  guardian?: { method: string; verified?: boolean; verifiedAt: string; nameHash?: string; contactHash?: string };
  /**
   * On the first receipt of a chain (`prev: null`) only: lower-case hex SHA-256 of the subject's secret, which
   * registers the secret with the collector (the secret itself never leaves the device but in an upload).
   */
  subjectKeyHash?: string;
  sdk: { name: 'consentry'; version: string };
  /** `hash` of this subject's previous receipt, or null for the first. */
  prev: string | null;
  /** SHA-256 (hex) of the canonical serialisation of every other field. */
  hash: string;
}
