import type { Consent, DecisionEvent } from '../core/types';
import type { Emit, ReceiptsOptions, Report } from './create';
import { buildReceipt, buildReceiptSync, guardianDecision, type BuildContext } from './build';
import { NoSecretError, type Head, type Journal } from './journal';
import { headOf } from './journal-entries';
import type { Outbox } from './outbox';
import { replayStashed, unstash } from './receipts-stashed';
import { resolveSubject } from './receipts-subjects';
import { newSecret } from './secret';
import { randomId, stashDecision, type Stashed } from './stash';
import type { Receipt } from './types';

/** Where `st`'s receipt goes: after `head` in `subjectId`'s chain, with `secret` and the guardian's details. */
const contextOf = (
  st: Stashed,
  head: Head | undefined,
  subjectId: string,
  secret: string,
  baseUrl: string | undefined,
  plain: Map<string, { name: string; contact: string }>,
): BuildContext => ({
  prev: head ? head.hash : null,
  prevTimestamp: head && head.timestamp,
  id: st.id,
  baseUrl,
  subjectId,
  secret,
  guardian: plain.get(st.id),
});

/** Reports that more than `warnAt` receipts on this device are not delivered, if so; true when it did. */
async function warnLarge(journal: Journal, warnAt: number, report: Report): Promise<boolean> {
  const undelivered = (await journal.all()).filter((x) => x.status !== 'delivered').length;
  const large = undelivered > warnAt;
  if (large) report({ code: 'journal-large', message: `${undelivered} receipts on this device are not delivered (none is ever dropped)` });
  return large;
}

/**
 * Journals the receipts of decisions, in order: each one stashed first, then built and appended to its
 * subject's chain, then handed to the outbox; at start, the decisions stashed by pages that closed first.
 * `plain`: guardian names and contacts by receipt id; `moved`, `minted`: the subjects moved to a new id and
 * the secrets made here (see `createReceipts`); `o`: its `startSubjectId` and `warnAt` are used.
 */
export function receiptsRecorder(
  consent: Consent,
  o: ReceiptsOptions,
  journal: Journal,
  outbox: Outbox,
  endpoint: string | undefined,
  plain: Map<string, { name: string; contact: string }>,
  moved: Map<string, string>,
  minted: Map<string, string>,
  baseUrl: string | undefined,
  emit: Emit,
  report: Report,
) {
  let warned = false;
  const fallbackSubject = 'anon-' + randomId();
  /** Decisions stashed but not yet journaled (a closing page builds and sends these itself). */
  const building = new Map<string, Stashed>();
  // The subject the page started with: one made before, whose secret may be gone (checked at its first receipt).
  const started = o.startSubjectId === undefined ? consent.snapshot().subjectId : o.startSubjectId || undefined;
  let start = started;

  const subjectOf = (e: DecisionEvent) => resolveSubject(moved, e.snapshot.subjectId || fallbackSubject)!;
  /** A new subject id for `from`'s receipts: the core's own when `from` is the current one (the cookie follows). */
  const move = (from: string) => {
    const to = consent.snapshot().subjectId === from ? consent.renewSubject() : randomId();
    moved.set(from, to);
    return to;
  };
  const fresh = (subject: string) => () => minted.get(subject) || (minted.set(subject, newSecret()), minted.get(subject)!);

  /** Appends under way: between reading a chain's head and writing after it. */
  let appending = 0;

  /** Journals the receipt of `st` (throws when it cannot be built); its caller counts `appending` down. */
  async function attempt(st: Stashed): Promise<Receipt> {
    appending++;
    let subject = subjectOf(st.event);
    // The page started with this subject but this device has no secret for it (IndexedDB cleared, or a chain
    // from before secrets): its chain at the collector cannot be continued from here, so a new one starts.
    // Unless the decision was stashed on the very page that made the subject: then it has no chain anywhere.
    if (subject === start) {
      start = undefined;
      if (!(await journal.secret(subject)) && !(st.minted && st.event.snapshot.subjectId === subject)) subject = move(subject);
    }
    const append = (sid: string) =>
      journal.append(
        sid,
        st.id,
        (head, secret) => buildReceipt(st.event, consent.config, contextOf(st, head, sid, secret, baseUrl, plain)),
        fresh(sid),
      );
    const { receipt, added } = await append(subject).catch((e) => {
      if (!(e instanceof NoSecretError)) throw e;
      return append(move(subject));
    });
    minted.delete(receipt.subjectId);
    unstash(st.id);
    if (added) {
      outbox.track(receipt);
      emit('recorded', receipt);
      if (!warned) warned = await warnLarge(journal, o.warnAt || 500, report);
      outbox.schedule(0);
    }
    return receipt;
  }

  /** Journals `st` (see `attempt`); `failed` is told why it could not. */
  async function commit(st: Stashed, failed: (cause: unknown) => void): Promise<Receipt | undefined> {
    try {
      return await attempt(st);
    } catch (cause) {
      failed(cause);
    } finally {
      appending--;
      building.delete(st.id);
    }
  }

  const ready = (async () => {
    const subject = consent.snapshot().subjectId;
    if (subject) await Promise.all([journal.head(subject), journal.secret(subject)]);
    await replayStashed(building, commit, report);
    for (const e of await journal.all()) if (e.status === 'pending') outbox.track(e.receipt);
    if (endpoint) void outbox.flush();
  })();
  let queue: Promise<unknown> = ready;

  return {
    /** `Receipts.ready`. */
    ready,

    /** `Receipts.record`: journals the receipts one after the other, after `ready`. */
    record(e: DecisionEvent, stashed?: Stashed): Promise<Receipt | undefined> {
      // Synchronously, inside the event: a page closed from here on still leaves the decision behind.
      const st = stashed || stashDecision(e, e.snapshot.subjectId !== started);
      building.set(st.id, st);
      // the guardian decision's details: hashed into the receipt, sent beside it, kept in memory only
      const g = guardianDecision(e);
      if (g) plain.set(st.id, g);
      const run = queue.then(() =>
        commit(st, (cause) => report({ code: 'record-failed', message: `could not record a receipt: ${cause}`, cause })),
      );
      queue = run;
      return run;
    },

    /**
     * Receipts for decisions still being journaled, chained after the heads (and with the secrets) this page
     * knows. `hidden` (a tab only hidden, which lives on): none while an append is under way, since the head it
     * read may be moved by another tab before it writes, and the journal would then chain the same receipt id
     * differently from what was sent.
     */
    late(hidden?: boolean): Receipt[] {
      const out: Receipt[] = [];
      if (hidden && appending) return out;
      const heads = new Map<string, Head | undefined>();
      for (const st of building.values()) {
        const s = subjectOf(st.event);
        const head = heads.has(s) ? heads.get(s) : journal.knownHead(s);
        // a chain here without a known secret, or a start subject not checked yet: left to the next start
        const secret = journal.knownSecret(s) || (!head && s !== start ? fresh(s)() : undefined);
        if (!secret) continue;
        try {
          const r = buildReceiptSync(st.event, consent.config, contextOf(st, head, s, secret, baseUrl, plain));
          heads.set(s, headOf(r));
          out.push(r);
        } catch {
          // reported when the journal write fails
        }
      }
      return out;
    },
  };
}
