import { retryAfterMs } from './backoff';
import type { Receipt } from './types';
import type { Envelope, ReceiptResult } from '../core/wire';

export type { Envelope, ReceiptResult } from '../core/wire';

/**
 * One entry of the `links` or `texts` of the collector's answer as it arrives (`LinkResult`, `TextResult` of
 * src/core/wire.ts), before it is checked: the network may answer anything.
 */
export interface EnvelopeResult {
  status: string;
  error?: string;
}

/** What one POST came to. */
export type SendOutcome =
  /**
   * The endpoint answered per receipt (or with a bare 2xx: all accepted), and per link and text when it
   * says so (`links`, `texts` of the answer: subject id or hash → `{ status, error? }`).
   */
  | {
      kind: 'results';
      results: ReceiptResult[];
      links?: { [subjectId: string]: EnvelopeResult };
      texts?: { [hash: string]: EnvelopeResult };
    }
  /** Try the whole batch again later: network down, timeout, 5xx, 429, or an endpoint/auth problem. */
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  /** The endpoint refused the batch as a whole (400/413/422…): split it to find the receipt it means. */
  | { kind: 'refused'; reason: string };

export interface SendOptions {
  fetch: typeof fetch;
  endpoint: string;
  /** The secrets (and guardian details) for the receipts of the batch. */
  envelope?: Envelope;
  headers?: Record<string, string>;
  /** Survive the page being closed (bodies ≤ 64 KB). */
  keepalive?: boolean;
  timeoutMs?: number;
  now?: () => number;
}

/** Request bodies at most this big may use `keepalive` (the browsers' limit is 64 KiB in flight). */
export const KEEPALIVE_LIMIT = 60_000;

/** The JSON body for a batch: `{ receipts, secrets, guardians?, links?, texts? }`. */
export const batchBody = (receipts: Receipt[], envelope: Envelope = { secrets: {} }): string => JSON.stringify({ receipts, ...envelope });

/** Transient statuses: retried with backoff. Other 4xx are about the request itself. */
const RETRY = [408, 425, 429, 500, 502, 503, 504];
/** Statuses that say the endpoint or its credentials are wrong, not the receipts: retried (slowly), reported. */
const ENDPOINT = [401, 403, 404, 405];

/** `{ key: { status, error? } }` from an answer, keeping only well-formed entries (errors cut to 500 characters). */
function envelopeResults(v: unknown): { [k: string]: EnvelopeResult } | undefined {
  if (!v || typeof v != 'object' || Array.isArray(v)) return;
  const out: { [k: string]: EnvelopeResult } = {};
  for (const [k, x] of Object.entries(v as Record<string, Partial<EnvelopeResult>>)) {
    if (x && typeof x.status == 'string')
      out[k] = { status: x.status.slice(0, 40), ...(typeof x.error == 'string' ? { error: x.error.slice(0, 500) } : {}) };
  }
  return out;
}

/** POSTs one batch and classifies the answer; never throws. */
export async function postBatch(receipts: Receipt[], o: SendOptions): Promise<SendOutcome> {
  const body = batchBody(receipts, o.envelope);
  const ctrl = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = ctrl && o.timeoutMs ? setTimeout(() => ctrl.abort(), o.timeoutMs) : undefined;
  let res: Response;
  try {
    res = await o.fetch(o.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...o.headers },
      body,
      keepalive: !!o.keepalive && body.length <= KEEPALIVE_LIMIT,
      signal: ctrl && ctrl.signal,
    });
  } catch (e) {
    return { kind: 'retry', reason: ctrl && ctrl.signal.aborted ? 'timeout' : `network error: ${e}` };
  } finally {
    if (timer) clearTimeout(timer);
  }
  const s = res.status;
  let data: { results?: unknown; error?: unknown; message?: unknown; links?: unknown; texts?: unknown } | undefined;
  try {
    data = await res.json();
  } catch {
    // no JSON body: the status says enough
  }
  const list = Array.isArray(data) ? data : data && data.results;
  // Per-receipt results count whenever the endpoint gives them (the collector answers 400 with them
  // when every receipt of a batch was rejected).
  if (Array.isArray(list) && (s < 300 || s == 400 || s == 422)) {
    const results: ReceiptResult[] = [];
    for (const x of list as Partial<ReceiptResult>[]) {
      if (x && typeof x.id === 'string' && (x.status === 'stored' || x.status === 'duplicate' || x.status === 'rejected')) {
        results.push({ id: x.id, status: x.status, ...(typeof x.error === 'string' ? { error: x.error.slice(0, 500) } : {}) });
      }
    }
    const links = envelopeResults(data && data.links);
    const texts = envelopeResults(data && data.texts);
    return { kind: 'results', results, ...(links ? { links } : {}), ...(texts ? { texts } : {}) };
  }
  // A plain endpoint that answers 2xx without per-receipt results has accepted the whole batch.
  if (s >= 200 && s < 300) return { kind: 'results', results: receipts.map((r) => ({ id: r.id, status: 'stored' })) };
  const msg = data && (data.error || data.message);
  const reason = `HTTP ${s}` + (typeof msg === 'string' ? `: ${msg.slice(0, 300)}` : '');
  if (RETRY.includes(s) || s >= 500 || ENDPOINT.includes(s)) {
    return { kind: 'retry', reason, retryAfterMs: retryAfterMs(res.headers.get('retry-after'), (o.now || Date.now)()) };
  }
  return { kind: 'refused', reason };
}
