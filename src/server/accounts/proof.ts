/**
 * Member proofs. The site's backend, which knows who is signed in, signs a short-lived JWT (HS256,
 * `sub` = the account id, `exp` at most 15 minutes ahead) with `CONSENTRY_LINK_SECRET`; the browser
 * passes it on, and the collector verifies it with `jose` before it binds a subject to the account or
 * shows the account's consent. Nothing else is accepted: no other algorithm, no unsigned token, no
 * token without an expiry or valid for longer.
 */
import { createHash } from 'node:crypto';
import { loadPackages } from '../optional-packages';

/** Longest a proof may be valid, from now. */
export const PROOF_MAX_LIFETIME_MS = 15 * 60_000;
/** Clock difference tolerated between the site's backend and the collector. */
export const PROOF_SKEW_MS = 60_000;
/** Longest proof token accepted, in characters. */
export const PROOF_MAX_LENGTH = 4096;
/** Shortest `CONSENTRY_LINK_SECRET` (HS256 wants a key of at least 256 bits). */
export const LINK_SECRET_MIN = 32;
/** An account id: 1–128 of letters, digits and `_ . : @ + = -` (an opaque id; not an e-mail address, ideally). */
export const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9_.:@+=-]{1,128}$/;

/** Why a proof is refused. Stable texts: the SDK and operators may match on them. */
export const PROOF_REASONS = {
  DISABLED: 'account linking is disabled: the collector has no CONSENTRY_LINK_SECRET',
  MALFORMED: 'proof is not a signed JWT (header.payload.signature)',
  ALG: 'proof algorithm must be HS256',
  SIGNATURE: 'proof signature does not verify',
  EXPIRED: 'proof expired',
  NOT_YET: 'proof not valid yet',
  NO_EXP: 'proof has no exp claim',
  TOO_LONG: 'proof is valid for longer than 15 minutes',
  NO_SUB: 'proof sub must be an account id (1-128 of A-Z a-z 0-9 _ . : @ + = -)',
  SUBJECT: 'proof is bound to another subject (sid)',
  WRONG_ACCOUNT: 'proof is for another account',
} as const;

export interface VerifiedProof {
  accountId: string;
  expMs: number;
  /** The subject the site bound the proof to (`sid` claim), if any. */
  subjectId: string | null;
  /** SHA-256 hex of the token: a proof links one subject only. */
  hash: string;
}

export type ProofCheck = { ok: true; proof: VerifiedProof } | { ok: false; reason: string };

export type ProofVerifier = (token: unknown) => Promise<ProofCheck>;

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** A verifier for `secret` (null: linking disabled, every proof refused). */
export async function proofVerifier(secret: string | null, now: () => number = Date.now): Promise<ProofVerifier> {
  if (!secret) return async () => ({ ok: false, reason: PROOF_REASONS.DISABLED });
  const [jose] = await loadPackages(['jose'], 'account linking (CONSENTRY_LINK_SECRET)');
  const key = new TextEncoder().encode(secret);
  return async (token) => {
    if (typeof token !== 'string' || token.length > PROOF_MAX_LENGTH || !JWT_SHAPE.test(token)) {
      return { ok: false, reason: PROOF_REASONS.MALFORMED };
    }
    const clock = now();
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jose.jwtVerify(token, key, {
        algorithms: ['HS256'],
        currentDate: new Date(clock),
        clockTolerance: PROOF_SKEW_MS / 1000,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (err) {
      return { ok: false, reason: reasonOf(err as { code?: string; claim?: string }) };
    }
    const exp = payload.exp as number;
    if (exp * 1000 > clock + PROOF_MAX_LIFETIME_MS + PROOF_SKEW_MS) return { ok: false, reason: PROOF_REASONS.TOO_LONG };
    const sub = payload.sub;
    if (typeof sub !== 'string' || !ACCOUNT_ID_PATTERN.test(sub)) return { ok: false, reason: PROOF_REASONS.NO_SUB };
    const sid = typeof payload.sid === 'string' ? payload.sid : null;
    return {
      ok: true,
      proof: { accountId: sub, expMs: exp * 1000, subjectId: sid, hash: createHash('sha256').update(token).digest('hex') },
    };
  };
}

function reasonOf(err: { code?: string; claim?: string }): string {
  switch (err.code) {
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return PROOF_REASONS.ALG;
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return PROOF_REASONS.SIGNATURE;
    case 'ERR_JWT_EXPIRED':
      return PROOF_REASONS.EXPIRED;
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (err.claim === 'exp') return PROOF_REASONS.NO_EXP;
      if (err.claim === 'sub') return PROOF_REASONS.NO_SUB;
      if (err.claim === 'nbf' || err.claim === 'iat') return PROOF_REASONS.NOT_YET;
      return PROOF_REASONS.MALFORMED;
    default:
      return PROOF_REASONS.MALFORMED;
  }
}
