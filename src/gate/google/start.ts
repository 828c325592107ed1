import type { Consent } from '../../core/types';
import { ConfigError } from '../../core/errors';
import { deleteCookies } from '../delete-cookies';
import { pageNonce } from '../nonce';
import { validateGoogleConfig, type GoogleConfig } from './config';
import { resolveSignals, signalState, SIGNALS, type ConsentSignal } from './signals';
import { ADS_COOKIES, GA_COOKIES, prefixed } from './cookies';

/** `gtag(…)`: pushes its `arguments` object onto the data layer. */
export type Gtag = (...args: unknown[]) => void;

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
  const name = cfg.dataLayerName || 'dataLayer';
  const problems = validateGoogleConfig(cfg, 'google', consent.config.purposes.map((p) => p.id));
  if (w[name] != null && !Array.isArray(w[name])) problems.push({ path: 'google.dataLayerName', message: `window.${name} is not an array` });
  if (problems.length) throw new ConfigError(problems, 'google config');

  const doc = w.document as Document;
  const dl = (w[name] = w[name] || []) as unknown[];
  const ids = ([] as string[]).concat(cfg.measurementId || []);
  const advanced = cfg.mode == 'advanced';
  const sources = resolveSignals(consent.config.purposes, cfg.signals);
  const params: { [key: string]: unknown } = { ...cfg.configParams };
  if (cfg.sendPageView === false) params.send_page_view = false;
  const nonce = env.nonce || pageNonce(doc);
  const layer = name == 'dataLayer' ? '' : '&l=' + name;
  const isGranted = (id: string) => consent.isGranted(id);
  // GA's own cookie_domain is tried besides the usual variants (a suffix the built-in list does not know)
  const domain = params.cookie_domain;
  const domains = typeof domain == 'string' && domain != 'auto' && domain != 'none' ? [domain] : [];
  const sweep = (names: string[], force: boolean) => deleteCookies(prefixed(names, params.cookie_prefix), { document: doc, domains, force });
  // `arguments`, never an array: gtag.js ignores arrays for `consent` and `set` commands.
  const gtag = function () {
    dl.push(arguments);
  } as Gtag;
  if (typeof w.gtag != 'function') w.gtag = gtag;

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

  let state = signalState(sources, isGranted);
  let disabled = !advanced && state.analytics_storage != 'granted';
  let measuring = false;
  let gtmLoaded = false;
  let gaLoaded = false;

  // The opt-out flag must be set before any gtag command names the id.
  if (disabled) optOut(true);
  const defaults: { [key: string]: unknown } = {};
  for (const k of SIGNALS) defaults[k] = sources[k] == 'granted' ? 'granted' : 'denied';
  defaults.wait_for_update = cfg.waitForUpdate ?? 500;
  if (cfg.region) defaults.region = cfg.region;
  gtag('consent', 'default', defaults);
  if (cfg.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (cfg.urlPassthrough) gtag('set', 'url_passthrough', true);

  function apply(changed: string[] | null, first?: boolean): void {
    const prev = state;
    state = signalState(sources, isGranted);
    if (changed) {
      gtag('consent', 'update', { ...state });
      const purposes: { [id: string]: string } = {};
      for (const p of consent.config.purposes) purposes[p.id] = isGranted(p.id) ? 'granted' : 'denied';
      dl.push({ event: 'consentry_update', consentry: purposes, consentry_changed: changed });
    }
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

  // The stored choice goes out right after the default (Consent Mode keeps nothing between pages).
  const decided = consent.config.purposes.some((p) => consent.get(p.id)?.choice);
  apply(decided || SIGNALS.some((k) => state[k] != defaults[k]) ? [] : null, true);
  const off = consent.on('change', (e) => apply(e.changed));

  return {
    gtag,
    update: () => apply([]),
    pageView(path, extra) {
      if (!measuring || state.analytics_storage != 'granted') return false;
      const loc = w.location as Location;
      gtag('event', 'page_view', { page_location: new URL(path || '', loc.href).href, page_title: doc.title, ...extra });
      return true;
    },
    stop: off,
  };
}
