import { decode, hasGuardianDetails, keyOf, type Stored, withKey, withoutGuardianDetails } from './codec';
import { baseName, readCookies, readStartCookie, writeCookie } from './cookie';
import { ConsentError } from './errors';
import { FALLBACK_MODEL, browserTimeZone, decideRegion, type RegionDecision, type RegionModel } from './regions';
import { adoptStored, expiredIds, gpcApplies, grantedIn, isChild, needsAnswer, pendingIds, purposeState } from './state';
import { crossTab } from './tabs';
import type { Consent, ConsentSnapshot, CreateOptions, EventMap, Listener, NormalizedConfig } from './types';

type Sub = [event: string, fn: Listener<any>, off?: () => void];

/** A deferred config check (the script tag's, a production `createConsent`'s), as the reader runs it: the config key (computed when first asked) and the check. */
export interface Check {
  key(): string;
  run(): Promise<unknown>;
}

/** The consent as read before the writing code is there, and the hand-over to it. */
export interface Reader {
  consent: Consent;
  /** Damaged or foreign copies of the cookie found at the start (for the writer to report). */
  ignored: number;
  /** The GPC signal as the reads took it (the writer, arriving later, takes the same). */
  gpc: boolean;
  /**
   * Something must be written that only the full instance writes: an answer expired, GPC answers a
   * purpose, the cookie was damaged or holds what an earlier version wrote, or cookies do not work here.
   */
  stale: boolean;
  /**
   * Settles when the config is known to be good: at once without a `check` or when the cookie carries its
   * key, else with the check (rejected: the config was refused, and nothing is ever granted here).
   */
  checked: Promise<unknown>;
  /** The check runs: nothing counts as granted until `checked` resolves. */
  holding: boolean;
  /** Hands every call and listener to the full instance from now on. */
  attach(full: Consent): void;
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v));
const none = () => {};

/** The writes: each loads the full instance and runs there. */
const WRITES = 'acknowledge decide agreeAll disagreeAll withdraw recordGuardian reset'.split(' ');

/**
 * The reads that answer from the stored state `fresh()` until the full instance is there; `blocked()`: nothing
 * counts as granted (the config is being checked, or a write waits for the writer).
 */
const storedReads = (config: NormalizedConfig, fresh: () => ConsentSnapshot, model: RegionModel, blocked: () => unknown) => ({
  get: (id: string) => (config.purposes.some((p) => p.id == id) ? copy(fresh().purposes[id]) : undefined),
  snapshot: () => copy(fresh()),
  isGranted: (id: string, channel?: string) => !blocked() && grantedIn(config, fresh(), id, channel),
  pending: () => pendingIds(config, fresh()),
  needsDecision: () => needsAnswer(config, fresh(), model),
  needsGuardian: () => isChild(config, fresh()) && config.children!.mode == 'guardian' && !fresh().guardian,
  renewSubject: () => {
    throw new ConsentError('renewSubject() needs the consent writer: await consent.ready');
  },
});

/** The region `decide()` finds (read only when asked: it may read the time zone), under the model already known. */
const lazyRegion = (model: RegionModel, decide: () => RegionDecision): RegionDecision => ({
  model,
  get region() {
    return decide().region;
  },
  get from() {
    return decide().from;
  },
});

/** Adds `sub` to `subs`; returns what takes it off again (and off the full instance, where it is there too). */
const subscribe = (subs: Sub[], sub: Sub) => {
  subs.push(sub);
  return () => {
    const i = subs.indexOf(sub);
    if (i >= 0) subs.splice(i, 1);
    if (sub[2]) sub[2]();
  };
};

/** Tells the `change` listeners in `subs` that another tab's decision (or `origin`) changed what `before` granted into `after`. */
function tell(
  config: NormalizedConfig,
  subs: Sub[],
  before: string[],
  after: string[],
  snapshot: ConsentSnapshot,
  origin: 'remote' | 'checked' = 'remote',
): void {
  const changed = config.purposes.filter((_, i) => before[i] != after[i]).map((p) => p.id);
  if (changed[0])
    for (const [event, fn] of subs.slice())
      if (event == 'change')
        try {
          fn({ snapshot, changed, origin });
        } catch (e) {
          console.error(e);
        }
}

/**
 * A consent instance whose reads (get, isGranted, snapshot, needsDecision, pending, needsGuardian, on)
 * answer synchronously from the consent cookie, read once here with the core's own rules (state.ts), and
 * whose every write loads the writing instance (`full()`, writer.ts) and runs there, so that the code that
 * writes need not be in the page's first bytes. Listeners subscribed before it arrives move over to it.
 * Until then another tab's decision still reaches this tab (a `change` with origin `remote`). `options` as
 * for `createConsent`. `check` (the script tag, and `createConsent` in production): the config key (computed
 * when first asked) and the deferred structural check, run unless the cookie was written under that key;
 * until it passes nothing counts as granted and the cookie is written back only as it was read (without
 * the key), then the stored answers count (a `change` with origin `checked`).
 */
export function createReader(config: NormalizedConfig, full: () => Promise<Consent>, options: CreateOptions = {}, check?: Check): Reader {
  const nav: any = typeof navigator != 'undefined' ? navigator : {};
  const persist = typeof document != 'undefined' && options.storage != 'memory';
  // Without a `regions` section every region has the same model and the time zone (an Intl call that takes
  // tens of milliseconds on a slow phone) is never read (see decideRegion); with one, it is read here at once.
  let decided: RegionDecision | undefined;
  const region = () => (decided ||= decideRegion(config, { dataRegion: options.region, timeZone: options.timeZone || browserTimeZone }));
  const model = config.regions ? region().model : FALLBACK_MODEL;
  const gpc = options.globalPrivacyControl == null ? nav.globalPrivacyControl === true : options.globalPrivacyControl;
  const now = options.now || Date.now;
  const ck = config.cookie;
  const subs: Sub[] = [];
  let writer: Consent | undefined;
  let destroyed = false;
  let stale = persist && nav.cookieEnabled === false;
  let found: Stored | undefined;
  let raw = '';
  // the consent cookie as it is now (see readStartCookie); undefined where cookies are not read or fail
  // (what must be rewritten is decided at the start: the copies ignored, a guardian's details)
  const reread = () => {
    if (persist)
      try {
        const read = readStartCookie(ck, now());
        found = read.found;
        raw = read.raw;
        stale ||= read.ignored > 0 || (!!found && readCookies(ck.name).some(hasGuardianDetails));
        return read;
      } catch {
        stale = true;
      }
  };
  const start = reread();
  const ignored = start ? start.ignored : 0;
  // Writes back the copy readStartCookie kept (it deleted ours) and so renews its lifetime from this visit,
  // as the full instance does (an earlier version's copy without the guardian's name and contact it held);
  // under the page's config key once the config is known to be good. While the config is still being checked,
  // its `cookie` section may be what is wrong with it (a domain with a scheme, an expiry that is no number):
  // then the copy goes back host-only on `/` (Lax, and Secure on https), where the next page still finds it,
  // instead of being lost.
  const renew = () => {
    const v = check && !held ? withKey(withoutGuardianDetails(raw), check.key()) : withoutGuardianDetails(raw);
    if (
      found &&
      !writeCookie(ck, v) &&
      !(
        held &&
        writeCookie({ name: ck.name, path: '/', sameSite: 'Lax', secure: location.protocol == 'https:', expiresDays: 365 } as typeof ck, v)
      )
    )
      stale = true;
  };
  // the config passed its check on an earlier page with this very text, or it is checked now
  // (no cookie: nothing to compare, so the key, a hash of the whole config, is not computed before the banner)
  let held = check && (!raw || keyOf(raw) != check.key()) ? check.run() : undefined;
  const checked = held || Promise.resolve();
  renew();
  let state = {} as ConsentSnapshot;
  // answers that ran out count as none, checked at every read; the full instance records their expiry
  const fresh = () => {
    for (const id of expiredIds(config, state, now())) state.purposes[id] = purposeState(config, config.purposes.find((p) => p.id == id)!);
    return state;
  };
  const adopt = (r?: Stored) => {
    state = adoptStored(config, r, gpc, model);
    fresh();
  };
  adopt(found);
  // While a write waits for the writer (or if the writer never comes), nothing counts as granted: the write
  // may refuse any purpose, or make the visitor a child whose own answers count for less.
  let waiting = false;
  stale ||= config.purposes.some((p) => !state.purposes[p.id].choice && ((found && found.purposes[p.id]) || gpcApplies(config, state, p)));

  // what the stored state grants, per purpose (with its channels and night time); `is`: another instance's
  const grants = (is = (id: string, c: string) => grantedIn(config, fresh(), id, c)) =>
    config.purposes.map((p) => ['', 'nightTime', ...(p.channels || [])].map((c) => is(p.id, c)) + '');
  // another tab decided: take its value (a damaged message is never taken as consent)
  let close = () => {};
  if (options.crossTab == null ? persist : options.crossTab)
    try {
      close = crossTab(baseName(ck.name), (value) => {
        const r = decode(value);
        if (!r && value) return;
        const before = grants();
        adopt(r);
        tell(config, subs, before, grants(), copy(state));
      })[1];
    } catch {
      // no way to reach other tabs: this tab catches up on its next load
    }

  /** A write: runs on the full instance once it is there. */
  const write =
    (k: keyof Consent) =>
    (...a: any[]) =>
      writer ? (writer[k] as any)(...a) : ((waiting = true), full().then((w) => (w[k] as any)(...a)));
  /** A write that returns nothing: a failure to load the writer is logged. */
  const later =
    (k: keyof Consent) =>
    (...a: any[]) =>
      void (writer ? (writer[k] as any)(...a) : write(k)(...a).catch(console.error));

  const consent = {
    config,
    get ready() {
      // (settles after a refusal too, as the inert instance's does)
      return writer ? writer.ready : checked.then(none, none);
    },
    // a fresh object per read (as the full instance's copy); its model is known without the time zone
    get region(): RegionDecision {
      return lazyRegion(model, region);
    },
    setAgeGroup(group: 'adult' | 'child') {
      if (group != 'adult' && group != 'child') throw new ConsentError('setAgeGroup() expects "adult" or "child"');
      later('setAgeGroup')(group);
    },
    adoptAnswers: later('adoptAnswers'),
    on: <K extends keyof EventMap>(event: K, fn: Listener<EventMap[K]>) => subscribe(subs, [event, fn, writer && writer.on(event, fn)]),
    destroy() {
      destroyed = true;
      close();
      if (writer) writer.destroy();
    },
  } as { [k: string]: unknown };
  // the reads answer here until the full instance is there, then there
  const reads = storedReads(config, fresh, model, () => waiting || held) as { [k: string]: (...a: any[]) => unknown };
  for (const k in reads) consent[k] = (...a: any[]) => (writer ? (writer[k as keyof Consent] as any)(...a) : reads[k](...a));
  for (const k of WRITES) consent[k] = write(k as keyof Consent);

  if (held)
    held.then(
      () => {
        // (after destroy(): nothing is written or told any more)
        if (destroyed) return;
        const before = grants(() => false);
        held = undefined;
        // the cookie as it is now (another tab may have decided meanwhile), not as it was at load
        if (reread()) adopt(found);
        renew();
        tell(config, subs, before, grants(), copy(state), 'checked');
      },
      () => {},
    );

  return {
    consent: consent as unknown as Consent,
    ignored,
    gpc,
    stale,
    checked,
    holding: !!held,
    attach(w) {
      if (writer) return;
      const before = grants();
      writer = w;
      close();
      for (const sub of subs) sub[2] = w.on(sub[0] as keyof EventMap, sub[1]);
      // The writer read the cookie again: another tab's decision whose message came after this reader
      // stopped listening, and before the writer did, is told here (else the banner would stay up).
      const after = grants((id, c) => w.isGranted(id, c));
      tell(config, subs, before, after, w.snapshot());
    },
  };
}
