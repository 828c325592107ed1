import type { Stored } from './codec';
import { lifetimeDays, regionMayDefault, sellsOrShares } from './kinds';
import type { RegionModel } from './regions';
import type { Choice, ConsentSnapshot, NormalizedConfig, PurposeState } from './types';

/**
 * The consent state read from a stored value: which answers still count and what they grant. Pure and
 * small, so the script tag's first bytes (which only read) and the full instance (which also writes) share
 * one rule. Nothing here writes a cookie or emits an event.
 */

export type Purpose = NormalizedConfig['purposes'][number];
export type Source = PurposeState['source'];

const DAY = 864e5;

/**
 * The state of purpose `p`: unanswered without `choice`; else the answer with what follows from the
 * config: its lifetime by kind (none for service and legal kinds), the marketing reconfirmation date, and
 * only configured channels. Refusing refuses every channel and night-time sending.
 */
export function purposeState(
  config: NormalizedConfig,
  p: Purpose,
  choice?: Choice,
  source?: Source,
  decidedAt?: number,
  channels: { [c: string]: Choice } = {},
  night?: Choice,
): PurposeState {
  const agree = choice == 'agree';
  const days = choice && lifetimeDays(p, choice, config.expiry);
  return {
    id: p.id,
    choice,
    version: p.version,
    source,
    decidedAt,
    expiresAt: days ? decidedAt! + days * DAY : undefined,
    reconfirmDueAt: agree && (p.kind == 'marketing' || p.channels) ? decidedAt! + config.expiry.marketingReconfirmDays * DAY : undefined,
    channels: choice && p.channels && Object.fromEntries(p.channels.map((c) => [c, agree ? channels[c] : choice]).filter((e) => e[1])),
    nightTime: (choice && p.nightTime && (agree ? night : choice)) || undefined,
  };
}

/**
 * The state a stored consent gives. Answers stop counting when their purpose's version changed, when the
 * policy changed (for every purpose, or the listed ones with `reconsent: 'changed'`), or when a required
 * purpose holds anything but an agreement. Expiry is not applied here (see `expiredIds`).
 */
export function adoptStored(
  config: NormalizedConfig,
  r: Stored = { purposes: {} },
  gpc: boolean,
  model: RegionModel = 'opt-in',
): ConsentSnapshot {
  const { policy } = config;
  const policyChanged = r.policyVersion && r.policyVersion != policy.version;
  const state: ConsentSnapshot = { ...r, purposes: {}, gpc };
  for (const p of config.purposes) {
    const s = r.purposes[p.id];
    state.purposes[p.id] =
      s &&
      p.necessity != 'notice' &&
      !gpcOverrules(config, state, p, s, model) &&
      s.version == p.version &&
      (p.necessity != 'required' || s.choice == 'agree') &&
      !(policyChanged && (policy.reconsent != 'changed' || (policy.changed || []).includes(p.id)))
        ? {
            ...purposeState(config, p, s.choice!, s.source, s.decidedAt!, s.channels, s.nightTime),
            ...(s.overGpc && { overGpc: s.overGpc }),
          }
        : purposeState(config, p);
  }
  // `opt-out` and `notice`: an optional cookie or tracking purpose nobody answered runs (unless GPC refuses
  // it), marked as the region's default so it is never stored nor taken for an agreement; any real answer
  // stands as it is. A site that asks for the visitor's age gives no default until the visitor is known to be
  // an adult: a child's data is not sold or shared without consent (CCPA 1798.120(c)).
  if (model != 'opt-in' && (!config.children || state.ageGroup == 'adult'))
    for (const p of config.purposes)
      if (regionMayDefault(p) && !state.purposes[p.id].choice && !gpcApplies(config, state, p))
        state.purposes[p.id] = { id: p.id, choice: 'agree', version: p.version, source: 'region-default' };
  return state;
}

/** `s` without the region's defaults: what is stored (a default is no answer and must not travel to another model). */
export const answersOnly = <S extends { purposes: ConsentSnapshot['purposes'] }>(s: S): S => ({
  ...s,
  purposes: Object.fromEntries(Object.entries(s.purposes).filter((e) => e[1].source != 'region-default')),
});

/**
 * Whether the visitor must be shown something: a purpose needs an answer, or (`notice` model) the notice
 * was not acknowledged under this policy version.
 */
export const needsAnswer = (config: NormalizedConfig, state: ConsentSnapshot, model: RegionModel): boolean =>
  pendingIds(config, state).length > 0 || (model == 'notice' && state.policyVersion != config.policy.version);

/**
 * Whether GPC sets aside the answer `s` to `p`: where the region does not ask first (`opt-out`, `notice`),
 * the signal wins over an agreement given before it (CCPA regulations, 11 CCR § 7025(c)(3)), unless the
 * visitor confirmed it over the signal after being told of the conflict (`overGpc`).
 */
export const gpcOverrules = (
  config: NormalizedConfig,
  state: ConsentSnapshot,
  p: Purpose,
  s: Pick<PurposeState, 'choice' | 'overGpc'>,
  model: RegionModel,
): boolean => model != 'opt-in' && s.choice == 'agree' && !s.overGpc && gpcApplies(config, state, p);

/** Whether GPC answers `p` by itself (a refusal) when the visitor sends the signal. */
export const gpcApplies = (config: NormalizedConfig, state: ConsentSnapshot, p: Purpose): boolean =>
  state.gpc && config.gpc == 'respect' && sellsOrShares(p);

/** Whether the visitor said they are a child (with `children` configured). */
export const isChild = (config: NormalizedConfig, state: ConsentSnapshot): boolean => !!config.children && state.ageGroup == 'child';

/**
 * Whether `p`'s answer grants it. For a child only the guardian's agreements count (and with
 * `requiredBeforeGuardian`, the child's own agreement to required purposes); with `mode: 'refuse'`
 * nothing does.
 */
export function counts(config: NormalizedConfig, state: ConsentSnapshot, p: Purpose, s: PurposeState): boolean {
  const kids = config.children;
  return (
    s.choice == 'agree' &&
    (!isChild(config, state) ||
      (kids!.mode == 'guardian' && (s.source == 'guardian' || (p.necessity == 'required' && kids!.requiredBeforeGuardian))))
  );
}

/** Whether purpose `id` (and `channel`, when given) is granted in `state`, whose expired answers are already blank. */
export function grantedIn(config: NormalizedConfig, state: ConsentSnapshot, id: string, channel?: string): boolean {
  const p = config.purposes.find((q) => q.id == id);
  const s = state.purposes[id];
  return (
    !!p &&
    (p.necessity == 'notice' ||
      (counts(config, state, p, s) && (!channel || ({ ...s.channels, nightTime: s.nightTime } as any)[channel] == 'agree')))
  );
}

/** Purposes whose answer ran out at `t` (reconfirmDueAt is a notice date, not an expiry). */
export const expiredIds = (config: NormalizedConfig, state: ConsentSnapshot, t: number): string[] =>
  config.purposes.filter((p) => t >= state.purposes[p.id].expiresAt!).map((p) => p.id);

/** Ids that need an answer: unanswered (expired ones blanked first), except notices and those GPC answers. */
export const pendingIds = (config: NormalizedConfig, state: ConsentSnapshot): string[] =>
  config.purposes.filter((p) => p.necessity != 'notice' && !gpcApplies(config, state, p) && !state.purposes[p.id].choice).map((p) => p.id);
