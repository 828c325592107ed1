import type { Consent } from '../../core/types';
import { ConfigError } from '../../core/errors';
import { deleteCookies } from '../delete-cookies';
import { pageNonce } from '../nonce';
import { validateGoogleConfig, type GoogleConfig } from './config';
import { consentDefault, layerName, layerProblem, type Gtag, type Told } from './default';
import type { ConsentSignal } from './signals';
import { ADS_COOKIES, GA_COOKIES, prefixed } from './cookies';

export type { Gtag } from './default';

/** The page startGoogle works on; defaults to the global window. */
export interface GoogleEnv {
  window?: Window;
  /** CSP nonce for the injected gtag.js / gtm.js tags (default: the first `script[nonce]` on the page). */
  nonce?: string;
}

export interface GoogleController {
  /** The gtag function consentry uses (also `window.gtag` when the page had none). */
  gtag: Gtag;
  /** Re-apply the current consent now: `update` + data-layer event, loading or opting out as needed. */
  update(): void;
  /**
   * Sends a GA4 `page_view` for a client-side route change (`path` relative to the page; default the
   * current URL). Does nothing and returns false while analytics is not granted.
   */
  pageView(path?: string, params?: { [key: string]: unknown }): boolean;
  /** Stops following consent changes. Tags already loaded stay loaded. */
  stop(): void;
}

const GTM = 'https://www.googletagmanager.com/';

/**
 * Google Consent Mode v2 for a consent instance. On start (synchronously, before any other gtag command)
 * it pushes `gtag('consent','default', …)` with every key denied except constants (security_storage is
 * granted), `wait_for_update` and `region`; the `set` commands; then `update` with the stored choice.
 * Basic mode injects gtag.js (`js` + `config` per id) only once analytics_storage is granted; advanced
 * mode at once. On each change: `update`, a `{event: 'consentry_update'}` data-layer push, and on
 * withdrawal the `ga-disable-<id>` flag plus deletion of GA cookies (and `_gcl_*` when ad_storage goes).
 * Throws ConfigError for a bad `google` section.
 */
export function startGoogle(consent: Consent, google: GoogleConfig | Record<string, unknown> = {}, env: GoogleEnv = {}): GoogleController {
  const cfg = google as GoogleConfig;
  const w = (env.window || window) as unknown as { [key: string]: unknown };
  const problems = validateGoogleConfig(
    cfg,
    'google',
    consent.config.purposes.map((p) => p.id),
  ).concat(layerProblem(cfg, w));
  if (problems.length) throw new ConfigError(problems, 'google config');
  return googleAfterDefault(consent, cfg, consentDefault(consent, cfg, w), null, env);
}

/**
 * Everything of startGoogle after the consent default (see consentDefault): loading gtag.js / gtm.js, the
 * opt-out flag, cookie deletion, `update` on each change. The script tag runs it from its on-demand gate
 * part: `changed` lists the purposes that changed since `told` was pushed (null: none), so a decision or a
 * withdrawal made before the part arrived is sent, switched off and cleaned up like one made after.
 */
export function googleAfterDefault(
  consent: Consent,
  cfg: GoogleConfig,
  told: Told,
  changed: string[] | null,
  env: GoogleEnv = {},
): GoogleController {
  const w = (env.window || window) as unknown as { [key: string]: unknown };
  const doc = w.document as Document;
  const { gtag, dl, ids, sources } = told;
  const advanced = cfg.mode == 'advanced';
  const params: { [key: string]: unknown } = { ...cfg.configParams };
  if (cfg.sendPageView === false) params.send_page_view = false;
  const nonce = env.nonce || pageNonce(doc);
  const name = layerName(cfg);
  const layer = name == 'dataLayer' ? '' : '&l=' + name;
  // GA's own cookie_domain is tried besides the usual variants (a suffix the built-in list does not know)
  const domain = params.cookie_domain;
  const domains = typeof domain == 'string' && domain != 'auto' && domain != 'none' ? [domain] : [];
  const sweep = (names: string[], force: boolean) =>
    deleteCookies(prefixed(names, params.cookie_prefix), { document: doc, domains, force });

  const optOut = (on: boolean) => ids.forEach((id) => (w['ga-disable-' + id] = on));
  const inject = (src: string) => {
    const s = doc.createElement('script');
    s.async = true;
    s.src = src;
    if (nonce) s.nonce = nonce;
    doc.head.appendChild(s);
  };
  // On a later page load, a stored "disagree" still deserves a sweep of leftovers (visible cookies only).
  const disagreed = (key: ConsentSignal) => consent.get(sources[key])?.choice == 'disagree';

  // consentDefault set the opt-out flags to match
  let disabled = !advanced && told.state.analytics_storage != 'granted';
  let measuring = false;
  let gtmLoaded = false;
  let gaLoaded = false;

  function apply(changed: string[] | null, first?: boolean): void {
    const prev = told.state;
    if (changed) told.update(changed);
    const state = told.state;
    const on = state.analytics_storage == 'granted';
    const was = prev.analytics_storage == 'granted';
    if (on && disabled) optOut((disabled = false));
    if (!on && was) optOut((disabled = true));
    if (!on && (was || (first && disagreed('analytics_storage')))) sweep(GA_COOKIES, was);
    const adsWere = prev.ad_storage == 'granted';
    if (state.ad_storage != 'granted' && (adsWere || (first && disagreed('ad_storage')))) sweep(ADS_COOKIES, adsWere);

    if (ids.length && !disabled && !measuring) {
      if (!gaLoaded) {
        gaLoaded = true;
        inject(`${GTM}gtag/js?id=${ids[0]}${layer}`);
        gtag('js', new Date());
      }
      // again after a withdrawal: re-agreeing turns measurement back on without a reload
      for (const id of ids) gtag('config', id, params);
    }
    measuring = ids.length > 0 && !disabled;
    if (cfg.gtmId && !gtmLoaded && (advanced || on || state.ad_storage == 'granted')) {
      gtmLoaded = true;
      dl.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
      inject(`${GTM}gtm.js?id=${cfg.gtmId}${layer}`);
    }
  }

  apply(changed, true);
  // The stored answers counting once the config passed its check is no decision: Google and the data layer hear
  // the stored choice as at load (restate: `consentry_changed` is empty), not a change.
  const off = consent.on('change', (e) => (e.origin == 'checked' ? (told.restate(), apply(null)) : apply(e.changed)));

  return {
    gtag,
    update: () => apply([]),
    pageView(path, extra) {
      if (!measuring || told.state.analytics_storage != 'granted') return false;
      const loc = w.location as Location;
      gtag('event', 'page_view', { page_location: new URL(path || '', loc.href).href, page_title: doc.title, ...extra });
      return true;
    },
    stop: off,
  };
}
