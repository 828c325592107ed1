import { isObject } from './is';
import { localize, pickLocale } from './localize';
import type { RegionDecision } from './regions';
import { grantedIn } from './state';
import type {
  ChangeEvent,
  Choice,
  ConsentSnapshot,
  DecisionEvent,
  DecisionMeta,
  DecisionMethod,
  EventMap,
  GuardianDetails,
  NormalizedConfig,
  PurposeState,
} from './types';
import { uuid } from './uuid';
import { marketingResults } from './writer-marketing';
import { copy, ids, sec } from './writer-util';

/** Announces answers `commit` stored; resolves to a snapshot once every `decision` listener settled. */
export type Announce = () => Promise<ConsentSnapshot>;

/** One string per purpose telling what is granted in `state`, to find the purposes a change affected. */
export const grants = (config: NormalizedConfig, state: ConsentSnapshot) =>
  config.purposes.map((p) => ['', 'nightTime', ...(p.channels || [])].map((c) => grantedIn(config, state, p.id, c)) + '');

/**
 * Changes the state (`read()`) and announces it: `update` for a change that is no decision, `commit` for
 * new answers. `save` stores the state, `settle` marks it settled (a change here means expiry and GPC
 * apply), `wanted` lists the visitor's locales.
 */
export function writerCommit(
  config: NormalizedConfig,
  region: RegionDecision,
  read: () => ConsentSnapshot,
  now: () => number,
  wanted: (string | undefined)[],
  emit: <K extends keyof EventMap>(event: K, payload: EventMap[K]) => Promise<unknown>[],
  save: () => unknown,
  settle: () => void,
) {
  const { purposes: list, policy } = config;
  const langs = list.flatMap((p) => (isObject(p.title) ? Object.keys(p.title) : []));
  const snap = () => copy(read());
  const granting = () => grants(config, read());
  const diff = (before: string[]) => {
    const after = granting();
    return ids(list.filter((_, i) => before[i] != after[i]));
  };

  /** Applies `change` to the state and emits `change` with the purposes whose grants it changed. */
  const update = <T>(origin: ChangeEvent['origin'], change: () => T): T => {
    settle();
    const before = granting();
    const result = change();
    emit('change', { snapshot: snap(), changed: diff(before), origin });
    return result;
  };

  /**
   * Stores new answers and returns the function that announces them: `change` (with origin `gpc` or
   * `expiry` for those methods), then `decision`, resolving once every `decision` listener settled, and
   * `marketing-result` when a marketing answer changed. Payloads are copies taken now, so listeners cannot
   * alter the state. `guardian` (the guardian's details) goes into this decision's event only. `setAside`:
   * the stored agreements GPC overruled when the state was read, which this GPC decision takes back.
   */
  const commit = (
    next: PurposeState[],
    method: DecisionMethod,
    meta: DecisionMeta = {},
    withdrawal = false,
    before = granting(),
    guardian?: GuardianDetails,
    setAside: string[] = [],
  ): Announce => {
    if (!next.length && method != 'guardian' && method != 'notice') return async () => snap();
    settle();
    const state = read();
    const old = next.map((s) => state.purposes[s.id]);
    // a region's default was no answer: refusing it is a refusal, not a withdrawal
    const from = (s: PurposeState): Choice | undefined =>
      setAside.includes(s.id) ? 'agree' : s.source == 'region-default' ? undefined : s.choice;
    const changes = next.map((s) => ({ id: s.id, from: from(state.purposes[s.id]), to: s.choice, state: (state.purposes[s.id] = s) }));
    state.subjectId ||= uuid();
    state.policyVersion = policy.version;
    state.updatedAt = sec(now());
    save();
    // GPC's refusals count as changed even where nothing was granted: an agreement GPC overrules was set
    // aside when the state was read, and the gate must still remove what the purpose left behind
    const changed = method == 'gpc' ? [...new Set([...diff(before), ...ids(changes)])] : diff(before);
    const locale = meta.locale || pickLocale(wanted, langs) || wanted.find((l) => l && l != 'auto') || 'und';
    const at = now();
    // the recipient's own choices only (Network Act 50⑦): not GPC defaults or expiry
    const marketing = method == 'gpc' || method == 'expiry' ? [] : marketingResults(config, state, old, next);
    const decision: DecisionEvent = copy({
      method,
      locale,
      at,
      changes,
      withdrawal,
      snapshot: state,
      guardian,
      marketingResult: marketing[0] ? { sender: localize(config.controller.name, locale), at, locale, purposes: marketing } : undefined,
      region,
    });
    const origin = method == 'gpc' || method == 'expiry' ? method : 'local';
    return async () => {
      if (origin == 'expiry') emit('expired', { ids: ids(changes), snapshot: copy(decision.snapshot) });
      emit('change', { snapshot: copy(decision.snapshot), changed, origin });
      const waits = emit('decision', decision);
      if (decision.marketingResult) emit('marketing-result', copy(decision.marketingResult));
      await Promise.all(waits);
      return snap();
    };
  };

  return { update, commit };
}

/** The `commit` of `writerCommit`. */
export type Commit = ReturnType<typeof writerCommit>['commit'];
