import { lifetimeDays } from '../core/kinds';
import type { Choice, ConsentSnapshot, NormalizedConfig } from '../core/types';

/** One state as `GET /v1/accounts/:id/consent` gives it. */
export interface AccountStateEntry {
  state: string;
  at: string;
  receiptId: string;
}

/** One purpose of the account's consent (the collector's answer). */
export interface AccountPurpose extends AccountStateEntry {
  id: string;
  /** The purpose version and policy version of the receipt that proves `state`. */
  version?: string;
  policyVersion?: string;
  channels?: { [channel: string]: AccountStateEntry };
  nightTime?: AccountStateEntry;
  receipts?: string[];
}

/** What `Consent.adoptAnswers` takes. */
export type AdoptedAnswer = Parameters<NonNullable<import('../core/types').Consent['adoptAnswers']>>[0][number];

const DAY = 864e5;
/** Tolerated clock difference between the collector and this browser. */
const SKEW = 5 * 60_000;

/**
 * The account's answers this browser takes, by the rules in docs/accounts.md ("Cross-device"):
 * - the later answer wins, as on the collector: an answer is taken only when it is newer than this
 *   browser's own answer to the purpose (or the purpose is unanswered here); in the same second, a
 *   refusal or withdrawal beats an agreement;
 * - a refusal or withdrawal is taken whatever terms it was given under (it only stops processing);
 * - an agreement only for the same purpose version and the same policy version (or a policy change that
 *   does not ask again for it), never for a child's browser, never once its lifetime ran out;
 * - channel and night-time answers come with their purpose's agreement, only those the config has.
 */
export function answersFromAccount(
  config: NormalizedConfig,
  snapshot: ConsentSnapshot,
  purposes: AccountPurpose[],
  now: number,
): AdoptedAnswer[] {
  const out: AdoptedAnswer[] = [];
  for (const e of purposes) {
    const p = config.purposes.find((x) => x.id === e.id);
    if (!p || p.necessity == 'notice') continue;
    const at = Date.parse(e.at);
    if (!(at > 0) || at > now + SKEW) continue;
    const choice: Choice | undefined =
      e.state == 'given' ? 'agree' : e.state == 'refused' || e.state == 'withdrawn' ? 'disagree' : undefined;
    if (!choice) continue;
    const local = snapshot.purposes[p.id];
    // The core keeps whole seconds: within the same second, a refusal or withdrawal wins (it only stops processing).
    const sec = at - (at % 1000);
    const mine = local && local.choice ? local.decidedAt || 0 : -1;
    if (mine > sec || (mine == sec && (choice == 'agree' || local.choice == 'disagree'))) continue;
    const days = lifetimeDays(p, choice, config.expiry);
    if (days && at + days * DAY <= now) continue;
    if (choice == 'agree') {
      const policy = config.policy;
      const samePolicy =
        e.policyVersion === policy.version ||
        (!!e.policyVersion && policy.reconsent == 'changed' && !(policy.changed || []).includes(p.id));
      if (e.version !== p.version || !samePolicy || snapshot.ageGroup == 'child') continue;
    }
    const a: AdoptedAnswer = { id: p.id, choice, decidedAt: at, source: e.state == 'withdrawn' ? 'withdraw' : 'user' };
    if (choice == 'agree') {
      const ch: { [c: string]: Choice } = {};
      for (const c of p.channels || []) {
        const x = e.channels && e.channels[c];
        if (x) ch[c] = x.state == 'given' ? 'agree' : 'disagree';
      }
      if (Object.keys(ch).length) a.channels = ch;
      if (p.nightTime && e.nightTime) a.nightTime = e.nightTime.state == 'given' ? 'agree' : 'disagree';
    }
    out.push(a);
  }
  return out;
}
