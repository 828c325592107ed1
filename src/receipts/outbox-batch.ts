import type { Journal } from './journal';
import type { OutboxOptions } from './outbox';
import { batchBody, KEEPALIVE_LIMIT, postBatch, type Envelope, type ReceiptResult, type SendOutcome } from './send';
import type { Receipt } from './types';

/** What sending one batch came to; `retry` when delivery stopped early. */
export interface BatchResult {
  delivered: number;
  rejected: number;
  retry?: SendOutcome & { kind: 'retry' };
}

/** Sending batches: what goes with them, how many fit one request, and what their answers mean. */
export interface Sender {
  /** Sends a batch; a batch refused as a whole is split until the receipt it objects to is found. */
  send(batch: Receipt[]): Promise<BatchResult>;
  /** Up to batchSize receipts, oldest first, whose JSON fits a keepalive request (at least one). */
  take(list: Receipt[]): Receipt[];
  /** The envelope (secrets, guardian details…) that goes with a batch. */
  body(batch: Receipt[]): Envelope;
  /** The receipts of `list` that no request is sending right now. */
  idle(list: Receipt[]): Receipt[];
}

/** A sender to `o.endpoint` through `fetchFn`; drops the receipts the endpoint answered for from `unsent`. */
export function createSender(o: OutboxOptions, fetchFn: typeof fetch | undefined, unsent: Map<string, Receipt>): Sender {
  // Ids of the receipts a request is sending right now: neither a pass nor a closing page sends them again.
  const inflight = new Set<string>();
  const body = (batch: Receipt[]): Envelope => (o.envelope ? o.envelope(batch) : { secrets: {} });

  /** Applies per-receipt results; returns counts and the receipts the endpoint did not mention. */
  async function apply(batch: Receipt[], results: ReceiptResult[]) {
    const byId = new Map(results.map((r) => [r.id, r]));
    const marks: Parameters<Journal['mark']>[0] = [];
    let delivered = 0;
    let rejected = 0;
    const missing: Receipt[] = [];
    for (const r of batch) {
      const res = byId.get(r.id);
      if (!res) {
        missing.push(r);
        continue;
      }
      unsent.delete(r.id);
      if (res.status === 'rejected') {
        rejected++;
        marks.push({ receipt: r, status: 'rejected', error: res.error || 'rejected' });
        o.report({ code: 'rejected', receiptId: r.id, message: `receipt ${r.id} rejected: ${res.error || '?'}` });
      } else {
        delivered++;
        marks.push({ receipt: r, status: 'delivered', at: o.now() });
      }
    }
    await o.journal.mark(marks);
    for (const r of batch) {
      const res = byId.get(r.id);
      if (res && o.settled) o.settled(r, res);
    }
    return { delivered, rejected, missing };
  }

  async function send(batch: Receipt[]): Promise<BatchResult> {
    batch.forEach((r) => inflight.add(r.id));
    let out: SendOutcome;
    const envelope = body(batch);
    try {
      out = await postBatch(batch, {
        fetch: fetchFn!,
        endpoint: o.endpoint!,
        envelope,
        headers: o.headers,
        keepalive: true,
        timeoutMs: o.timeoutMs,
        now: o.now,
      });
    } finally {
      batch.forEach((r) => inflight.delete(r.id));
    }
    if (out.kind === 'retry') return { delivered: 0, rejected: 0, retry: out };
    if (out.kind === 'refused') {
      if (batch.length === 1) {
        const { delivered, rejected } = await apply(batch, [{ id: batch[0].id, status: 'rejected', error: out.reason }]);
        return { delivered, rejected };
      }
      // In order, so each subject's chain still reaches the endpoint oldest first.
      const half = Math.ceil(batch.length / 2);
      const a = await send(batch.slice(0, half));
      if (a.retry) return a;
      const b = await send(batch.slice(half));
      return { delivered: a.delivered + b.delivered, rejected: a.rejected + b.rejected, retry: b.retry };
    }
    if (o.answered) o.answered(envelope, out);
    const { delivered, rejected, missing } = await apply(batch, out.results);
    if (missing.length) return { delivered, rejected, retry: { kind: 'retry', reason: `no result for ${missing.length} receipt(s)` } };
    return { delivered, rejected };
  }

  function take(list: Receipt[]): Receipt[] {
    const out: Receipt[] = [];
    for (const r of list) {
      if (out.length >= o.batchSize) break;
      if (out.length && batchBody([...out, r], body([...out, r])).length > KEEPALIVE_LIMIT) break;
      out.push(r);
    }
    return out;
  }

  return { send, take, body, idle: (list) => list.filter((r) => !inflight.has(r.id)) };
}
