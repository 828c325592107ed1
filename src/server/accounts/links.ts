/**
 * Which of an upload's links may be made. A link binds a subject (its whole chain, now and later) to
 * the account a verified member proof names; it needs, in the same body, the subject's secret (so a
 * proof stolen in transit cannot bind someone else's browser), and it never moves a subject from one
 * account to another.
 */
import type { ProofCheck } from './proof';
import { PROOF_REASONS } from './proof';
import { digestsEqual } from '../subject-auth';
import type { LinkResult } from '../../core/wire';

export type { LinkResult } from '../../core/wire';

export const LINK_REASONS = {
  SECRET_REQUIRED: 'subject secret required',
  SECRET_MISMATCH: 'subject secret does not match',
  UNKNOWN: 'subject unknown: its first receipt must be stored (in this batch or before) to link it',
  CLOSED: 'subject closed: its chain was stored before subject keys existed; start a new subject',
  OTHER_ACCOUNT: 'subject already linked to another account',
  PROOF_REUSED: 'proof already used to link another subject',
} as const;

export interface LinkInput {
  subjectId: string;
  check: ProofCheck;
  /** SHA-256 of the secret the upload gave for the subject, or null. */
  secretHash: string | null;
}

/**
 * Decides each link against what is stored (and registered by this batch). Returns the results, in
 * the order given, and the links to write.
 */
export function decideLinks(
  requested: LinkInput[],
  state: {
    keys: Map<string, string>;
    hasChain: (subjectId: string) => boolean;
    links: Map<string, string>;
    proofs: Map<string, string>;
  },
): { results: Map<string, LinkResult>; made: Map<string, { accountId: string; proofHash: string }> } {
  const results = new Map<string, LinkResult>();
  const made = new Map<string, { accountId: string; proofHash: string }>();
  const usedHere = new Map<string, string>();
  for (const { subjectId, check, secretHash } of requested) {
    const refuse = (error: string) => results.set(subjectId, { status: 'rejected', error });
    if (!check.ok) {
      refuse(check.reason);
      continue;
    }
    const { proof } = check;
    if (proof.subjectId !== null && proof.subjectId !== subjectId) {
      refuse(PROOF_REASONS.SUBJECT);
      continue;
    }
    const key = state.keys.get(subjectId);
    if (!secretHash) {
      refuse(LINK_REASONS.SECRET_REQUIRED);
      continue;
    }
    if (!key) {
      refuse(state.hasChain(subjectId) ? LINK_REASONS.CLOSED : LINK_REASONS.UNKNOWN);
      continue;
    }
    if (!digestsEqual(secretHash, key)) {
      refuse(LINK_REASONS.SECRET_MISMATCH);
      continue;
    }
    const current = state.links.get(subjectId);
    if (current !== undefined) {
      if (current === proof.accountId) results.set(subjectId, { status: 'unchanged' });
      else refuse(LINK_REASONS.OTHER_ACCOUNT);
      continue;
    }
    const usedBy = state.proofs.get(proof.hash) ?? usedHere.get(proof.hash);
    if (usedBy !== undefined && usedBy !== subjectId) {
      refuse(LINK_REASONS.PROOF_REUSED);
      continue;
    }
    usedHere.set(proof.hash, subjectId);
    made.set(subjectId, { accountId: proof.accountId, proofHash: proof.hash });
    results.set(subjectId, { status: 'linked' });
  }
  return { results, made };
}
