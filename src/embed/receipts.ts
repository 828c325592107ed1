import type { Consent } from '../core/types';
import { mayHavePending, stashDecision } from '../receipts/stash';
import type { ReceiptsPart, ReceiptsPartApi } from './parts/receipts';
import type { ScriptReceipts } from './window';

type Load = <T>(name: string) => Promise<T>;

/**
 * The script tag's receipts: the part `receipts` (dist/consentry-receipts.js) loads on demand, at a
 * decision, for "My consent record", or at idle when an endpoint is configured and something may be
 * waiting to be sent. Each decision is stashed synchronously first (src/receipts/stash.ts), so one made
 * before the part arrives, or on a page closed right after, is journaled at the next start; `decide()`
 * waits for the journal write. `startSubject`: the subject id the page started with (the part may arrive
 * after the first decision made one). `handle` is the receipts instance, for the members glue.
 */
export function embedReceipts(
  consent: Consent,
  load: Load,
  startSubject?: string,
): { calls: ScriptReceipts; handle: () => Promise<ReceiptsPart> } {
  let part: Promise<ReceiptsPart> | undefined;
  const rc = () =>
    (part ||= load<ReceiptsPartApi>('receipts').then(
      (p) => p.start(consent, load, startSubject),
      (e) => {
        part = undefined;
        throw e;
      },
    ));
  consent.on('decision', (e) => {
    const s = stashDecision(e, e.snapshot.subjectId != startSubject);
    return rc().then(
      (h) => h.record(e, s),
      () => {},
    );
  });
  // A visitor about to answer (so a tab closed right after deciding still sends with keepalive), or a
  // device with something left to send. A returning visitor with everything delivered loads nothing.
  if ((consent.config.receipts || {}).endpoint && (consent.needsDecision() || mayHavePending()))
    (window.requestIdleCallback || setTimeout)(() => rc().catch(() => {}));
  const call =
    (k: keyof ScriptReceipts) =>
    (...a: any[]) =>
      rc().then((h: any) => h[k](...a));
  const calls = {
    export: call('export'),
    download: call('download'),
    latest: call('latest'),
    flush: call('flush'),
    list: call('list'),
  } as ScriptReceipts;
  return { calls, handle: rc };
}
