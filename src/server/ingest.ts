import { canonicalize } from '../receipts/canonical';
import type { Receipt } from '../receipts/types';
import { decideLinks } from './accounts/links';
import { planAccounts } from './accounts/plan';
import type { ProofCheck } from './accounts/proof';
import type { GuardianDetails } from './envelope';
import { receiptHash } from './hash';
import type { ChainHead, GuardianRow, Known, NewReceipt, Store, SubjectKey } from './store/types';
import { acceptTexts, TEXT_UNREFERENCED } from './texts';
import { digestsEqual, hmacHex, keyHashOf } from './subject-auth';
import type { LinkResult, ReceiptResult, TextResult, UploadOutcome } from '../core/wire';

export type { ReceiptResult } from '../core/wire';

/** Checks one receipt against the JSON Schema; returns the reason it fails, or null. */
export type ReceiptValidator = (value: unknown) => string | null;

const DAY = 86_400_000;

/** How far ahead of the collector's clock a receipt's timestamp may be (clock skew). */
export const MAX_FUTURE_MS = 5 * 60_000;
/** Default oldest first receipt of a new subject (the SDK's outbox retries for days while offline). */
export const DEFAULT_MAX_FIRST_RECEIPT_AGE = 30 * DAY;

export interface IngestOptions {
  /** Subject id → secret, from the upload's `secrets`. Without one, a subject's new receipts are refused. */
  secrets?: Map<string, string>;
  /** Receipt id → guardian name and contact (normalised), from the upload's `guardians`. */
  guardians?: Map<string, GuardianDetails>;
  /** The collector's secret for guardian lookups (`CONSENTRY_HASH_SECRET`); without it no plaintext is stored. */
  hashSecret?: string | null;
  /** Called when verified guardian details were discarded because there is no `hashSecret`. */
  onGuardianDiscarded?: () => void;
  /** Oldest first receipt a new subject may register with, in ms (default 30 days). */
  maxFirstReceiptAge?: number;
  /** Subject id → its member proof, already verified (the upload's `links`). */
  links?: Map<string, ProofCheck>;
  /** SHA-256 → text (the upload's `texts`, hashes already checked). */
  texts?: Map<string, string>;
  /** Queue webhook events for the notices this batch causes. */
  webhooks?: boolean;
  now?: () => number;
}

export type { TextResult, UploadOutcome } from '../core/wire';

export { TEXT_UNREFERENCED } from './texts';

/**
 * Why a receipt is refused. Stable texts: the SDK and operators match on them.
 * `CLOSED`: a subject whose chain was stored before subject keys existed takes no new receipts.
 */
export const REASONS = {
  SECRET_REQUIRED: 'subject secret required',
  SECRET_MISMATCH: 'subject secret does not match',
  KEY_REQUIRED: 'subjectKeyHash required: the first receipt of a new subject registers its key',
  KEY_MISMATCH: 'subjectKeyHash does not match the subject secret',
  KEY_CHANGED: "subjectKeyHash differs from the subject's registered key",
  CLOSED: 'subject closed: its chain was stored before subject keys existed; start a new subject',
  NOT_NEWER: "timestamp is not later than the subject's latest stored receipt",
  FUTURE: 'timestamp is more than 5 minutes in the future',
  BAD_TIMESTAMP: 'timestamp is not a valid date',
  GUARDIAN_MISMATCH: "guardian details do not match the receipt's guardian hashes",
  GUARDIAN_UNEXPECTED: 'guardian details were sent for a receipt without a guardian',
  CONFLICT: 'conflict: a different receipt with this id is already stored',
  NUL: 'strings must not contain NUL characters',
} as const;

const tooOld = (ms: number) =>
  `timestamp is older than the ${Math.round((ms / DAY) * 100) / 100}-day window for a new subject's first receipt`;
const PREV_MISMATCH = "prev does not match the hash of the subject's latest stored receipt";
const HASH_MISMATCH = "hash does not match the receipt's content";

interface Candidate {
  index: number;
  receipt: Receipt;
  body: string;
  computedHash: string;
  tsMs: number;
  /** SHA-256 of the secret the upload gave for this receipt's subject, or null. */
  secretHash: string | null;
  /** Guardian details, verified against the receipt's HMACs. */
  guardian?: GuardianDetails;
}

function idOf(item: unknown): string | null {
  const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 64 ? id : null;
}

/** PostgreSQL text cannot hold NUL; refusing it everywhere keeps SQLite and PostgreSQL equal. */
function hasNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k.includes('\u0000') || hasNul(v)) return true;
  }
  return false;
}

/** Guardian details must be what the receipt's HMACs (keyed with the subject secret) were made of. */
function guardianProblem(r: Receipt, details: GuardianDetails, secret: string | undefined): string | null {
  if (!r.guardian) return REASONS.GUARDIAN_UNEXPECTED;
  if (!secret) return REASONS.SECRET_REQUIRED;
  const { nameHash, contactHash } = r.guardian;
  const ok =
    !!nameHash &&
    !!contactHash &&
    digestsEqual(hmacHex(secret, details.name), nameHash) &&
    digestsEqual(hmacHex(secret, details.contact), contactHash);
  return ok ? null : REASONS.GUARDIAN_MISMATCH;
}

/**
 * Validates, authenticates, de-duplicates and chain-checks a batch, then stores what is new in one
 * transaction. Append-only and idempotent on receipt id: a resend of stored content answers
 * `duplicate` without a second row (it proves nothing new, so it needs no secret); the same id with
 * other content is `rejected` (never overwritten). A new receipt needs its subject's secret: the
 * chain's first receipt registers `subjectKeyHash`, every later one must come with the secret whose
 * SHA-256 that is. Timestamps must increase along a chain and not lie ahead of the clock; a new
 * subject's first receipt must be recent. A chain break is stored and flagged (`chain: 'broken'`
 * with the reason), never repaired.
 */
export async function ingestBatch(
  items: unknown[],
  store: Store,
  validate: ReceiptValidator,
  options: IngestOptions = {},
): Promise<ReceiptResult[]> {
  return (await ingestUpload(items, store, validate, options)).results;
}

/**
 * The first pass over an upload, before the store is read: each item checked on its own (schema, NUL, time,
 * guardian details), a repeat of an id within the batch set aside (`sameAs`: index → the first), the rest
 * returned as candidates. Every item starts out rejected in `results`.
 */
function screen(
  items: unknown[],
  validate: ReceiptValidator,
  secrets: Map<string, string>,
  guardians: Map<string, GuardianDetails>,
  clock: number,
): { results: ReceiptResult[]; candidates: Candidate[]; sameAs: Map<number, Candidate> } {
  const results: ReceiptResult[] = items.map((item) => ({ id: idOf(item), status: 'rejected' }));
  const candidates: Candidate[] = [];
  const firstInBatch = new Map<string, Candidate>();
  const sameAs = new Map<number, Candidate>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const problem = validate(item) ?? (hasNul(item) ? REASONS.NUL : null);
    if (problem) {
      results[index].error = problem;
      continue;
    }
    const receipt = item as Receipt;
    const tsMs = Date.parse(receipt.timestamp);
    if (!Number.isFinite(tsMs)) {
      results[index].error = REASONS.BAD_TIMESTAMP;
      continue;
    }
    if (tsMs > clock + MAX_FUTURE_MS) {
      results[index].error = REASONS.FUTURE;
      continue;
    }
    const secret = secrets.get(receipt.subjectId);
    const c: Candidate = {
      index,
      receipt,
      body: canonicalize(receipt),
      computedHash: receiptHash(receipt),
      tsMs,
      secretHash: secret === undefined ? null : keyHashOf(secret),
    };
    const first = firstInBatch.get(receipt.id);
    if (first) {
      // The same id twice in one batch: a repeat is a duplicate of the first, other content a conflict.
      if (first.body === c.body) sameAs.set(index, first);
      else results[index].error = REASONS.CONFLICT;
      continue;
    }
    const details = guardians.get(receipt.id);
    if (details) {
      const why = guardianProblem(receipt, details, secret);
      if (why) {
        results[index].error = why;
        continue;
      }
      c.guardian = details;
    }
    firstInBatch.set(receipt.id, c);
    candidates.push(c);
  }

  return { results, candidates, sameAs };
}

/**
 * Each candidate against what the store holds (`known`): a duplicate, a conflict, refused, or stored with its
 * chain's state. Writes each one's answer into `results` and returns the rows to write, the chains' heads and
 * the subjects' keys as they stand after the batch. It changes nothing else: PostgreSQL may run the plan again
 * after losing a race.
 */
function admit(
  candidates: Candidate[],
  known: Known,
  results: ReceiptResult[],
  at: { maxAge: number; clock: number; receivedMs: number; hashSecret: string | null },
) {
  const { maxAge, clock, receivedMs, hashSecret } = at;
  const rows: NewReceipt[] = [];
  const registered: SubjectKey[] = [];
  const guardianRows: GuardianRow[] = [];
  const heads = new Map<string, ChainHead>(known.heads);
  const keys = new Map<string, string>(known.keys);
  // verified guardian details dropped for want of a hashSecret
  let discarded = 0;
  for (const c of candidates) {
    const r = c.receipt;
    // fresh each time the plan runs
    const res: ReceiptResult = { id: r.id, status: 'rejected' };
    results[c.index] = res;
    const stored = known.byId.get(r.id);
    if (stored) {
      if (stored.body === c.body) {
        res.status = 'duplicate';
        res.chain = stored.chainError ? 'broken' : 'ok';
        if (stored.chainError) res.error = stored.chainError;
      } else {
        res.error = REASONS.CONFLICT;
      }
      continue;
    }
    const refuse = authenticate(c, keys.get(r.subjectId), heads.get(r.subjectId), maxAge, clock);
    if (refuse) {
      res.error = refuse;
      continue;
    }
    if (!keys.has(r.subjectId)) {
      // A new subject: this receipt registers the key the rest of its chain must prove.
      keys.set(r.subjectId, c.secretHash!);
      registered.push({ subjectId: r.subjectId, keyHash: c.secretHash!, registeredMs: receivedMs });
    }
    const problems: string[] = [];
    if (r.prev !== (heads.get(r.subjectId)?.hash ?? null)) problems.push(PREV_MISMATCH);
    if (c.computedHash !== r.hash) problems.push(HASH_MISMATCH);
    const chainError = problems.length ? problems.join('; ') : null;
    res.status = 'stored';
    res.chain = chainError ? 'broken' : 'ok';
    if (chainError) res.error = chainError;
    // The chain continues from what the receipt claims, so one bad link is flagged once.
    heads.set(r.subjectId, { hash: r.hash, tsMs: c.tsMs });
    rows.push({
      id: r.id,
      subjectId: r.subjectId,
      tsMs: c.tsMs,
      receivedMs,
      hash: r.hash,
      prev: r.prev,
      chainError,
      body: c.body,
      decisions: r.purposes.map((p) => ({ purposeId: p.id, state: p.state, necessity: p.necessity, title: p.title })),
    });
    if (c.guardian) {
      if (hashSecret) {
        guardianRows.push({
          receiptId: r.id,
          subjectId: r.subjectId,
          name: c.guardian.name,
          contact: c.guardian.contact,
          nameHmac: hmacHex(hashSecret, c.guardian.name),
          contactHmac: hmacHex(hashSecret, c.guardian.contact),
          receivedMs,
        });
      } else {
        discarded++;
      }
    }
  }
  return { rows, registered, guardianRows, discarded, heads, keys };
}

/**
 * `ingestBatch` with the rest of an upload: links (subject → account, with verified member proofs)
 * and notice texts, decided and written in the same transaction as the receipts, together with the
 * subjects' and accounts' consent state and the Network Act result notices a change causes.
 */
export async function ingestUpload(
  items: unknown[],
  store: Store,
  validate: ReceiptValidator,
  options: IngestOptions = {},
): Promise<UploadOutcome> {
  const linkChecks = options.links ?? new Map<string, ProofCheck>();
  const texts = options.texts ?? new Map<string, string>();
  let linkResults: Record<string, LinkResult> = {};
  let textResults: Record<string, TextResult> = {};
  const now = options.now ?? Date.now;
  const secrets = options.secrets ?? new Map<string, string>();
  const guardians = options.guardians ?? new Map<string, GuardianDetails>();
  const maxAge = options.maxFirstReceiptAge ?? DEFAULT_MAX_FIRST_RECEIPT_AGE;
  const hashSecret = options.hashSecret || null;
  const clock = now();
  const { results, candidates, sameAs } = screen(items, validate, secrets, guardians, clock);

  if (candidates.length || linkChecks.size) {
    const ids = candidates.map((c) => c.receipt.id);
    const subjects = [...new Set([...candidates.map((c) => c.receipt.subjectId), ...linkChecks.keys()])];
    const valid = [...linkChecks.values()].flatMap((c) => (c.ok ? [c.proof] : []));
    const scope = { proofHashes: valid.map((p) => p.hash), accounts: [...new Set(valid.map((p) => p.accountId))] };
    const receivedMs = now();
    let discarded = 0;
    await store.ingest(
      ids,
      subjects,
      (known) => {
        const admitted = admit(candidates, known, results, { maxAge, clock, receivedMs, hashSecret });
        const { rows, heads, keys } = admitted;
        discarded = admitted.discarded;
        const decided = decideLinks(
          [...linkChecks].map(([subjectId, check]) => {
            const secret = secrets.get(subjectId);
            return { subjectId, check, secretHash: secret === undefined ? null : keyHashOf(secret) };
          }),
          { keys, hasChain: (s) => heads.has(s), links: known.links, proofs: known.proofs },
        );
        linkResults = Object.fromEntries(decided.results);
        const byId = new Map(candidates.map((c) => [c.receipt.id, c]));
        const accounts = planAccounts({
          stored: rows.map((row) => ({ receipt: byId.get(row.id)!.receipt, tsMs: row.tsMs })),
          links: known.links,
          newLinks: new Map([...decided.made].map(([s, l]) => [s, l.accountId])),
          subjectItems: known.subjectItems,
          accountItems: known.accountItems,
          nowMs: receivedMs,
          webhooks: !!options.webhooks,
        });
        const { texts: textRows, results: tr } = acceptTexts(
          texts,
          candidates.filter((c) => results[c.index].status !== 'rejected').map((c) => c.receipt),
          receivedMs,
        );
        textResults = tr;
        return {
          rows,
          subjects: admitted.registered,
          guardians: admitted.guardianRows,
          links: [...decided.made].map(([subjectId, l]) => ({
            subjectId,
            accountId: l.accountId,
            linkedMs: receivedMs,
            proofHash: l.proofHash,
          })),
          subjectItems: accounts.subjectItems,
          accountItems: accounts.accountItems,
          notices: accounts.notices,
          webhooks: accounts.webhooks,
          texts: textRows,
          result: undefined,
        };
      },
      scope,
    );
    if (discarded) options.onGuardianDiscarded?.();
  }

  if (!candidates.length && !linkChecks.size) {
    textResults = Object.fromEntries([...texts.keys()].map((h) => [h, { status: 'rejected', error: TEXT_UNREFERENCED } as TextResult]));
  }
  for (const [index, first] of sameAs) {
    const f = results[first.index];
    results[index] = {
      id: f.id,
      status: f.status === 'rejected' ? 'rejected' : 'duplicate',
      ...(f.chain ? { chain: f.chain } : {}),
      ...(f.error ? { error: f.error } : {}),
    };
  }
  return { results, links: linkResults, texts: textResults };
}

/** Why a new receipt may not join its subject's chain, or null. */
function authenticate(c: Candidate, key: string | undefined, head: ChainHead | undefined, maxAge: number, clock: number): string | null {
  const r = c.receipt;
  if (!c.secretHash) return REASONS.SECRET_REQUIRED;
  if (key) {
    if (!digestsEqual(c.secretHash, key)) return REASONS.SECRET_MISMATCH;
    if (r.subjectKeyHash !== undefined && r.subjectKeyHash !== key) return REASONS.KEY_CHANGED;
  } else if (head) {
    return REASONS.CLOSED;
  } else {
    if (r.subjectKeyHash === undefined) return REASONS.KEY_REQUIRED;
    if (!digestsEqual(r.subjectKeyHash, c.secretHash)) return REASONS.KEY_MISMATCH;
    if (c.tsMs < clock - maxAge) return tooOld(maxAge);
  }
  if (head && !(c.tsMs > head.tsMs)) return REASONS.NOT_NEWER;
  return null;
}
