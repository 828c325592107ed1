import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { decode, encode, hasGuardianDetails, type Stored } from './codec';
import { baseName, readCookies, readStartCookie, removeCookies, writeCookie } from './cookie';
import { emitter } from './emitter';
import { ConsentError } from './errors';
import { bannerGrants, isMarketing } from './kinds';
import { localize, pickLocale } from './localize';
import { browserTimeZone, decideRegion } from './regions';
import {
  adoptStored,
  answersOnly,
  counts as countsIn,
  expiredIds,
  gpcApplies as gpcIn,
  grantedIn,
  isChild,
  needsAnswer,
  pendingIds,
  purposeState,
  type Purpose,
  type Source,
} from './state';
import { crossTab } from './tabs';
import type {
  ChangeEvent,
  Choice,
  Consent,
  ConsentSnapshot,
  CreateOptions,
  DecisionEvent,
  DecisionInput,
  DecisionMeta,
  DecisionMethod,
  GuardianDetails,
  MarketingOutcome,
  MarketingResult,
  NormalizedConfig,
  PurposeState,
} from './types';
import { uuid } from './uuid';
import { isObject, isText } from './is';

type Announce = () => Promise<ConsentSnapshot>;
const CHOICES: unknown[] = ['agree', 'disagree'];
/** Stored times are whole seconds; keep memory the same so every tab and reload agrees. */
const sec = (ms: number) => ms - (ms % 1000);
const later = (fn: () => unknown) => void Promise.resolve().then(fn);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const ids = (list: { id: string }[]) => list.map((p) => p.id);
const fail = (message: string): never => {
  throw new ConsentError(message);
};

/**
 * The consent instance for a config that was already checked and normalized (the script tag checks its
 * config once, cheaply, and passes it here: see src/embed). Same behaviour as `createConsent`.
 */
export function consentFor(config: NormalizedConfig, options: CreateOptions = {}): Consent {
  const { purposes: list, cookie: ck, policy, children: kids } = config;
  const now = options.now || Date.now;
  const nav: any = typeof navigator != 'undefined' ? navigator : {};
  const gpc = options.globalPrivacyControl == null ? nav.globalPrivacyControl === true : options.globalPrivacyControl;
  const browser = typeof document != 'undefined';
  const persist = browser && options.storage != 'memory';
  const wanted = [config.locale, ...(nav.languages || [nav.language])];
  const langs = list.flatMap((p) => (isObject(p.title) ? Object.keys(p.title) : []));
  const region = decideRegion(config, { dataRegion: options.region, timeZone: options.timeZone || browserTimeZone() });
  const { emit, on } = emitter();
  const reported: { [code: string]: 1 } = {};
  let useCookie = persist;
  let store: UseStore | undefined;
  let post = (_value: string) => {};
  let close = () => {};
  // Expiry and GPC may apply (and the mirror may no longer restore): the cookie was there, there is no
  // mirror, the mirror has been read, or the state changed here. Until then the state is empty.
  let settled = false;
  let destroyed = false;
  let state = {} as ConsentSnapshot;

  /** Reports a problem that does not stop consentry, once per kind, after listeners had a chance to attach. */
  const report = (code: string, message: string, cause?: unknown) =>
    reported[code] || ((reported[code] = 1), later(() => emit('error', { code, message, cause })));
  const storageFailed = (cause?: unknown) => {
    useCookie = false;
    report('storage-unavailable', 'cookies unavailable: consent kept in memory', cause);
  };
  const idbFailed = (cause?: unknown) => {
    store = undefined;
    report('idb-failed', 'IndexedDB unavailable: no mirror', cause);
  };

  const find = (id: string) => list.find((p) => p.id == id);
  const at = (p: Purpose) => state.purposes[p.id];
  const gpcApplies = (p: Purpose) => gpcIn(config, state, p);
  const child = () => isChild(config, state);
  const needsGuardian = () => child() && kids!.mode == 'guardian' && !state.guardian;
  const make = (p: Purpose, choice?: Choice, source?: Source, decidedAt?: number, channels?: { [c: string]: Choice }, night?: Choice) =>
    purposeState(config, p, choice, source, decidedAt, channels, night);
  /** A new answer; an agreement the visitor gives while GPC refuses the purpose is marked as given over it. */
  const answer = (p: Purpose, choice: Choice, source: Source, channels?: { [c: string]: Choice }, night?: Choice) => {
    const s = answered(p, choice, source, channels, night);
    if (choice == 'agree' && source == 'user' && gpcApplies(p)) s.overGpc = true;
    return s;
  };
  /** Channel and night-time answers given earlier are kept when an agreement is renewed. */
  const answered = (p: Purpose, choice: Choice, source: Source, channels?: { [c: string]: Choice }, night?: Choice) => {
    const prev = at(p);
    // (a guardian's agreement never takes over channels the child answered alone)
    const keep = choice == 'agree' && prev.choice == 'agree' && (source != 'guardian' || prev.source == 'guardian');
    // A child agreeing again to what the guardian agreed to keeps the guardian's agreement: the child can
    // only narrow it (refuse channels or night-time), never widen it.
    if (keep && source == 'user' && prev.source == 'guardian' && child()) {
      const no = (v?: Choice) => (v == 'disagree' ? v : undefined);
      const narrowed: { [c: string]: Choice } = { ...prev.channels };
      for (const c in channels) if (no(channels[c])) narrowed[c] = 'disagree';
      return make(p, choice, 'guardian', prev.decidedAt, narrowed, no(night) || prev.nightTime);
    }
    return make(p, choice, source, sec(now()), { ...(keep && prev.channels), ...channels }, night || (keep ? prev.nightTime : undefined));
  };

  /** Takes a stored consent as the state (see adoptStored). */
  const adopt = (r?: Stored) => {
    state = adoptStored(config, r, gpc, region.model);
  };
  /** The stored form of the state: answers only, never the region's defaults. */
  const stored = () => encode(answersOnly(state));

  /** What a restore from the mirror keeps: the refusals, with the policy version they were given under. */
  const refusals = ({ policyVersion, updatedAt, purposes }: Stored): Stored => ({
    policyVersion,
    updatedAt,
    purposes: Object.fromEntries(Object.entries(purposes).filter((e) => e[1].choice == 'disagree')),
  });

  const counts = (p: Purpose, s: PurposeState) => countsIn(config, state, p, s);
  /** Expired answers are blanked by `check()` before anything reads the state, so this need not look at dates. */
  const granted = (id: string, channel?: string): boolean => grantedIn(config, state, id, channel);
  /** One string per purpose telling what is granted, to find the purposes a change affected. */
  const grants = () => list.map((p) => ['', 'nightTime', ...(p.channels || [])].map((c) => granted(p.id, c)) + '');
  const diff = (before: string[]) => {
    const after = grants();
    return ids(list.filter((_, i) => before[i] != after[i]));
  };
  const snap = () => copy(state);

  // The mirror key and the cross-tab channel are per origin already: they keep the name without `__Host-`.
  const key = baseName(ck.name);
  // idb-keyval throws synchronously when indexedDB.open does: start inside a promise to catch both.
  const mirror = (value: string) =>
    Promise.resolve()
      .then(() => store && (value ? set(key, value, store) : del(key, store)))
      .catch(idbFailed);

  /** Puts `value` in the cookie (removes it for `''`); a throwing or refused cookie means memory from now on. */
  const bake = (value: string) => {
    if (useCookie)
      try {
        if (!value) removeCookies(ck);
        else if (!writeCookie(ck, value)) throw Error('cookie refused');
      } catch (e) {
        storageFailed(e);
      }
  };

  /** Writes the state everywhere it lives: cookie, other tabs, mirror (the returned promise). */
  const save = () => {
    const value = stored();
    bake(value);
    post(value);
    return mirror(value);
  };

  /** Applies `change` to the state and emits `change` with the purposes whose grants it changed. */
  const update = <T>(origin: ChangeEvent['origin'], change: () => T): T => {
    settled = true;
    const before = grants();
    const result = change();
    emit('change', { snapshot: snap(), changed: diff(before), origin });
    return result;
  };

  /** A marketing answer's outcome for the result notice, or undefined when it did not change. */
  const outcome = (from?: Choice, to?: Choice): MarketingOutcome | undefined =>
    from == to ? undefined : to == 'agree' ? 'given' : to && (from == 'agree' ? 'withdrawn' : 'refused');
  /**
   * The answer that counts for the purpose (`''`), a channel or night-time: a refused purpose refuses them
   * all; an agreement that does not count (a child's own) is no answer.
   */
  const value = (p: Purpose, s: PurposeState, c: string): Choice | undefined =>
    s.choice == 'agree' ? (!counts(p, s) ? undefined : c ? (c == 'nightTime' ? s.nightTime : (s.channels || {})[c]) : s.choice) : s.choice;
  /** What changed in marketing answers between `old` and `next` states, per purpose, channel and night-time. */
  const results = (old: PurposeState[], next: PurposeState[]): MarketingResult['purposes'] => {
    const out: MarketingResult['purposes'] = [];
    next.forEach((s, i) => {
      const p = find(s.id)!;
      if (!isMarketing(p)) return;
      const r: MarketingResult['purposes'][number] = { id: s.id };
      for (const c of ['', ...(p.channels || []), ...(p.nightTime ? ['nightTime'] : [])]) {
        const o = outcome(value(p, old[i], c), value(p, s, c));
        if (o) c == '' ? (r.choice = o) : c == 'nightTime' ? (r.nightTime = o) : ((r.channels ||= {})[c] = o);
      }
      if (r.choice || r.channels || r.nightTime) out.push(r);
    });
    return out;
  };

  /**
   * Stores new answers and returns the function that announces them: `change` (with origin `gpc` or
   * `expiry` for those methods), then `decision`, resolving once every `decision` listener settled, and
   * `marketing-result` when a marketing answer changed. Payloads are copies taken now, so listeners cannot
   * alter the state. `guardian` (the guardian's details) goes into this decision's event only.
   */
  const commit = (
    next: PurposeState[],
    method: DecisionMethod,
    meta: DecisionMeta = {},
    withdrawal = false,
    before = grants(),
    guardian?: GuardianDetails,
  ): Announce => {
    if (!next.length && method != 'guardian' && method != 'notice') return async () => snap();
    settled = true;
    const old = next.map((s) => state.purposes[s.id]);
    // a region's default was no answer: refusing it is a refusal, not a withdrawal
    const from = (s: PurposeState) => (s.source == 'region-default' ? undefined : s.choice);
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
    const marketing = method == 'gpc' || method == 'expiry' ? [] : results(old, next);
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

  /** Answers that ran out become unanswered (`expired`); then GPC refuses what it applies to. */
  const refresh = (t = now()): Announce[] => [
    commit(
      // reconfirmDueAt is a date for the marketing reconfirmation notice (Network Act 50⑧), not an expiry
      expiredIds(config, state, t).map((id) => make(find(id)!, undefined, 'expiry')),
      'expiry',
    ),
    commit(
      list.filter((p) => gpcApplies(p) && !at(p).choice).map((p) => answer(p, 'disagree', 'gpc')),
      'gpc',
    ),
  ];
  const check = () => settled && refresh().map(later);

  const purpose = (id: string, action: string) => {
    const p = find(id) || fail(`unknown purpose "${id}"`);
    return p.necessity == 'notice' ? fail(`"${id}" is a notice: it cannot be ${action}`) : p;
  };
  const parse = (id: string, input: DecisionInput, source: Source = 'user'): PurposeState => {
    const p = purpose(id, 'decided');
    const o: any = typeof input == 'string' ? { choice: input } : input;
    const no = (why: string) => fail(`"${id}": ${why}`);
    const channel = (name: string, value: unknown, known: unknown) => {
      if (!known) no(`no channel "${name}"`);
      // Refusing the purpose refuses every channel: a channel cannot stay agreed.
      if (!CHOICES.includes(value) || (value == 'agree' && o.choice == 'disagree')) no(`${name}: cannot be "${value}" here`);
    };
    if (!isObject(o) || !CHOICES.includes(o.choice)) no('expected "agree" or "disagree"');
    if (o.choice == 'disagree' && p.necessity == 'required') no('is required: it cannot be disagreed (withdraw it instead)');
    if (o.channels !== undefined && !isObject(o.channels)) no('channels: expected an object');
    for (const c in o.channels) channel(c, o.channels[c], (p.channels || []).includes(c));
    if (o.nightTime !== undefined) channel('nightTime', o.nightTime, p.nightTime);
    return answer(p, o.choice, source, o.channels, o.nightTime);
  };

  const decide = (choices: { [id: string]: DecisionInput }, meta: DecisionMeta = {}) => {
    if (!isObject(choices)) fail('decide() expects { id: "agree" | "disagree" }');
    check();
    return commit(
      Object.keys(choices).map((id) => parse(id, choices[id])),
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

  // Start: the cookie is read synchronously, so a returning visitor's answers count from the first line.
  // Only copies this site wrote count (a sibling subdomain can set one on the parent domain), and none
  // dated in the future; the one kept is written back (see readStartCookie).
  let found: Stored | undefined;
  if (useCookie && nav.cookieEnabled === false) storageFailed();
  if (useCookie)
    try {
      const read = readStartCookie(ck, now());
      if (read.ignored) report('cookie-invalid', `damaged or foreign "${ck.name}" cookie ignored`);
      if ((found = read.found)) bake(read.raw);
    } catch (e) {
      storageFailed(e);
    }
  adopt(found);
  // A cookie from an earlier version may still hold a guardian's name and contact: rewrite it without them.
  if (found && found.guardian && useCookie && readCookies(ck.name).some(hasGuardianDetails)) bake(stored());
  if (persist && config.mirror)
    try {
      store = createStore('consentry', 'consent');
    } catch (e) {
      idbFailed(e);
    }
  if (options.crossTab == null ? persist : options.crossTab)
    try {
      [post, close] = crossTab(key, (value) => {
        const r = decode(value);
        // a damaged message is never taken as consent
        if (r || !value) update('remote', () => adopt(r));
      });
    } catch {
      // no way to reach other tabs: each tab catches up on its next load
    }
  // Expiry and GPC apply at once, unless the mirror may still restore a consent whose cookie is gone.
  settled = !!found || !store;
  const startup = settled ? refresh() : [];
  // Answers that run out while the page stays open are noticed within the hour.
  const timer = browser && setInterval(check, 36e5);

  const ready = (async () => {
    await 0; // let the caller attach listeners before anything is announced
    if (store)
      try {
        const value = await get(key, store);
        const r = decode(value);
        // The cookie is gone but the mirror kept the consent. Safari's cap on script-set cookies and a
        // visitor deleting cookies look the same from here, so only refusals come back: agreements and the
        // subject id would re-enable processing and re-link a visitor who meant to be forgotten. Where
        // cookies do not work at all, the mirror is the only store and comes back whole.
        if (!settled && !destroyed && r) update('restore', () => (adopt(useCookie ? refusals(r) : r), bake(stored())));
        // The mirror follows the cookie (a damaged or stale copy is replaced, a restore trimmed).
        if ((value || '') != stored()) await mirror(stored());
      } catch (e) {
        idbFailed(e);
      }
    settled = true;
    if (!destroyed) for (const announce of startup.concat(refresh())) await announce();
  })();

  /** Ids that need an answer now: unanswered, stale or expired, except those GPC answers by itself. */
  const pending = (): string[] => {
    check();
    return pendingIds(config, state);
  };

  return {
    config,
    ready,
    get: (id) => (check(), find(id) && copy(state.purposes[id])),
    snapshot: () => (check(), snap()),
    isGranted: (id, channel) => (check(), granted(id, channel)),
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
    needsDecision: () => (check(), needsAnswer(config, state, region.model)),
    pending,
    region: copy(region),
    acknowledge: (meta = {}) => (check(), commit([], 'notice', meta)()),
    setAgeGroup(group) {
      if (group != 'adult' && group != 'child') fail('setAgeGroup() expects "adult" or "child"');
      update('local', () => ((state.ageGroup = group), save()));
    },
    needsGuardian,
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
      const before = grants();
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
      for (const p of list) if (at(p).choice == 'agree' && !counts(p, at(p))) state.purposes[p.id] = make(p);
      state.guardian = { method: o.method, verifiedAt, verified };
      const guardian = { name: o.name, contact: o.contact, method: o.method, verifiedAt, verified };
      return commit(next, 'guardian', meta, false, before, guardian)();
    },
    on,
    // Answers decided (and receipted) on the member's other devices: stored like any change, announced as a
    // `change` from elsewhere, never as a `decision` (no receipt here: the proof is the other device's).
    adoptAnswers: (answers) =>
      update('remote', () => {
        for (const a of answers) {
          const p = purpose(a.id, 'adopted');
          state.purposes[p.id] = make(
            p,
            p.necessity == 'required' && a.choice != 'agree' ? undefined : a.choice,
            a.choice == 'agree' ? 'user' : a.source || 'user',
            sec(a.decidedAt),
            a.channels,
            a.nightTime,
          );
        }
        state.policyVersion = policy.version;
        state.updatedAt = sec(now());
        save();
      }),
    renewSubject() {
      state.subjectId = uuid();
      save();
      return state.subjectId;
    },
    async reset() {
      await update('local', () => (adopt(), save()));
      for (const announce of refresh()) await announce();
    },
    destroy() {
      destroyed = true;
      clearInterval(timer as any);
      close(); // posting on the closed channel fails quietly: decisions after destroy() stay local
    },
  };
}
