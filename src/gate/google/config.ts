import type { ConfigProblem } from '../../core/errors';
import { SIGNALS, type ConsentSignal } from './signals';

/** The `google` section of the config. */
export interface GoogleConfig {
  /** GA4 measurement id(s), `G-…`. Without one (and without `gtmId`) consentry only feeds Consent Mode to the page's own tags. */
  measurementId?: string | string[];
  /** `basic` (default): gtag.js is not requested before analytics consent. `advanced`: it loads at once, everything denied. */
  mode?: 'basic' | 'advanced';
  /** Which purpose drives each Consent Mode key, or the constants `'granted'` / `'denied'`. Missing keys get defaults by purpose kind. */
  signals?: { [K in ConsentSignal]?: string };
  /** ms Google tags wait for an `update` after the default (default 500). */
  waitForUpdate?: number;
  /** Apply the consent default only in these regions (ISO 3166-1 / 3166-2 codes, e.g. `"KR"`, `"US-CA"`). */
  region?: string[];
  /** `gtag('set', 'ads_data_redaction', true)`: redact ad click ids while ad_storage is denied. */
  adsDataRedaction?: boolean;
  /** `gtag('set', 'url_passthrough', true)`: pass click ids through URLs while storage is denied. */
  urlPassthrough?: boolean;
  /** A Google Tag Manager container (`GTM-…`), loaded like gtag.js. */
  gtmId?: string;
  /** Name of the data layer array (default `dataLayer`). */
  dataLayerName?: string;
  /** `false` stops the automatic page_view of `config` (SPAs that send their own). Default true. */
  sendPageView?: boolean;
  /** Extra parameters for every `gtag('config', id, …)` (e.g. `cookie_flags`, `cookie_prefix`, `cookie_domain`). */
  configParams?: { [key: string]: unknown };
}

const KEYS = 'measurementId mode signals waitForUpdate region adsDataRedaction urlPassthrough gtmId dataLayerName sendPageView configParams';

const isObject = (v: unknown): v is { [k: string]: unknown } => !!v && typeof v == 'object' && !Array.isArray(v);
const fits = (v: unknown, re: RegExp) => typeof v == 'string' && re.test(v);

/**
 * Every problem in a `google` config section, each named by its path (`google.measurementId[1]: …`).
 * With `purposeIds`, signals must name one of them (or `granted` / `denied`).
 */
export function validateGoogleConfig(section: unknown, path = 'google', purposeIds?: string[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const bad = (key: string, message: string) => problems.push({ path: `${path}${key}`, message });
  if (!isObject(section)) {
    bad('', 'expected an object');
    return problems;
  }
  for (const k in section) if (KEYS.split(' ').indexOf(k) < 0) bad('.' + k, 'unknown key');
  const s = section as GoogleConfig;
  const ids = s.measurementId;
  if (ids !== undefined) {
    if (Array.isArray(ids) ? !ids.length : typeof ids != 'string') bad('.measurementId', 'expected a "G-…" id or a non-empty array of them');
    else
      [ids]
        .flat()
        .forEach((id, i) => fits(id, /^G-[A-Z0-9]+$/) || bad(`.measurementId${Array.isArray(ids) ? `[${i}]` : ''}`, 'expected a GA4 measurement id like "G-XXXXXXX"'));
  }
  if (s.mode !== undefined && s.mode != 'basic' && s.mode != 'advanced') bad('.mode', 'expected "basic" or "advanced"');
  if (s.signals !== undefined) {
    if (!isObject(s.signals)) bad('.signals', 'expected an object');
    else
      for (const k in s.signals) {
        const v = (s.signals as { [k: string]: unknown })[k];
        if ((SIGNALS as readonly string[]).indexOf(k) < 0) bad(`.signals.${k}`, `unknown Consent Mode key (expected one of ${SIGNALS.join(', ')})`);
        else if (typeof v != 'string' || (v != 'granted' && v != 'denied' && purposeIds && purposeIds.indexOf(v) < 0))
          bad(`.signals.${k}`, 'expected a purpose id, "granted" or "denied"');
      }
  }
  const w = s.waitForUpdate;
  if (w !== undefined && !(typeof w == 'number' && w >= 0 && w <= 60000 && Math.floor(w) === w))
    bad('.waitForUpdate', 'expected whole milliseconds from 0 to 60000');
  if (s.region !== undefined && !(Array.isArray(s.region) && s.region.length && s.region.every((r) => fits(r, /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/))))
    bad('.region', 'expected a non-empty array of ISO 3166 codes like "KR" or "US-CA"');
  for (const k of ['adsDataRedaction', 'urlPassthrough', 'sendPageView'] as const)
    if (s[k] !== undefined && typeof s[k] != 'boolean') bad('.' + k, 'expected true or false');
  if (s.gtmId !== undefined && !fits(s.gtmId, /^GTM-[A-Z0-9]+$/)) bad('.gtmId', 'expected a container id like "GTM-XXXXXXX"');
  if (s.dataLayerName !== undefined && !fits(s.dataLayerName, /^[A-Za-z_$][\w$]*$/)) bad('.dataLayerName', 'expected a JavaScript identifier');
  if (s.configParams !== undefined && !isObject(s.configParams)) bad('.configParams', 'expected an object');
  return problems;
}
