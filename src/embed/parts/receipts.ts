/**
 * dist/consentry-receipts.js — the receipts part of the script tag, loaded on demand: at idle when
 * `receipts.endpoint` is configured (to send what is pending), at the first decision, or when the visitor
 * opens "My consent record". The script tag forwards `decision` events (stashed synchronously first).
 * The export formats are a further part (dist/consentry-receipts-export.js), loaded only for export/download.
 */
import type { Consent } from '../../core/types';
import { createReceipts, type Receipts } from '../../receipts/create';
import type { exportReceipts } from '../../receipts/export';
import { registerPart } from '../register';

/** What the part's `start` returns: the receipts handle, fed by the script tag (`listen: false`). */
export type ReceiptsPart = Receipts;

export interface ReceiptsPartApi {
  /** `load` is the script tag's `loadPart`; `startSubjectId` the subject id the page started with (see ReceiptsOptions). */
  start(consent: Consent, load: <T>(name: string) => Promise<T>, startSubjectId?: string | null): ReceiptsPart;
}

let handle: Receipts | undefined;

registerPart('receipts', {
  start(consent, load, startSubjectId) {
    return (handle ||= createReceipts(consent, {
      listen: false,
      startSubjectId: startSubjectId || null,
      exporter: (...a) => load<{ exportReceipts: typeof exportReceipts }>('receipts-export').then((m) => m.exportReceipts(...a)),
      // Script-tag sites have no other channel by default: say it in the console too.
      onError: (e) => (e.code === 'config' ? console.error : console.warn)(`consentry receipts: ${e.message}`),
    }));
  },
} satisfies ReceiptsPartApi);
