import { isObject, isText } from './is';
import { bannerGrants } from './kinds';
import { counts, type Purpose } from './state';
import type { Consent, ConsentSnapshot, DecisionInput, DecisionMeta, NormalizedConfig, PurposeState } from './types';
import type { Answers } from './writer-answers';
import { type Commit, grants } from './writer-commit';
import { fail, ids, sec } from './writer-util';

/**
 * The methods that record decisions: each checks its input, has `check()` apply expiry and GPC first,
 * turns the answers into purpose states (`a`) and commits them, resolving once the decision was announced.
 */
export function writerDecisions(
  config: NormalizedConfig,
  a: Answers,
  commit: Commit,
  check: () => unknown,
  read: () => ConsentSnapshot,
  now: () => number,
): Pick<Consent, 'decide' | 'agreeAll' | 'disagreeAll' | 'withdraw' | 'acknowledge' | 'recordGuardian'> {
  const { purposes: list, children: kids } = config;
  const { at, make, answer, purpose, parse } = a;

  const decide = (choices: { [id: string]: DecisionInput }, meta: DecisionMeta = {}) => {
    if (!isObject(choices)) fail('decide() expects { id: "agree" | "disagree" }');
    check();
    return commit(
      Object.keys(choices).map((id) => parse(id, choices[id], 'user', meta.overGpc)),
      meta.method || 'api',
      meta,
    )();
  };
  /** Decides every purpose `pick` gives an answer for; from the banner, only those it may grant are agreed. */
  const every = (pick: (p: Purpose) => DecisionInput | false | undefined, meta: DecisionMeta = {}) =>
    decide(
      Object.fromEntries(
        list.map((p) => [p.id, pick(p)]).filter((e, i) => e[1] && (meta.method != 'banner' || e[1] == 'disagree' || bannerGrants(list[i]))),
      ),
      meta,
    );

  return {
    decide,
    agreeAll: (meta) =>
      every(
        (p) =>
          p.necessity != 'notice' && {
            choice: 'agree',
            channels: Object.fromEntries((p.channels || []).map((c) => [c, 'agree'])),
            nightTime: p.nightTime ? 'agree' : undefined,
          },
        meta,
      ),
    disagreeAll: ({ acceptRequired, ...meta } = {}) =>
      every((p) => (p.necessity == 'optional' ? 'disagree' : acceptRequired && p.necessity == 'required' && 'agree'), meta),
    withdraw: (which, meta = {}) =>
      commit(
        (which === undefined ? ids(list.filter((p) => at(p).choice == 'agree')) : [which].flat()).map((id) => {
          const p = purpose(id, 'withdrawn');
          // A required purpose has no "disagree": withdrawn, it is unanswered and asked again.
          return p.necessity == 'required' ? make(p, undefined, 'withdraw', sec(now())) : answer(p, 'disagree', 'withdraw');
        }),
        meta.method || 'api',
        meta,
        true,
      )(),
    acknowledge: (meta = {}) => (check(), commit([], 'notice', meta)()),
    recordGuardian(d, choices = {}, meta = {}) {
      if (!kids || kids.mode != 'guardian') fail('recordGuardian() needs "children" in the config, with mode "guardian"');
      const o: any = d || {};
      if (
        !['name', 'contact', 'method'].every((k) => isText(o[k])) ||
        !(o.verifiedAt == null || o.verifiedAt > 0) ||
        !(o.verified == null || typeof o.verified == 'boolean')
      )
        fail('recordGuardian() expects { name, contact, method } (text), verifiedAt (ms) and verified (true or false)');
      if (!isObject(choices)) fail('recordGuardian() expects choices as { id: "agree" | "disagree" }');
      check();
      const state = read();
      const before = grants(config, state);
      const given: { [id: string]: PurposeState } = {};
      for (const id of Object.keys(choices)) given[id] = parse(id, choices[id], 'guardian');
      // Every item is in the guardian's decision: an optional one left out is refused, a required one is not agreed.
      const next = list
        .filter((p) => p.necessity != 'notice')
        .map(
          (p) =>
            given[p.id] || (p.necessity == 'optional' ? answer(p, 'disagree', 'guardian') : make(p, undefined, 'guardian', sec(now()))),
        );
      const verifiedAt = sec(o.verifiedAt || now());
      const verified = o.verified === true && o.method != 'self-declared';
      state.ageGroup = 'child';
      // the child's own agreements never counted: the guardian's answers replace no answer
      for (const p of list) if (at(p).choice == 'agree' && !counts(config, state, p, at(p))) state.purposes[p.id] = make(p);
      state.guardian = { method: o.method, verifiedAt, verified };
      const guardian = { name: o.name, contact: o.contact, method: o.method, verifiedAt, verified };
      return commit(next, 'guardian', meta, false, before, guardian)();
    },
  };
}
