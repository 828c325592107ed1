import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { decode, encode, type Stored } from './codec';
import { readCookies, removeCookies, writeCookie } from './cookie';
import { emitter } from './emitter';
import { ConfigError, ConsentError } from './errors';
import { pickLocale } from './localize';
import { crossTab } from './tabs';
import type {
  ChangeEvent,
  Choice,
  Consent,
  ConsentSnapshot,
  CreateOptions,
  DecisionInput,
  DecisionMeta,
  DecisionMethod,
  DecisionSource,
  NormalizedConfig,
  PurposeChange,
  PurposeState,
} from './types';
import { uuid } from './uuid';
import { isObject, validateConfig } from './validate';

type Purpose = NormalizedConfig['purposes'][number];

const DAY = 864e5;
const CHOICES: unknown[] = ['agree', 'disagree'];
/** Kinds that GPC (an opt-out of sale/sharing) denies unless a purpose's own `gpc` says otherwise. */
const GPC_KINDS = ['advertising', 'sale', 'sharing'];
/** Stored times are whole seconds; keep memory the same so every tab and reload agrees. */
const sec = (ms: number) => Math.floor(ms / 1000) * 1000;
const later = (fn: () => unknown) => void Promise.resolve().then(fn);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const all = (list: string[] | undefined, choice: Choice) => Object.fromEntries((list || []).map((c) => [c, choice]));

/**
 * Creates the consent instance for a site's config (DESIGN.md §2–§4). Validates the config (throws one
 * `ConfigError` listing every problem), reads the consent cookie synchronously, and works in memory
 * where there is no storage (Node, blocked cookies, `storage: 'memory'`).
 *
 * ```ts
 * const consent = createConsent(config);
 * if (consent.needsDecision()) showBanner();
 * consent.on('change', () => consent.isGranted('analytics') && loadAnalytics());
 * ```
 */
export function createConsent(input: unknown, options: CreateOptions = {}): Consent {
  const { config, problems } = validateConfig(input);
  if (!config) throw new ConfigError(problems);
  const now = options.now || Date.now;
  const nav: any = typeof navigator != 'undefined' ? navigator : {};
  const gpc = options.globalPrivacyControl ?? nav.globalPrivacyControl === true;
  const browser = typeof document != 'undefined';
  const persist = browser && options.storage != 'memory';
  const ck = config.cookie;
  const { consentDays, refusalDays, marketingReconfirmDays } = config.expiry;
  const byId = new Map(config.purposes.map((p) => [p.id, p]));
  const langs = [...new Set(config.purposes.flatMap((p) => (isObject(p.title) ? Object.keys(p.title) : [])))];
  const events = emitter();
  const reported: string[] = [];
  let useCookie = persist;
  let store: UseStore | undefined;
  const alone = { post() {}, close() {} };
  let tabs: ReturnType<typeof crossTab> = alone;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false; // the state changed here before the mirror was read: the mirror must not override it
  let live = false; // the start-up checks (expiry, GPC) have run
  let destroyed = false;
  let state: ConsentSnapshot = { purposes: {}, gpc };

  /** Reports a problem that does not stop consentry, once per kind, after listeners had a chance to attach. */
  const report = (code: string, message: string, cause?: unknown) => {
    if (!reported.includes(code)) reported.push(code), later(() => events.emit('error', { code, message, cause }));
  };
  const storageFailed = (cause?: unknown) => {
    useCookie = false;
    report('storage-unavailable', 'cookies unavailable: consent kept in memory', cause);
  };
  const idbFailed = (cause?: unknown) => {
    store = undefined;
    report('idb-failed', 'IndexedDB unavailable: no mirror', cause);
  };

  const blank = (p: Purpose): PurposeState => ({ id: p.id, version: p.version });
  const marketing = (p: Purpose) => p.kind == 'marketing' || !!p.channels;
  const current = (s: PurposeState, t: number) => t < s.expiresAt! && t < (s.reconfirmDueAt || Infinity);
  const gpcApplies = (p: Purpose) => gpc && config.gpc == 'respect' && p.necessity == 'optional' && (p.gpc ?? GPC_KINDS.includes(p.kind));
  const guardianMissing = () => !!config.children && state.ageGroup == 'child' && !state.guardian;
  const locale = () =>
    langs.length
      ? pickLocale([config.locale, ...(nav.languages || [nav.language])], langs)
      : config.locale != 'auto' ? config.locale : nav.language || 'und';

  /** Adds what follows from the config: expiry and reconfirmation dates, only configured channels. */
  const timed = (p: Purpose, s: PurposeState): PurposeState => {
    const agreed = s.choice == 'agree';
    s.expiresAt = s.decidedAt! + (agreed ? consentDays : refusalDays) * DAY;
    if (agreed && marketing(p)) s.reconfirmDueAt = s.decidedAt! + marketingReconfirmDays * DAY;
    else delete s.reconfirmDueAt;
    if (p.channels) s.channels = Object.fromEntries(p.channels.filter((c) => (s.channels || {})[c]).map((c) => [c, s.channels![c]]));
    else delete s.channels;
    if (!p.nightTime) delete s.nightTime;
    return s;
  };

  /**
   * Takes a stored consent as the state. Answers stop counting when their purpose's version changed,
   * when the policy changed (for every purpose, or the listed ones with `reconsent: 'changed'`), or when
   * a required purpose holds anything but an agreement.
   */
  const adopt = (r: Stored = { purposes: {} }) => {
    const policyChanged = !!r.policyVersion && r.policyVersion != config.policy.version;
    const purposes: ConsentSnapshot['purposes'] = {};
    for (const p of config.purposes) {
      const s = r.purposes[p.id];
      const keep =
        s &&
        p.necessity != 'notice' &&
        s.version == p.version &&
        !(p.necessity == 'required' && s.choice != 'agree') &&
        !(policyChanged && (config.policy.reconsent != 'changed' || (config.policy.changed || []).includes(p.id)));
      purposes[p.id] = keep ? timed(p, { ...s }) : blank(p);
    }
    state = copy({ ...r, purposes, gpc });
  };

  const granted = (id: string, channel?: string, t = now()) => {
    const p = byId.get(id);
    if (!p) return false;
    if (p.necessity == 'notice') return true;
    const s = state.purposes[id];
    return (
      s.choice == 'agree' &&
      current(s, t) &&
      !guardianMissing() &&
      (!channel || (channel == 'nightTime' ? s.nightTime : (s.channels || {})[channel]) == 'agree')
    );
  };
  /** One string per purpose describing what is granted, to tell which purposes a change affected. */
  const grants = (t?: number) =>
    config.purposes.map((p) => [granted(p.id, undefined, t), ...(p.channels || []).map((c) => granted(p.id, c, t)), granted(p.id, 'nightTime', t)].join());
  const diff = (before: string[]) => {
    const after = grants();
    return config.purposes.filter((_, i) => before[i] != after[i]).map((p) => p.id);
  };

  /** A fresh answer for `p`; channel and night-time answers given earlier are kept on a renewed agreement. */
  const answer = (p: Purpose, choice: Choice, source: DecisionSource, channels?: { [c: string]: Choice }, night?: Choice): PurposeState => {
    const prev = state.purposes[p.id];
    const kept = choice == 'agree' && prev.choice == 'agree' && current(prev, now());
    const s: PurposeState = { id: p.id, choice, version: p.version, source, decidedAt: sec(now()) };
    // Disagreeing with marketing refuses every channel; agreeing grants only the channels answered.
    if (p.channels) s.channels = choice == 'agree' ? { ...(kept ? prev.channels : {}), ...channels } : all(p.channels, 'disagree');
    const n = choice == 'agree' ? night || (kept ? prev.nightTime : undefined) : 'disagree';
    if (p.nightTime && n) s.nightTime = n;
    return timed(p, s);
  };

  // idb-keyval throws synchronously when indexedDB.open does: start inside a promise to catch both.
  const mirror = (value: string, s = store): Promise<unknown> =>
    Promise.resolve()
      .then(() => s && (value ? set(ck.name, value, s) : del(ck.name, s)))
      .catch(idbFailed);

  /** Expiry and the next reconfirmation, checked again when they fall due while the page stays open. */
  const schedule = () => {
    clearTimeout(timer);
    if (!browser || destroyed) return;
    let next = Infinity;
    for (const s of Object.values(state.purposes)) if (s.choice) next = Math.min(next, s.expiresAt!, s.reconfirmDueAt || Infinity);
    if (next < Infinity) {
      timer = setTimeout(check, Math.min(Math.max(next - now(), 0), 2 ** 31 - 1));
      if ((timer as any).unref) (timer as any).unref();
    }
  };

  /** Puts `value` in the cookie (removes it for `''`); a throwing or refused cookie means memory from now on. */
  const bake = (value: string) => {
    if (useCookie)
      try {
        if (!value) removeCookies(ck);
        else if (!writeCookie(ck, value)) throw new Error('cookie refused');
      } catch (e) {
        storageFailed(e);
      }
  };

  /** Writes the state everywhere it lives: cookie, mirror, other tabs. */
  const save = () => {
    const value = encode(state);
    bake(value);
    mirror(value);
    tabs.post(value);
    schedule();
  };

  /**
   * Stores a decision and returns the function that announces it: `change`, then `decision`, resolving
   * once every `decision` listener settled. Payloads are copies taken now, so listeners cannot alter the state.
   */
  const record = (changes: PurposeChange[], method: DecisionMethod, origin: ChangeEvent['origin'], before: string[], meta: DecisionMeta = {}, withdrawal = false) => {
    dirty = true;
    state.subjectId ||= uuid();
    state.policyVersion = config.policy.version;
    state.updatedAt = sec(now());
    save();
    const changed = diff(before);
    const frozen = JSON.stringify({ method, locale: meta.locale || locale(), at: now(), changes, withdrawal, snapshot: state });
    return async () => {
      const decision = JSON.parse(frozen);
      if (origin == 'expiry') events.emit('expired', { ids: changes.map((c) => c.id), snapshot: copy(decision.snapshot) });
      events.emit('change', { snapshot: copy(decision.snapshot), changed, origin });
      await Promise.all(events.emit('decision', decision));
      return snap();
    };
  };

  /** Answers that ran out become unanswered (`expired`); then GPC denies what it applies to. */
  const refresh = () => {
    const out: (() => Promise<ConsentSnapshot>)[] = [];
    const t = now();
    let before = grants(-Infinity);
    const expired: PurposeChange[] = [];
    for (const p of config.purposes) {
      const s = state.purposes[p.id];
      if (s.choice && !current(s, t)) {
        state.purposes[p.id] = { ...blank(p), source: 'expiry' };
        expired.push({ id: p.id, from: s.choice, state: state.purposes[p.id] });
      }
    }
    if (expired.length) out.push(record(expired, 'expiry', 'expiry', before));
    before = grants();
    const denied: PurposeChange[] = [];
    for (const p of config.purposes)
      if (gpcApplies(p) && !state.purposes[p.id].choice) {
        state.purposes[p.id] = answer(p, 'disagree', 'gpc');
        denied.push({ id: p.id, to: 'disagree', state: state.purposes[p.id] });
      }
    if (denied.length) out.push(record(denied, 'gpc', 'gpc', before));
    return out;
  };
  function check() {
    // Before the mirror was read, only a decision made here (which rules out a restore) allows this.
    if ((live || dirty) && !destroyed) for (const announce of refresh()) later(announce);
  }

  const snap = (): ConsentSnapshot => copy(state);

  const purposeFor = (id: string, action: string) => {
    const p = byId.get(id);
    if (!p) throw new ConsentError(`unknown purpose "${id}"`);
    if (p.necessity == 'notice') throw new ConsentError(`"${id}" is a notice: it cannot be ${action}`);
    return p;
  };
  const parse = (id: string, input: DecisionInput): PurposeState => {
    const p = purposeFor(id, 'decided');
    const o: any = typeof input == 'string' ? { choice: input } : input;
    const fail = (why: string) => {
      throw new ConsentError(`"${id}": ${why}`);
    };
    if (!isObject(o) || !CHOICES.includes(o.choice)) fail('expected "agree" or "disagree"');
    if (o.choice == 'disagree' && p.necessity == 'required') fail('is required: it cannot be disagreed (withdraw it instead)');
    if (o.channels !== undefined && !isObject(o.channels)) fail('channels: expected an object');
    const asked = { ...o.channels };
    if (o.nightTime !== undefined) asked[' nightTime'] = o.nightTime;
    for (const c in asked) {
      const name = c.trim();
      if (!(c == ' nightTime' ? p.nightTime : (p.channels || []).includes(c))) fail(`no channel "${name}"`);
      // Disagreeing with the purpose refuses every channel: a channel cannot stay agreed.
      if (!CHOICES.includes(asked[c]) || (asked[c] == 'agree' && o.choice == 'disagree')) fail(`${name}: cannot be "${asked[c]}" here`);
    }
    return answer(p, o.choice, 'user', o.channels, o.nightTime);
  };

  const decide = (choices: { [id: string]: DecisionInput }, meta: DecisionMeta = {}): Promise<ConsentSnapshot> => {
    if (!isObject(choices)) throw new ConsentError('decide() expects { id: "agree" | "disagree" }');
    const next = Object.keys(choices).map((id) => parse(id, choices[id]));
    if (!next.length) return Promise.resolve(snap());
    const before = grants();
    const changes = next.map((s) => {
      const from = state.purposes[s.id].choice;
      state.purposes[s.id] = s;
      return { id: s.id, from, to: s.choice, state: s };
    });
    return record(changes, meta.method || 'api', 'local', before, meta)();
  };

  const onRemote = (value: string) => {
    const r = decode(value);
    if (value && !r) return; // a damaged message is never taken as consent
    dirty = true;
    const before = grants();
    adopt(r);
    schedule();
    events.emit('change', { snapshot: snap(), changed: diff(before), origin: 'remote' });
  };

  // Start: the cookie is read synchronously, so a returning visitor's answers count from the first line.
  let found: Stored | undefined;
  if (useCookie && nav.cookieEnabled === false) storageFailed();
  if (useCookie)
    try {
      const values = readCookies(ck.name);
      let raw = '';
      let invalid = 0;
      for (const v of values) {
        const r = decode(v);
        if (!r) invalid++;
        else if (!found || r.updatedAt! > found.updatedAt!) (found = r), (raw = v);
      }
      if (invalid) report('cookie-invalid', `damaged or foreign "${ck.name}" cookie ignored`);
      // Copies on other domains or paths (e.g. example.com and www.example.com): keep only the newest.
      if (values.length > 1 && found) removeCookies(ck), writeCookie(ck, raw);
    } catch (e) {
      storageFailed(e);
    }
  adopt(found);
  if (persist && config.mirror)
    try {
      store = createStore('consentry', 'consent');
    } catch (e) {
      idbFailed(e);
    }
  if (options.crossTab ?? persist)
    try {
      tabs = crossTab(ck.name, onRemote);
    } catch {
      // no way to reach other tabs: each tab catches up on its next load
    }
  // Expiry and GPC apply at once, unless the mirror may still restore a consent whose cookie is gone.
  let startup = found || !store ? ((live = true), refresh()) : [];

  const ready = (async () => {
    await 0; // let the caller attach listeners before anything is announced
    if (store)
      try {
        const value = await get(ck.name, store);
        const r = decode(value);
        if (value !== undefined && !r) report('mirror-invalid', 'damaged IndexedDB copy ignored');
        if (!found && !dirty && !destroyed && r) {
          // The cookie is gone (Safari's 7-day cap, cleared cookies) but the mirror kept the consent.
          const before = grants();
          adopt(r);
          bake(value);
          events.emit('change', { snapshot: snap(), changed: diff(before), origin: 'restore' });
        } else if (!dirty && value !== encode(state)) await mirror(encode(state));
      } catch (e) {
        idbFailed(e);
      }
    if (!live) (live = true), (startup = refresh());
    if (!destroyed) for (const announce of startup) await announce();
    schedule();
  })();

  /** Ids that need an answer now: unanswered, stale or expired, except those GPC answers by itself. */
  const pending = (): string[] => {
    check();
    const t = now();
    return config.purposes
      .filter((p) => p.necessity != 'notice' && !gpcApplies(p) && !(state.purposes[p.id].choice && current(state.purposes[p.id], t)))
      .map((p) => p.id);
  };

  return {
    config,
    ready,
    get: (id) => (check(), byId.has(id) ? copy(state.purposes[id]) : undefined),
    snapshot: () => (check(), snap()),
    isGranted: (id, channel) => (check(), granted(id, channel)),
    decide,
    agreeAll: (meta) =>
      decide(
        Object.fromEntries(
          config.purposes
            .filter((p) => p.necessity != 'notice')
            .map((p) => [p.id, { choice: 'agree', channels: all(p.channels, 'agree'), nightTime: p.nightTime ? 'agree' : undefined }]),
        ),
        meta,
      ),
    disagreeAll: ({ acceptRequired, ...meta } = {}) =>
      decide(
        Object.fromEntries(
          config.purposes
            .filter((p) => p.necessity == 'optional' || (acceptRequired && p.necessity == 'required'))
            .map((p) => [p.id, p.necessity == 'optional' ? 'disagree' : 'agree']),
        ),
        meta,
      ),
    withdraw(ids, meta = {}) {
      const list = ids === undefined ? config.purposes.filter((p) => state.purposes[p.id].choice == 'agree').map((p) => p.id) : [ids].flat();
      const targets = list.map((id) => purposeFor(id, 'withdrawn'));
      if (!targets.length) return Promise.resolve(snap());
      const before = grants();
      const changes = targets.map((p) => {
        const from = state.purposes[p.id].choice;
        // A required purpose has no "disagree": withdrawn, it is unanswered and asked again.
        const s = p.necessity == 'required' ? { ...blank(p), source: 'withdraw' as const, decidedAt: sec(now()) } : answer(p, 'disagree', 'withdraw');
        state.purposes[p.id] = s;
        return { id: p.id, from, to: s.choice, state: s };
      });
      return record(changes, meta.method || 'api', 'local', before, meta, true)();
    },
    needsDecision: () => pending().length > 0,
    pending,
    setAgeGroup(group) {
      if (group != 'adult' && group != 'child') throw new ConsentError('setAgeGroup() expects "adult" or "child"');
      dirty = true;
      const before = grants();
      state.ageGroup = group;
      save();
      events.emit('change', { snapshot: snap(), changed: diff(before), origin: 'local' });
    },
    needsGuardian: guardianMissing,
    recordGuardian(r) {
      if (!config.children) throw new ConsentError('recordGuardian() needs "children" in the config');
      const o: any = r;
      if (
        !isObject(o) ||
        ['name', 'contact', 'method'].some((k) => typeof o[k] != 'string' || !o[k].trim()) ||
        (o.verifiedAt !== undefined && !(o.verifiedAt > 0))
      )
        throw new ConsentError('recordGuardian() expects { name, contact, method } (text) and verifiedAt (ms)');
      const before = grants();
      state.ageGroup = 'child';
      state.guardian = { name: o.name, contact: o.contact, method: o.method, verifiedAt: sec(o.verifiedAt || now()) };
      // The guardian's consent covers the child's current answers: they are re-confirmed in this decision.
      const changes = config.purposes
        .filter((p) => state.purposes[p.id].choice)
        .map((p) => ({ id: p.id, from: state.purposes[p.id].choice, to: state.purposes[p.id].choice, state: state.purposes[p.id] }));
      return record(changes, 'guardian', 'local', before)();
    },
    on: events.on,
    async reset() {
      dirty = true;
      const before = grants();
      bake('');
      const done = mirror('');
      tabs.post('');
      adopt();
      schedule();
      events.emit('change', { snapshot: snap(), changed: diff(before), origin: 'local' });
      await done;
      if (live) for (const announce of refresh()) await announce();
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      tabs.close();
      tabs = alone; // a closed BroadcastChannel throws on postMessage: decisions after destroy() stay local
    },
  };
}
