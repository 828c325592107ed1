/**
 * `consentry/receipts`: provable consent. One hash-chained receipt per decision (ISO/IEC TS 27560 shaped),
 * a journal + outbox in IndexedDB with lossless delivery to a collector, and exports as Kantara Consent
 * Receipt v1.1 and ISO 27560 / W3C DPV JSON-LD.
 */
import type { Consent } from '../core/types';
import { createReceipts as create, type Receipts, type ReceiptsOptions } from './create';
import { exportReceipts } from './export';
import { validateReceiptsConfig } from './options';

export type { Receipts, ReceiptsOptions, RecordSummary, ReceiptEvents, Exporter, LinkOutcome } from './create';

/**
 * Consent receipts for a consent instance: one hash-chained receipt per `decision` event, journaled in
 * IndexedDB before the decision completes, delivered to `endpoint` in batches (retry with backoff, one
 * flusher across tabs, keepalive on page hide), exportable as Kantara v1.1 and ISO 27560 / DPV JSON-LD.
 *
 * ```ts
 * const consent = createConsent(config);
 * const receipts = createReceipts(consent, { endpoint: '/v1/receipts' });
 * await consent.agreeAll({ method: 'banner' }); // resolves once the receipt is journaled
 * await receipts.download();                    // the visitor's copy (JSON)
 * ```
 */
export function createReceipts(consent: Consent, options: ReceiptsOptions = {}): Receipts {
  return create(consent, { exporter: exportReceipts, check: validateReceiptsConfig, ...options });
}
export { buildReceipt, buildReceiptSync, receiptState, normalizeName, guardianHash, type BuildContext } from './build';
export { canonicalize, sha256Hex, sha256HexSync, hmacSha256HexSync } from './canonical';
export { hashReceipt, verifyChain, type ChainProblem, type ChainResult, type VerifyOptions } from './chain';
export { noticeText, noticeHash, noticeHashSync } from './notice';
export { toKantara, type KantaraReceipt, type KantaraPurpose } from './kantara';
export { toIso27560, DPV_CONTEXT, type Iso27560Export } from './iso27560';
export { exportReceipts, type ReceiptExport } from './export';
export { validateReceiptsConfig, httpUrl, type ReceiptsConfig } from './options';
export { backoffDelay, retryAfterMs, type RetryPolicy } from './backoff';
export { postBatch, type ReceiptResult, type SendOutcome, type Envelope, type EnvelopeResult } from './send';
export type { FlushResult, ReceiptsError, Timers } from './outbox';
export type { JournalEntry } from './journal';
export { randomId, stashDecision, type Stashed } from './stash';
export type { Receipt, ReceiptPurpose, ReceiptState } from './types';
