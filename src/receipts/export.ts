import type { ConsentConfig } from '../core/types';
import { verifyChain, type ChainResult } from './chain';
import { toIso27560, type Iso27560Export } from './iso27560';
import { toKantara, type KantaraReceipt } from './kantara';
import type { Receipt } from './types';

/** What the visitor downloads: the raw receipts, both standard exports, and the chain check. */
export interface ReceiptExport {
  format: 'consentry.export/1';
  /** ISO 8601. */
  exportedAt: string;
  /** The receipts themselves (schema `consentry.receipt/1`), oldest first. */
  receipts: Receipt[];
  /** Kantara Consent Receipt v1.1, one per receipt that gives consent. */
  kantara: KantaraReceipt[];
  /** ISO/IEC TS 27560 records as DPV JSON-LD, every state. */
  iso27560: Iso27560Export;
  /**
   * The chain check of the receipts included. `complete` is false when a subject's oldest receipt here
   * is not its first (older, delivered receipts were pruned from this device; the collector has them):
   * the links between the included receipts are still checked.
   */
  chain: ChainResult & { complete: boolean };
}

/** Bundles `receipts` (sorted oldest first) into both export formats plus the chain check. */
export async function exportReceipts(receipts: Receipt[], config?: ConsentConfig, now: number = Date.now()): Promise<ReceiptExport> {
  const sorted = receipts.slice().sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  const heads: { [subject: string]: string | null } = {};
  for (const r of sorted) if (!(r.subjectId in heads)) heads[r.subjectId] = r.prev;
  return {
    format: 'consentry.export/1',
    exportedAt: new Date(now).toISOString(),
    receipts: sorted,
    kantara: toKantara(sorted, config),
    iso27560: toIso27560(sorted, config),
    chain: { ...(await verifyChain(sorted, { heads })), complete: Object.values(heads).every((h) => h === null) },
  };
}
