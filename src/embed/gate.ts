import type { ConfigProblem } from '../core/errors';
import type { Consent } from '../core/types';
import type { BlockingConfig } from '../gate/config';
import type { placeholder } from '../gate/placeholder';
import type { GoogleConfig } from '../gate/google/config';
import { consentDefault, layerName, layerProblem, shim, type Told } from '../gate/google/default';
import { SIGNALS } from '../gate/google/signals';
import type { Gated } from './window';

export type { Gated };

/** What the on-demand part `consentry-placeholder.js` registers. */
export interface PlaceholderPart {
  placeholder: typeof placeholder;
}

/** What the first paint hands the gate part. */
export interface GatePartEnv {
  /** CSP nonce for gtag.js / gtm.js and the placeholder's style. */
  nonce: string;
  loadPart: <T>(name: string) => Promise<T>;
  /** What consentDefault pushed (with a `google` section). */
  told?: Told;
  /** Purposes that changed between the first paint and the part's arrival (in order, repeats possible). */
  changed: string[];
  /**
   * Settles once the banner has been painted, or at once when none is needed: the gate part (for a visitor
   * who must still decide) and iframe placeholders wait for it, so a first visit fetches and paints the
   * banner before them.
   */
  afterBanner: Promise<unknown>;
}

/** What the on-demand part `consentry-gate.js` registers (src/embed/parts/gate.ts). */
export interface GatePart {
  start(consent: Consent, config: { google?: GoogleConfig; blocking?: BlockingConfig }, env: GatePartEnv): Gated;
}

const TAGGED = '[data-consent]';

/**
 * The script tag's gate (dist/consentry.js). Synchronously at script start it checks `config.google` and
 * `config.blocking` with `check` into `problems` (the production tag only checks what would break the
 * page: the data layer; the debug build checks both sections fully) and, when the config is good, pushes the Consent Mode default (plus a
 * returning visitor's stored choice, see consentDefault). Everything else — gtag.js, the opt-out flag and
 * cookie deletion on withdrawal, declarative blocking, per-purpose cookie cleanup — is the on-demand part
 * `gate`, loaded on pages that need it (a `google` or `blocking` section, purposes with cookies to clean
 * up, or a `[data-consent]` element, also one inserted later): at once for a visitor with nothing left to
 * decide, after the banner is up for one who must still decide (nothing is granted before then). It reads the consent as it is
 * when it arrives, and replays the changes made meanwhile. Until then tagged elements stay inert.
 * With a bad config, a page that has its own Google tags still gets an all-denied consent default.
 * Returns `whenGate()` (loads the part if it is not on its way yet; resolves with the controllers;
 * rejects when the part cannot load). `publish` gets what belongs on `window.consentry` (the boot puts it
 * there): `whenGate` at once, the controllers once the part started.
 */
export function startEmbedGate(
  config: { google?: unknown; blocking?: unknown },
  consent: Consent | undefined,
  problems: ConfigProblem[],
  nonce: string,
  loadPart: <T>(name: string) => Promise<T>,
  check: ((config: { google?: unknown; blocking?: unknown }, purposeIds?: string[]) => ConfigProblem[]) | undefined,
  afterBanner: Promise<unknown> | undefined,
  held: boolean | undefined,
  publish: (members: { whenGate(): Promise<Gated> } | Gated) => void,
): { whenGate(): Promise<Gated> } | undefined {
  const w = window as unknown as { [k: string]: unknown };
  const google = config.google as GoogleConfig | undefined;
  if (check) problems.push(...check(config, consent && consent.config.purposes.map((p) => p.id)));
  if (google !== undefined)
    problems.push(
      ...(google && typeof google == 'object' && !Array.isArray(google)
        ? layerProblem(google, w)
        : check
          ? []
          : [{ path: 'google', message: 'expected an object' }]),
    );
  if (!consent || problems.length) {
    if (google) {
      const name = /^[A-Za-z_$][\w$]*$/.test(layerName(google)) ? layerName(google) : 'dataLayer';
      const dl = (w[name] ||= []);
      const denied: { [k: string]: string } = {};
      for (const k of SIGNALS) denied[k] = 'denied';
      if (Array.isArray(dl)) shim(dl)('consent', 'default', denied);
    }
    return;
  }
  const c = consent;
  const env: GatePartEnv = {
    nonce,
    loadPart,
    told: google && consentDefault(c, google, undefined, held),
    changed: [],
    afterBanner: afterBanner || Promise.resolve(),
  };
  // undefined: not asked for yet; null: the last attempt failed
  let part: Promise<Gated> | null | undefined;
  const load = () => {
    watch.disconnect();
    return (part ||= loadPart<GatePart>('gate').then(
      (p) => {
        off();
        const gated = p.start(c, config as Parameters<GatePart['start']>[1], env);
        publish(gated);
        return gated;
      },
      (e) => {
        part = null;
        throw e;
      },
    ));
  };
  const go = () =>
    load().catch((e) => console.error('consentry: the gate did not start, so tagged content stays blocked and Google hears no change:', e));
  // A change made before the part arrives is replayed by it. On a page that needs the part (`due`), a change
  // asks for it at once: it waited for the banner only while there was nothing to release. After a failed
  // load, any change tries again. The stored answers counting once the deferred config check passed (`held`
  // until then) is no change Google must hear of, only the stored choice it would have heard at load.
  let due: unknown;
  const off = c.on('change', (e) => {
    if (e.origin == 'checked') return env.told && env.told.restate();
    env.changed.push(...e.changed);
    if (part === null || (due && !part)) go();
  });
  const watch = new MutationObserver(() => document.querySelector(TAGGED) && go());
  if (
    (due =
      google ||
      config.blocking ||
      c.config.purposes.some((p) => p.cleanup || (p.cookies || []).some((k) => k.party != 'third')) ||
      document.querySelector(TAGGED))
  )
    // A visitor who must still decide has nothing to release: the banner's bytes come first, the part once
    // the banner is on the page (before a click can need it; a decision made sooner asks for it, above).
    afterBanner && c.needsDecision() ? afterBanner.then(go) : go();
  else watch.observe(document, { childList: true, subtree: true });
  const api = { whenGate: load };
  publish(api);
  return api;
}
