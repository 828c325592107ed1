import type { ConfigProblem } from '../../core/errors';
import { SIGNALS, type ConsentSignal } from './signals';
import { isObject } from '../../core/is';
import { BOOL, checkSection, type Rule } from '../section-check';

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

const fits = (re: RegExp) => (v: unknown) => typeof v == 'string' && re.test(v);
const GA_ID = fits(/^G-[A-Z0-9]+$/);
const GA_MSG = 'expected a GA4 measurement id like "G-XXXXXXX"';
const OBJECT: Rule = [isObject, 'expected an object'];

/**
 * Every problem in a `google` config section, each named by its path (`google.measurementId[1]: …`).
 * With `purposeIds`, signals must name one of them (or `granted` / `denied`).
 */
export function validateGoogleConfig(section: unknown, path = 'google', purposeIds?: string[]): ConfigProblem[] {
  return checkSection(section, path, {
    measurementId: [
      (v, sub) => (Array.isArray(v) ? (v.forEach((id, i) => GA_ID(id) || sub(`[${i}]`, GA_MSG)), v.length) : GA_ID(v)),
      GA_MSG + ', or an array of them',
    ],
    mode: [(v) => v == 'basic' || v == 'advanced', 'expected "basic" or "advanced"'],
    signals: [
      (v, sub) =>
        isObject(v) &&
        (Object.keys(v).forEach((k) =>
          (SIGNALS as readonly string[]).indexOf(k) < 0
            ? sub('.' + k, 'unknown Consent Mode key')
            : v[k] == 'granted' ||
              v[k] == 'denied' ||
              (typeof v[k] == 'string' && (!purposeIds || purposeIds.indexOf(v[k] as string) >= 0)) ||
              sub('.' + k, 'expected a purpose id, "granted" or "denied"'),
        ),
        1),
      'expected an object',
    ],
    waitForUpdate: [(v) => Number.isInteger(v) && v >= 0 && v <= 6e4, 'expected whole milliseconds from 0 to 60000'],
    region: [
      (v) => Array.isArray(v) && v.length && v.every(fits(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)),
      'expected an array of ISO 3166 codes like "KR" or "US-CA"',
    ],
    adsDataRedaction: BOOL,
    urlPassthrough: BOOL,
    gtmId: [fits(/^GTM-[A-Z0-9]+$/), 'expected a container id like "GTM-XXXXXXX"'],
    dataLayerName: [fits(/^[A-Za-z_$][\w$]*$/), 'expected a JavaScript identifier'],
    sendPageView: BOOL,
    configParams: OBJECT,
  });
}
