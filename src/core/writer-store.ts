import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { decode, hasGuardianDetails, type Stored } from './codec';
import { baseName, readCookies, readStartCookie, removeCookies, writeCookie } from './cookie';
import { crossTab } from './tabs';
import type { NormalizedConfig } from './types';

/** What a restore from the mirror keeps: the refusals, with the policy version they were given under. */
const refusals = ({ policyVersion, updatedAt, purposes }: Stored): Stored => ({
  policyVersion,
  updatedAt,
  purposes: Object.fromEntries(Object.entries(purposes).filter((e) => e[1].choice == 'disagree')),
});

/**
 * Where the state is kept: the cookie `ck` (when `persist`), the IndexedDB mirror and the other tabs.
 * A throwing or refused cookie means memory from now on, a failing mirror no mirror; `report` tells.
 */
export function writerStore(
  ck: NormalizedConfig['cookie'],
  persist: boolean,
  report: (code: string, message: string, cause?: unknown) => unknown,
) {
  let useCookie = persist;
  let store: UseStore | undefined;
  let post = (_value: string) => {};
  let close = () => {};
  const storageFailed = (cause?: unknown) => {
    useCookie = false;
    report('storage-unavailable', 'cookies unavailable: consent kept in memory', cause);
  };
  const idbFailed = (cause?: unknown) => {
    store = undefined;
    report('idb-failed', 'IndexedDB unavailable: no mirror', cause);
  };

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

  return {
    bake,
    /** Writes the stored form `value` everywhere it lives: cookie, other tabs, mirror (the returned promise). */
    save: (value: string) => (bake(value), post(value), mirror(value)),
    /** The mirror, while there is one. */
    idb: () => store,

    /**
     * Start: the cookie is read synchronously, so a returning visitor's answers count from the first line.
     * Only copies this site wrote count (a sibling subdomain can set one on the parent domain), and none
     * dated in the future; the one kept is written back (see readStartCookie). `off`: cookies are disabled.
     * `adopt` takes the consent found as the state, `stored` then gives its stored form; `ignored`: copies
     * ignored (and deleted) by an earlier read of this page.
     */
    start(t: number, off: boolean, adopt: (r?: Stored) => void, stored: () => string, ignored: number) {
      let found: Stored | undefined;
      if (useCookie && off) storageFailed();
      if (useCookie)
        try {
          const read = readStartCookie(ck, t);
          if (read.ignored || ignored) report('cookie-invalid', `damaged or foreign "${ck.name}" cookie ignored`);
          if ((found = read.found)) bake(read.raw);
        } catch (e) {
          storageFailed(e);
        }
      adopt(found);
      // A cookie from an earlier version may still hold a guardian's name and contact: rewrite it without them.
      if (found && found.guardian && useCookie && readCookies(ck.name).some(hasGuardianDetails)) bake(stored());
      return found;
    },

    /** Opens the mirror (with `idb`) and the channel to other tabs (with `tabs`), which `receive` hears. */
    open(idb: boolean, tabs: boolean, receive: (r?: Stored) => void) {
      if (idb)
        try {
          store = createStore('consentry', 'consent');
        } catch (e) {
          idbFailed(e);
        }
      if (tabs)
        try {
          [post, close] = crossTab(key, (value) => {
            const r = decode(value);
            // a damaged message is never taken as consent
            if (r || !value) receive(r);
          });
        } catch {
          // no way to reach other tabs: each tab catches up on its next load
        }
    },

    /**
     * Reads the mirror (call only while there is one): `take` gets what it keeps of the consent, then the
     * mirror is brought in line with `stored()`.
     */
    async restore(take: (r: Stored) => unknown, stored: () => string) {
      try {
        const value = await get(key, store);
        const r = decode(value);
        // The cookie is gone but the mirror kept the consent. Safari's cap on script-set cookies and a
        // visitor deleting cookies look the same from here, so only refusals come back: agreements and the
        // subject id would re-enable processing and re-link a visitor who meant to be forgotten. Where
        // cookies do not work at all, the mirror is the only store and comes back whole.
        if (r) take(useCookie ? refusals(r) : r);
        // The mirror follows the cookie (a damaged or stale copy is replaced, a restore trimmed).
        if ((value || '') != stored()) await mirror(stored());
      } catch (e) {
        idbFailed(e);
      }
    },

    /** Closes the channel to other tabs. */
    close: () => close(),
  };
}
