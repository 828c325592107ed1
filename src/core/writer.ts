import type { Stored } from './codec';
import { encode } from './codec-encode';
import { emitter } from './emitter';
import { browserTimeZone, decideRegion } from './regions';
import { adoptStored, answersOnly, expiredIds, gpcOverrules, grantedIn, needsAnswer, pendingIds } from './state';
import type { Consent, ConsentSnapshot, CreateOptions, NormalizedConfig, PurposeState } from './types';
import { uuid } from './uuid';
import { writerAnswers } from './writer-answers';
import { type Announce, writerCommit } from './writer-commit';
import { writerDecisions } from './writer-decisions';
import { writerStore } from './writer-store';
import { copy, fail, ids, later, sec } from './writer-util';

/**
 * The writing consent instance for a config that was already checked and normalized (`createConsent` and
 * the script tag load it after their reader, reader.ts). `ignored`: damaged or foreign cookie copies the
 * reader found and deleted before this instance could (reported as this instance's own would be). `key`:
 * the config key its values carry (the script tag's, see `keyOf` in codec.ts).
 */
export function consentFor(config: NormalizedConfig, options: CreateOptions = {}, ignored = 0, key?: string): Consent {
  const { purposes: list, cookie: ck, policy, children: kids } = config;
  const now = options.now || Date.now;
  const nav: any = typeof navigator != 'undefined' ? navigator : {};
  const gpc = options.globalPrivacyControl == null ? nav.globalPrivacyControl === true : options.globalPrivacyControl;
  const browser = typeof document != 'undefined';
  const persist = browser && options.storage != 'memory';
  const wanted = [config.locale, ...(nav.languages || [nav.language])];
  // (the time zone only when the config has regions: see decideRegion)
  const region = decideRegion(config, { dataRegion: options.region, timeZone: options.timeZone || browserTimeZone });
  const { emit, on } = emitter();
  const reported: { [code: string]: 1 } = {};
  // Expiry and GPC may apply (and the mirror may no longer restore): the cookie was there, there is no
  // mirror, the mirror has been read, or the state changed here. Until then the state is empty.
  let settled = false;
  let destroyed = false;
  let state = {} as ConsentSnapshot;
  const read = () => state;

  /** Reports a problem that does not stop consentry, once per kind, after listeners had a chance to attach. */
  const report = (code: string, message: string, cause?: unknown) =>
    reported[code] || ((reported[code] = 1), later(() => emit('error', { code, message, cause })));
  /** Takes a stored consent as the state (see adoptStored); `atLoad`: read at start (cookie or mirror). */
  const adopt = (r?: Stored, atLoad?: boolean) => {
    state = adoptStored(config, r, gpc, region.model);
    // At load, the agreements in force but for GPC (current version and policy, not run out): the GPC
    // decision that follows records them as withdrawn. Not another tab's change: an agreement made there
    // while the signal was on was never in force here.
    const without = atLoad && gpc && r && adoptStored(config, r, false, region.model);
    const ranOut = without ? expiredIds(config, without, now()) : [];
    // (a purpose still agreed here is not in the GPC decision, so only the blanked ones count)
    const agreed = (s: PurposeState) => s.choice == 'agree' && s.source != 'region-default';
    setAside = without ? ids(list.filter((p) => agreed(without.purposes[p.id]) && !ranOut.includes(p.id))) : [];
  };
  /** Agreements in force at load that GPC set aside (see adopt). */
  let setAside: string[] = [];
  /** The stored form of the state: answers only, never the region's defaults. */
  const stored = () => encode(answersOnly(state), key);

  const store = writerStore(ck, persist, report);
  /** Writes the state everywhere it lives: cookie, other tabs, mirror (the returned promise). */
  const save = () => store.save(stored());
  const answering = writerAnswers(config, read, now);
  const { find, at, gpcApplies, child, make, answer, purpose } = answering;
  const { update, commit } = writerCommit(config, region, read, now, wanted, emit, save, () => (settled = true));

  /** Answers that ran out become unanswered (`expired`); then GPC refuses what it applies to. */
  const refresh = (t = now()): Announce[] => {
    const expiry = commit(
      // reconfirmDueAt is a date for the marketing reconfirmation notice (Network Act 50⑧), not an expiry
      expiredIds(config, state, t).map((id) => make(find(id)!, undefined, 'expiry')),
      'expiry',
    );
    const gpcRefusals = list.filter((p) => gpcApplies(p) && !at(p).choice).map((p) => answer(p, 'disagree', 'gpc'));
    const refusal = commit(gpcRefusals, 'gpc', {}, false, undefined, undefined, setAside);
    setAside = [];
    return [expiry, refusal];
  };
  const check = () => settled && refresh().map(later);

  // Start: the cookie first (synchronously), then the mirror and the other tabs.
  const found = store.start(now(), nav.cookieEnabled === false, (r) => adopt(r, true), stored, ignored);
  store.open(persist && !!config.mirror, options.crossTab == null ? persist : options.crossTab, (r) => update('remote', () => adopt(r)));
  // Expiry and GPC apply at once, unless the mirror may still restore a consent whose cookie is gone.
  settled = !!found || !store.idb();
  const startup = settled ? refresh() : [];
  // Answers that run out while the page stays open are noticed within the hour.
  const timer = browser && setInterval(check, 36e5);

  const ready = (async () => {
    await 0; // let the caller attach listeners before anything is announced
    // a consent the mirror kept comes back only while nothing settled the state (the cookie is gone)
    if (store.idb())
      await store.restore((r) => settled || destroyed || update('restore', () => (adopt(r, true), store.bake(stored()))), stored);
    settled = true;
    if (!destroyed) for (const announce of startup.concat(refresh())) await announce();
  })();

  return {
    config,
    ready,
    get: (id) => (check(), find(id) && copy(state.purposes[id])),
    snapshot: () => (check(), copy(state)),
    // Expired answers are blanked by `check()` before anything reads the state, so this need not look at dates.
    isGranted: (id, channel) => (check(), grantedIn(config, state, id, channel)),
    ...writerDecisions(config, answering, commit, check, read, now),
    needsDecision: () => (check(), needsAnswer(config, state, region.model)),
    /** Ids that need an answer now: unanswered, stale or expired, except those GPC answers by itself. */
    pending: () => (check(), pendingIds(config, state)),
    region: copy(region),
    setAgeGroup(group) {
      if (group != 'adult' && group != 'child') fail('setAgeGroup() expects "adult" or "child"');
      update('local', () => ((state.ageGroup = group), save()));
    },
    needsGuardian: () => child() && kids!.mode == 'guardian' && !state.guardian,
    on,
    // Answers decided (and receipted) on the member's other devices: stored like any change, announced as a
    // `change` from elsewhere, never as a `decision` (no receipt here: the proof is the other device's).
    adoptAnswers: (answers) =>
      update('remote', () => {
        for (const a of answers) {
          const p = purpose(a.id, 'adopted');
          // an agreement from another device is not confirmed over this browser's GPC signal
          if (gpcOverrules(config, state, p, a, region.model)) continue;
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
      store.close(); // posting on the closed channel fails quietly: decisions after destroy() stay local
    },
  };
}
