import type { Consent } from '../../core/types';
import type { ConfigProblem } from '../../core/errors';
import type { GoogleConfig } from './config';
import { resolveSignals, signalState, SIGNALS, type ConsentSignal, type SignalSource, type SignalValue } from './signals';

/** `gtag(…)`: pushes its `arguments` object onto the data layer. */
export type Gtag = (...args: unknown[]) => void;

/** What consentDefault told Google, for the code that follows consent from then on (start.ts). */
export interface Told {
  gtag: Gtag;
  dl: unknown[];
  ids: string[];
  sources: Record<ConsentSignal, SignalSource>;
  /** The signals as Google last heard them. */
  state: Record<ConsentSignal, SignalValue>;
  /**
   * Tells Google the current choice: `gtag('consent','update', …)` with every signal, then
   * `dataLayer.push({event: 'consentry_update', consentry: {<purpose>: 'granted'|'denied'}, consentry_changed})`
   * for GTM; updates `state`.
   */
  update(changed: string[]): void;
  /**
   * Tells Google the stored choice (`update`) when it differs from the default or the visitor answered, and
   * sets the basic mode's opt-out flags to match: at load, and again when the stored answers start to count
   * later (the script tag's deferred config check).
   */
  restate(): void;
}

type Win = { [key: string]: unknown };

/** A gtag for `dl`: it pushes its `arguments` object, never an array (gtag.js ignores arrays for `consent` and `set`). */
export const shim = (dl: unknown[]) =>
  function () {
    dl.push(arguments);
  } as Gtag;

/** The data layer's name (`dataLayerName`, default `dataLayer`). */
export const layerName = (cfg: GoogleConfig | undefined) => (cfg && cfg.dataLayerName) || 'dataLayer';

/** A problem when the page already has something other than an array under the data layer's name. */
export function layerProblem(cfg: GoogleConfig, w: Win): ConfigProblem[] {
  const name = layerName(cfg);
  return w[name] != null && !Array.isArray(w[name]) ? [{ path: 'google.dataLayerName', message: `window.${name} is not an array` }] : [];
}

/**
 * The part of Consent Mode that must run at once on every page load, before any other gtag command:
 * `gtag('consent','default', …)` (every key denied except constants, so security_storage is granted;
 * `wait_for_update`, `region`), the `set` commands, and for a visitor who decided (or whose choice differs
 * from the default) the `update` with the stored choice. In basic mode it also sets the
 * `ga-disable-<id>` opt-out flags while analytics is not granted, before any command names an id.
 * `held`: the consent does not count yet (the script tag's config awaits its check): no update at load,
 * the flags set; `restate()` tells the stored choice once it counts. Loads nothing; `cfg` must be valid
 * (validateGoogleConfig).
 */
export function consentDefault(consent: Consent, cfg: GoogleConfig, w: Win = window as unknown as Win, held?: boolean): Told {
  const dl = (w[layerName(cfg)] ||= []) as unknown[];
  const gtag = shim(dl);
  if (typeof w.gtag != 'function') w.gtag = gtag;
  const granted = (id: string) => consent.isGranted(id);
  const sources = resolveSignals(consent.config.purposes, cfg.signals);
  // the opt-out flags this code set (a flag the page set itself is the page's)
  let flagged = false;
  const told: Told = {
    gtag,
    dl,
    ids: ([] as string[]).concat(cfg.measurementId || []),
    sources,
    state: signalState(sources, granted),
    update(changed) {
      gtag('consent', 'update', { ...(told.state = signalState(sources, granted)) });
      const purposes: { [id: string]: string } = {};
      for (const p of consent.config.purposes) purposes[p.id] = granted(p.id) ? 'granted' : 'denied';
      dl.push({ event: 'consentry_update', consentry: purposes, consentry_changed: changed });
    },
    restate() {
      if (
        SIGNALS.some((k) => signalState(sources, granted)[k] != defaults[k]) ||
        consent.config.purposes.some((p) => consent.get(p.id)?.choice)
      )
        told.update([]);
      const off = told.state.analytics_storage != 'granted';
      if (cfg.mode != 'advanced' && (off || flagged)) for (const id of told.ids) w['ga-disable-' + id] = flagged = off;
    },
  };
  // (the default never depends on the visitor's answers: only the site's constants are granted in it)
  const defaults: { [key: string]: unknown } = {};
  for (const k of SIGNALS) defaults[k] = sources[k] == 'granted' ? 'granted' : 'denied';
  gtag('consent', 'default', { ...defaults, wait_for_update: cfg.waitForUpdate ?? 500, ...(cfg.region && { region: cfg.region }) });
  if (cfg.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (cfg.urlPassthrough) gtag('set', 'url_passthrough', true);
  // The stored choice goes out right after the default (Consent Mode keeps nothing between pages); the
  // opt-out flags are set before any command names an id. Held, only the flags.
  if (held) {
    if (cfg.mode != 'advanced') for (const id of told.ids) w['ga-disable-' + id] ||= flagged = true;
  } else told.restate();
  return told;
}
