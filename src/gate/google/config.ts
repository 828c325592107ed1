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
  /** Extra parameters for every `gtag('config', id, …)` (e.g. `cookie_flags`, `cookie_prefix`). */
  configParams?: { [key: string]: unknown };
}

type Rule = [(v: any) => unknown, string]; // eslint-disable-line @typescript-eslint/no-explicit-any

const isObject = (v: unknown): v is { [k: string]: unknown } => !!v && typeof v == 'object' && !Array.isArray(v);
const fits = (re: RegExp) => (v: unknown) => typeof v == 'string' && re.test(v);
const GA_ID = fits(/^G-[A-Z0-9]+$/);
const BOOL: Rule = [(v) => typeof v == 'boolean', 'expected true or false'];

const RULES: { [key: string]: Rule } = {
  measurementId: [(v) => (Array.isArray(v) ? v.length : GA_ID(v)), 'expected a GA4 measurement id like "G-XXXXXXX", or an array of them'],
  mode: [(v) => v == 'basic' || v == 'advanced', 'expected "basic" or "advanced"'],
  signals: [isObject, 'expected an object'],
  waitForUpdate: [(v) => Number.isInteger(v) && v >= 0 && v <= 6e4, 'expected whole milliseconds from 0 to 60000'],
  region: [(v) => Array.isArray(v) && v.length && v.every(fits(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)), 'expected an array of ISO 3166 codes like "KR" or "US-CA"'],
  adsDataRedaction: BOOL,
  urlPassthrough: BOOL,
  gtmId: [fits(/^GTM-[A-Z0-9]+$/), 'expected a container id like "GTM-XXXXXXX"'],
  dataLayerName: [fits(/^[A-Za-z_$][\w$]*$/), 'expected a JavaScript identifier'],
  sendPageView: BOOL,
  configParams: [isObject, 'expected an object'],
};

/**
 * Every problem in a `google` config section, each named by its path (`google.measurementId[1]: …`).
 * With `purposeIds`, signals must name one of them (or `granted` / `denied`).
 */
export function validateGoogleConfig(section: unknown, path = 'google', purposeIds?: string[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const bad = (key: string, message: string) => problems.push({ path: path + key, message });
  if (!isObject(section)) bad('', 'expected an object');
  else
    for (const k in section) {
      const v = section[k];
      const rule = RULES[k];
      if (!rule) bad('.' + k, 'unknown key');
      else if (v !== undefined && !rule[0](v)) bad('.' + k, rule[1]);
      else if (k == 'measurementId' && Array.isArray(v))
        v.forEach((id, i) => GA_ID(id) || bad(`.${k}[${i}]`, 'expected a GA4 measurement id like "G-XXXXXXX"'));
      else if (k == 'signals')
        for (const key in v as object) {
          const src = (v as { [k: string]: unknown })[key];
          if ((SIGNALS as readonly string[]).indexOf(key) < 0) bad(`.${k}.${key}`, 'unknown Consent Mode key');
          else if (typeof src != 'string' || !(src == 'granted' || src == 'denied' || !purposeIds || purposeIds.indexOf(src) >= 0))
            bad(`.${k}.${key}`, 'expected a purpose id, "granted" or "denied"');
        }
    }
  return problems;
}
