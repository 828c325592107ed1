/**
 * Google Ads (conversion tracking and remarketing) through Google Consent Mode v2.
 *
 * Docs: consent mode, the `default` before any tag and the `update` after the choice (read), and
 * `url_passthrough` / `ads_data_redaction` (as the gate already uses them):
 * https://developers.google.com/tag-platform/security/guides/consent
 * Conversion linker cookies (`_gcl_*`, 90 days): https://support.google.com/google-ads/answer/7521212
 * (not retrieved here; the `_gcl_*` names are the ones the gate already deletes).
 * Consent API: Consent Mode. The default goes out before the tag: by the gate when the config has a
 * `google` section (`googleManaged`), otherwise here at start, mapping the three `ad_*` keys to this
 * integration's purpose (the other keys by purpose kind, as the gate does). On consent: `update` with the
 * current state, then `js` + `config AW-…` and gtag.js once; on withdrawal: `update` denied and the
 * `_gcl_*` cookies deleted. `urlPassthrough` keeps ad click ids in links while ad_storage is denied;
 * `adsDataRedaction` redacts them from the pings sent meanwhile.
 */
import { BOOL, type Rule } from '../../gate/section-check';
import { ADS_COOKIES } from '../../gate/google/cookies';
import { consentDefault, layerName, shim } from '../../gate/google/default';
import { resolveSignals, signalState } from '../../gate/google/signals';
import type { Vendor, VendorContext } from '../types';
import { BY_BROWSER, COOKIE_ID, DEVICE, EVENTS, IP, ON_VISIT, US, VISIT_LOG, cookie, days, months, t } from './common';

const AD_KEYS = ['ad_storage', 'ad_user_data', 'ad_personalization'] as const;

/** Pushes Consent Mode's current state before any Ads command (managed: as the gate computes it). */
function tell(c: VendorContext): void {
  const s = c.state;
  if (s.told) return; // own default: its update already went out on this change
  const google = (c.consent.config.google || {}) as { signals?: { [k: string]: string } };
  s.gtag('consent', 'update', signalState(resolveSignals(c.consent.config.purposes, google.signals), (id) => c.consent.isGranted(id)));
}

function configure(c: VendorContext): void {
  for (const id of c.ids) c.state.gtag('config', id);
}

const IDENT: Rule = [(v) => typeof v == 'string' && /^[A-Za-z_$][\w$]*$/.test(v), 'expected a JavaScript identifier'];

export const googleAds: Vendor = {
  name: 'google-ads',
  label: 'Google Ads',
  hosts: ['www.googletagmanager.com', 'www.googleadservices.com', 'googleads.g.doubleclick.net', '*.doubleclick.net', 'www.google.com'],
  consentApi: "gtag('consent', 'default', { ad_storage: 'denied', … }) before the tag; gtag('consent', 'update', …) on every change; then gtag('js') + gtag('config', 'AW-…')",
  multi: true,
  id: [/^AW-\d{6,12}$/, 'expected a Google Ads tag id like "AW-123456789"'],
  options: { urlPassthrough: BOOL, adsDataRedaction: BOOL, dataLayerName: IDENT },
  cookies: ADS_COOKIES,
  disclosure: {
    recipient: t('Google LLC', 'Google LLC'),
    contact: 'https://policies.google.com/privacy',
    countryCode: 'US',
    country: US,
    purpose: t('광고 성과(전환) 측정과 리마케팅', 'measuring ad conversions and remarketing'),
    items: [VISIT_LOG, EVENTS, t('광고 클릭 식별자(gclid)', 'ad click identifier (gclid)'), DEVICE, IP, COOKIE_ID],
    retention: t('Google 개인정보처리방침에 따름(쿠키는 최대 90일)', "as Google's privacy policy says (cookies up to 90 days)"),
    timing: ON_VISIT,
    method: BY_BROWSER,
    cookies: [
      cookie('_gcl_au', 'first', days(90), t('전환 연결(방문자 식별자)', 'conversion linker (visitor identifier)'), 'Google'),
      cookie('_gcl_aw', 'first', days(90), t('광고 클릭 정보', 'ad click information'), 'Google'),
      cookie('_gcl_*', 'first', days(90), t('기타 전환 연결 쿠키', 'other conversion linker cookies'), 'Google'),
      cookie('IDE', 'third', months(13), t('광고 식별자(doubleclick.net)', 'ad identifier (doubleclick.net)'), 'Google'),
    ],
  },
  prepare(c) {
    const o = c.options;
    const google = c.consent.config.google as { dataLayerName?: string } | undefined;
    const name = c.googleManaged ? layerName(google) : (o.dataLayerName as string) || 'dataLayer';
    const w = c.w;
    const s = c.state;
    s.gtag = shim((w[name] ||= []));
    if (typeof w.gtag != 'function') w.gtag = s.gtag;
    if (c.googleManaged) {
      // the gate pushed the default; these only add what this integration asks for
      if (o.urlPassthrough) s.gtag('set', 'url_passthrough', true);
      if (o.adsDataRedaction) s.gtag('set', 'ads_data_redaction', true);
      return;
    }
    // one purpose drives the three ad keys (a list of purposes cannot be one Consent Mode source)
    const src = c.purposes.length == 1 ? c.purposes[0] : 'denied';
    const signals: { [k: string]: string } = {};
    for (const k of AD_KEYS) signals[k] = src;
    s.told = consentDefault(c.consent, { signals, adsDataRedaction: o.adsDataRedaction === true, urlPassthrough: o.urlPassthrough === true, dataLayerName: name }, w);
  },
  change: (c, changed) => c.state.told && c.state.told.update(changed),
  load(c) {
    tell(c);
    c.state.gtag('js', new Date());
    configure(c);
    const name = c.googleManaged ? layerName(c.consent.config.google) : (c.options.dataLayerName as string) || 'dataLayer';
    c.load(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(c.ids[0])}${name == 'dataLayer' ? '' : '&l=' + encodeURIComponent(name)}`);
  },
  grant(c) {
    tell(c);
    configure(c);
  },
  revoke: tell,
};
