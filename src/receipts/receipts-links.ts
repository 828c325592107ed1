import type { Consent } from '../core/types';
import type { Emit, LinkOutcome, Receipts, ReceiptsOptions, Report } from './create';
import type { Journal } from './journal';
import type { Outbox } from './outbox';
import { resolveSubject } from './receipts-subjects';
import { postBatch, type Envelope, type EnvelopeResult, type SendOutcome } from './send';

/**
 * Member links: the proof `link()` was given waits in memory (never stored) and travels in the `links` of
 * the next upload that carries its subject's secret; the collector's answer settles it. `o`: its `fetch`,
 * `headers` and `timeoutMs` are used; `moved`: the subjects whose chain moved to a new subject id.
 */
export function receiptsLinks(
  consent: Consent,
  o: ReceiptsOptions,
  endpoint: string | undefined,
  journal: Journal,
  outbox: Outbox,
  ready: Promise<void>,
  now: () => number,
  moved: Map<string, string>,
  on: Receipts['on'],
  emit: Emit,
  report: Report,
) {
  /** The member proof waiting to be sent, for the subject current when it was given (in memory only). */
  let linking: { proof: string; subject?: string; expiresAt?: number } | undefined;
  /** The subject the pending proof links: the one current when it was given (or the first one made since). */
  const linkSubject = (): string | undefined => {
    if (!linking) return;
    if (linking.expiresAt && now() >= linking.expiresAt) {
      linking = undefined;
      const out: LinkOutcome = { status: 'rejected', error: 'proof expired before it was sent: identify again with a fresh proof' };
      report({ code: 'link-failed', message: `member link: ${out.error}` });
      emit('link', out);
      return;
    }
    const current = resolveSubject(moved, consent.snapshot().subjectId);
    const bound = resolveSubject(moved, linking.subject);
    if (!bound) return current;
    if (current && current !== bound) {
      linking = undefined;
      emit('link', { status: 'cancelled', subjectId: bound, error: 'the subject changed (forgotten in another tab)' });
      return;
    }
    return bound;
  };
  /** Takes the collector's answer for a sent link; `subject unknown` keeps the proof for a later upload. */
  const linkAnswered = (subjectId: string, proof: string, r: EnvelopeResult | undefined): LinkOutcome => {
    const out: LinkOutcome = r
      ? {
          status: r.status === 'linked' || r.status === 'unchanged' ? r.status : 'rejected',
          subjectId,
          ...(r.error ? { error: r.error } : {}),
        }
      : { status: 'rejected', subjectId, error: 'the endpoint did not answer for the link (does it take member links?)' };
    if (out.status === 'rejected' && /^subject unknown/.test(out.error || '')) return { status: 'waiting', subjectId };
    if (linking && linking.proof === proof) linking = undefined;
    if (out.status === 'rejected') report({ code: 'link-failed', message: `member link rejected: ${out.error}` });
    emit('link', out);
    return out;
  };

  /** `Receipts.link`. */
  async function link(proof: string | null, expiresAt?: number): Promise<LinkOutcome> {
    if (!proof) {
      const was = linking;
      linking = undefined;
      return { status: 'cancelled', ...(was && was.subject ? { subjectId: was.subject } : {}) };
    }
    linking = { proof, subject: consent.snapshot().subjectId, expiresAt };
    if (!endpoint) return { status: 'no-endpoint' };
    await ready;
    // Receipts waiting to go carry the link with them.
    let heard: LinkOutcome | undefined;
    const off = on('link', (x) => void (heard = x));
    try {
      await outbox.flush();
    } finally {
      off();
    }
    if (heard) return heard;
    const subject = linkSubject();
    if (!linking || linking.proof !== proof) return { status: 'cancelled', subjectId: subject };
    const secret = subject && (await journal.secret(subject));
    if (!subject || !secret || !(await journal.head(subject))) return { status: 'waiting', subjectId: subject };
    // Everything was delivered already: an upload with the link alone.
    const env: Envelope = { secrets: { [subject]: secret }, links: { [subject]: proof } };
    const out = await postBatch([], {
      fetch: o.fetch || fetch.bind(globalThis),
      endpoint,
      envelope: env,
      headers: o.headers,
      timeoutMs: o.timeoutMs || 15_000,
      now,
    });
    if (out.kind !== 'results') return { status: 'retry', subjectId: subject, error: out.reason };
    return linkAnswered(subject, proof, out.links && out.links[subject]);
  }

  return {
    link,
    /** The `links` of an upload with these `secrets`: the pending proof, when its subject's secret goes along. */
    attach(secrets: Envelope['secrets']): Envelope['links'] {
      const ls = linkSubject();
      if (ls && linking && secrets[ls]) return { [ls]: linking.proof };
    },
    /** The collector answered an upload: settles the links it carried. */
    answered(env: Envelope, out: SendOutcome & { kind: 'results' }) {
      for (const [sid, proof] of Object.entries(env.links || {})) linkAnswered(sid, proof, out.links && out.links[sid]);
    },
  };
}
