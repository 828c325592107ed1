/** The kinds of rights request the collector takes (PIPA 35–37, GDPR 15–21). */
export const REQUEST_KINDS = ['access', 'correction', 'deletion', 'suspension', 'withdrawal'] as const;
export type RightsRequestKind = (typeof REQUEST_KINDS)[number];

/** What the person fills in. */
export interface RightsRequestInput {
  type: RightsRequestKind;
  /** An e-mail address or a phone number for the answer (3–200 characters). */
  contact: string;
  /** Plain text, 1–2000 characters. */
  message: string;
  /** The form's language (BCP 47). */
  locale?: string;
}

/** The request receipt the person keeps (`receipt` of the collector's answer). */
export interface RightsRequestReceipt {
  requestId: string;
  type: RightsRequestKind;
  receivedAt: string;
  answerBy: string;
  term: string;
  jurisdiction: string;
  controller: string;
  /** SHA-256 of what was asked, as the collector recorded it. */
  digest: string;
  /** The collector's HMAC over the receipt, when it has a hash secret. */
  signature?: string;
}

/** The collector's answer to `POST /v1/requests`. */
export interface RightsRequestAnswer {
  id: string;
  type: RightsRequestKind;
  status: string;
  receivedAt: string;
  answerBy: string;
  /** `10 days` or `1 month`. */
  term: string;
  receipt: RightsRequestReceipt;
}

/**
 * Why a request was not taken. `offline`: the collector was not reached; `timeout`: no answer in time
 * (it may have arrived: the person can send again, the operator sees both); `server`: a 5xx; `refused`:
 * a 4xx (`message` says why, e.g. a contact that is not an e-mail address or phone number);
 * `no-identity`: neither a receipt chain on this browser nor a signed-in member.
 */
export class RightsRequestError extends Error {
  constructor(
    readonly kind: 'offline' | 'timeout' | 'server' | 'refused' | 'no-identity',
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'RightsRequestError';
  }
}

/** POSTs one request to `<collector>/v1/requests`; resolves with the answer, rejects with a RightsRequestError. */
export async function postRightsRequest(
  url: string,
  body: RightsRequestInput & { subject?: { id: string; secret: string }; proof?: string },
  o: { fetch: typeof fetch; timeoutMs: number },
): Promise<RightsRequestAnswer> {
  if (!body.subject && !body.proof)
    throw new RightsRequestError('no-identity', 'no consent record on this browser and no signed-in member to ask about');
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), o.timeoutMs);
  let res: Response;
  try {
    res = await o.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: ctrl.signal,
      credentials: 'omit',
    });
  } catch (e) {
    throw ctrl.signal.aborted
      ? new RightsRequestError('timeout', 'no answer in time')
      : new RightsRequestError('offline', `the request did not reach the collector: ${e}`);
  } finally {
    clearTimeout(timer);
  }
  let data: any;
  try {
    data = await res.json();
  } catch {
    // the status says enough
  }
  if (res.status >= 500) throw new RightsRequestError('server', `HTTP ${res.status}`, res.status);
  const why = data && typeof data.error == 'string' ? data.error.slice(0, 300) : `HTTP ${res.status}`;
  if (res.status >= 300) throw new RightsRequestError('refused', why, res.status);
  if (!data || typeof data.id != 'string' || typeof data.answerBy != 'string' || !data.receipt)
    throw new RightsRequestError('server', 'the collector gave no request id', res.status);
  return data as RightsRequestAnswer;
}
