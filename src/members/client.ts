import type { Consent } from '../core/types';
import type { LinkOutcome, Receipts } from '../receipts/create';
import { fetchAccount } from './account-fetch';
import { answersFromAccount } from './account-state';
import { ACCOUNT_ID, readProof } from './proof';
import { postRightsRequest, RightsRequestError, type RightsRequestAnswer, type RightsRequestInput } from './rights';

/** A member proof, or a function that asks the site's backend for a fresh one (called again before it runs out). */
export type ProofSource = string | (() => Promise<string>);

export interface MembersOptions {
  /** The collector's base URL (default: the receipts endpoint without its `/v1/receipts`). */
  collector?: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Per request (default 15 s). */
  timeoutMs?: number;
}

/** What loading the account's consent did. */
export interface LoadResult {
  /** `applied`: some answers were taken; `unchanged`: nothing newer there; `failed`: see `error` (nothing changed). */
  status: 'applied' | 'unchanged' | 'failed';
  /** The purposes whose answers were taken from the account. */
  applied: string[];
  error?: string;
}

export interface IdentifyResult {
  link: LinkOutcome;
  loaded: LoadResult;
}

/** The member half of consentry in the browser (see `createMembers`). */
export interface Members {
  /**
   * The signed-in member: links this browser's subject (this and later receipts) to the account, then
   * loads the account's consent and takes what was answered on the member's other devices. The account
   * id and the proof stay in this page's memory only. Throws for a malformed account id, or a proof made
   * for another account or already run out.
   */
  identify(accountId: string, options: { proof: ProofSource; load?: boolean }): Promise<IdentifyResult>;
  /**
   * Logout: drops the account and the proof, and gives this browser a new subject (new id; a new chain and
   * secret with its next receipt), so what happens next here is not linked to the member. With
   * `reset: true` the answers stored here are cleared as well (a shared computer). Returns the new subject id.
   */
  forget(options?: { reset?: boolean }): Promise<string | undefined>;
  /** Loads the account's consent again (e.g. when the page becomes visible) and takes what is newer. */
  load(): Promise<LoadResult>;
  /** Sends a rights request about this browser's consent record and, when signed in, the member's account. */
  request(input: RightsRequestInput): Promise<RightsRequestAnswer>;
  /** The signed-in account id, or undefined. */
  readonly accountId: string | undefined;
  /** Stops the proof refresh timer. */
  stop(): void;
}

const NO_COLLECTOR = 'no collector: set receipts.endpoint or the collector option';
const failed = (error: string): LoadResult => ({ status: 'failed', applied: [], error });

/** Reads and checks a proof for account `id`; throws when it is not one. */
function checkProof(jwt: unknown, id: string, now: () => number) {
  const p = typeof jwt == 'string' ? readProof(jwt) : undefined;
  if (!p) throw new TypeError('consentry members: the proof is not a JWT');
  if (p.sub !== id) throw new TypeError('consentry members: the proof is for another account');
  if (p.expMs !== undefined && p.expMs <= now()) throw new TypeError('consentry members: the proof has expired');
  return { jwt: jwt as string, expMs: p.expMs };
}

/**
 * Members for a consent instance and its receipts: `identify(accountId, { proof })` on sign-in,
 * `forget()` on logout, rights requests. The network stays here, out of the core.
 *
 * ```ts
 * const members = createMembers(consent, receipts);
 * await members.identify('member-1001', { proof: () => fetch('/me/consent-proof').then((r) => r.text()) });
 * ```
 */
export function createMembers(consent: Consent, receipts: Receipts, options: MembersOptions = {}): Members {
  const now = options.now || Date.now;
  const doFetch: typeof fetch = options.fetch || ((...a) => fetch(...a));
  const timeoutMs = options.timeoutMs || 15_000;
  const base = (options.collector || (receipts.endpoint || '').replace(/\/v1\/receipts\/?$/, '')).replace(/\/+$/, '');
  let account: string | undefined;
  let source: ProofSource | undefined;
  let proof: { jwt: string; expMs?: number } | undefined;
  let refresh: ReturnType<typeof setTimeout> | undefined;
  let subjectAtIdentify: string | undefined;

  const clear = () => {
    account = source = proof = subjectAtIdentify = undefined;
    if (refresh) clearTimeout(refresh);
    refresh = undefined;
  };

  /** A valid proof: the one held, or a fresh one from the source function. */
  async function current(): Promise<string | undefined> {
    if (!account || !source) return;
    if (proof && (proof.expMs === undefined || proof.expMs - 30_000 > now())) return proof.jwt;
    if (typeof source != 'function') return;
    const id = account;
    const fresh = checkProof(await source(), id, now);
    if (account !== id) return;
    proof = fresh;
    return fresh.jwt;
  }

  /** With a proof function: a fresh proof for a link still waiting (no receipt yet), a minute before it runs out. */
  function schedule(link: LinkOutcome) {
    if (refresh) clearTimeout(refresh);
    refresh = undefined;
    if (typeof source != 'function' || !proof || !proof.expMs || !(link.status == 'waiting' || link.status == 'retry')) return;
    refresh = setTimeout(
      async () => {
        try {
          proof = undefined;
          const jwt = await current();
          const held = proof as { expMs?: number } | undefined;
          if (jwt) schedule(await receipts.link(jwt, held && held.expMs));
        } catch {
          // the site's backend did not answer: the next identify tries again
        }
      },
      Math.max(1000, proof.expMs - now() - 60_000),
    );
  }

  async function load(): Promise<LoadResult> {
    const id = account;
    const jwt = await current().catch(() => undefined);
    if (!id || !jwt) return failed('not signed in');
    if (!base) return failed(NO_COLLECTOR);
    const purposes = await fetchAccount(doFetch, `${base}/v1/accounts/${encodeURIComponent(id)}/consent?limit=1000`, jwt, timeoutMs);
    if (typeof purposes == 'string') return failed(purposes);
    // signed out (or another member) while loading: take nothing
    if (account !== id || !consent.adoptAnswers) return failed('signed out while loading');
    await consent.ready;
    const answers = answersFromAccount(consent.config, consent.snapshot(), purposes, now());
    if (!answers.length) return { status: 'unchanged', applied: [] };
    consent.adoptAnswers(answers);
    return { status: 'applied', applied: answers.map((a) => a.id) };
  }

  // Another tab forgot the member (the subject changed under us): this page stops linking too.
  consent.on('change', (e) => {
    if (account && e.origin == 'remote' && subjectAtIdentify && e.snapshot.subjectId && e.snapshot.subjectId !== subjectAtIdentify) {
      void receipts.link(null);
      clear();
    }
  });
  receipts.on('link', (l) => {
    if (l.status == 'linked' || l.status == 'unchanged') subjectAtIdentify = l.subjectId;
  });

  return {
    get accountId() {
      return account;
    },
    async identify(accountId, o) {
      if (typeof accountId != 'string' || !ACCOUNT_ID.test(accountId))
        throw new TypeError('consentry members: the account id must be 1-128 of A-Z a-z 0-9 _ . : @ + = -');
      if (!o || (typeof o.proof != 'string' && typeof o.proof != 'function'))
        throw new TypeError('consentry members: identify() needs { proof }');
      if (account && account !== accountId) await this.forget();
      const first = checkProof(typeof o.proof == 'function' ? await o.proof() : o.proof, accountId, now);
      clear();
      account = accountId;
      source = o.proof;
      proof = first;
      subjectAtIdentify = consent.snapshot().subjectId;
      const loaded = o.load === false ? { status: 'unchanged' as const, applied: [] } : await load();
      const link = await receipts.link(first.jwt, first.expMs);
      schedule(link);
      return { link, loaded };
    },
    async forget(o = {}) {
      await receipts.link(null);
      clear();
      if (o.reset) await consent.reset();
      // the new subject is written by the writing code (createConsent may still be loading it)
      await consent.ready;
      return consent.snapshot().subjectId ? consent.renewSubject() : undefined;
    },
    load,
    async request(input) {
      // the collector knows a subject once its first receipt is there
      await receipts.flush().catch(() => undefined);
      const [subject, jwt] = await Promise.all([receipts.credentials(), current().catch(() => undefined)]);
      if (!base) throw new RightsRequestError('offline', NO_COLLECTOR);
      const body = {
        type: input.type,
        contact: input.contact,
        message: input.message,
        ...(input.locale ? { locale: input.locale } : {}),
        ...(subject ? { subject } : {}),
        ...(jwt ? { proof: jwt } : {}),
      };
      return postRightsRequest(`${base}/v1/requests`, body, { fetch: doFetch, timeoutMs });
    },
    stop: clear,
  };
}
