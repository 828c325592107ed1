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
import {
  CONVERSIONS,
  COOKIE_ID,
  DEVICE,
  EVENTS,
  IP,
  SENT_ON_VISIT,
  US,
  VISIT_LOG,
  clickId,
  cookie,
  days,
  months,
  named,
  t,
} from './common';

const D90 = days(90);
const AD_KEYS = ['ad_storage', 'ad_user_data', 'ad_personalization'] as const;

/** Pushes Consent Mode's current state before any Ads command (managed: as the gate computes it). */
function tell(c: VendorContext): void {
  const s = c.state;
  if (s.told) return; // own default: its update already went out on this change
  const google = (c.consent.config.google || {}) as { signals?: { [k: string]: string } };
  s.gtag(
    'consent',
    'update',
    signalState(resolveSignals(c.consent.config.purposes, google.signals), (id) => c.consent.isGranted(id)),
  );
}

function configure(c: VendorContext): void {
  for (const id of c.ids) c.state.gtag('config', id);
}

const IDENT: Rule = [(v) => typeof v == 'string' && /^[A-Za-z_$][\w$]*$/.test(v), 'expected a JavaScript identifier'];

export const googleAds: Vendor = {
  name: 'google-ads',
  label: 'Google Ads',
  hosts: ['www.googletagmanager.com', 'www.googleadservices.com', 'googleads.g.doubleclick.net', '*.doubleclick.net', 'www.google.com'],
  consentApi:
    "gtag('consent', 'default', { ad_storage: 'denied', … }) before the tag; gtag('consent', 'update', …) on every change; then gtag('js') + gtag('config', 'AW-…')",
  multi: true,
  id: [/^AW-\d{6,12}$/, 'expected a Google Ads tag id like "AW-123456789"'],
  options: { urlPassthrough: BOOL, adsDataRedaction: BOOL, dataLayerName: IDENT },
  cookies: ADS_COOKIES,
  disclosure: {
    recipient: named('Google LLC', 'Google LLC'),
    contact: 'https://policies.google.com/privacy',
    countryCode: 'US',
    country: US,
    purpose: CONVERSIONS,
    items: [VISIT_LOG, EVENTS, clickId('gclid'), DEVICE, IP, COOKIE_ID],
    retention: t({
      ko: 'Google 개인정보처리방침에 따름(쿠키는 최대 90일)',
      en: "as Google's privacy policy says (cookies up to 90 days)",
      ja: 'Google のプライバシーポリシーによる（Cookie は最長90日間）',
      'zh-CN': '依照 Google 隐私政策（Cookie 最长 90 天）',
      'zh-TW': '依 Google 隱私權政策（Cookie 最長 90 天）',
      de: 'gemäß der Datenschutzerklärung von Google (Cookies bis zu 90 Tage)',
      fr: 'selon les règles de confidentialité de Google (cookies conservés 90 jours au plus)',
      es: 'según la política de privacidad de Google (cookies: hasta 90 días)',
    }),
    ...SENT_ON_VISIT,
    cookies: [
      cookie(
        '_gcl_au',
        'first',
        D90,
        t({
          ko: '전환 연결(방문자 식별자)',
          en: 'conversion linker (visitor identifier)',
          ja: 'コンバージョン リンカー（訪問者の識別子）',
          'zh-CN': '转化链接器（访客标识符）',
          'zh-TW': '轉換連結器（訪客識別碼）',
          de: 'Conversion-Verknüpfung (Besucherkennung)',
          fr: 'éditeur de liens de conversion (identifiant du visiteur)',
          es: 'vinculación de conversiones (identificador del visitante)',
        }),
        'Google',
      ),
      cookie(
        '_gcl_aw',
        'first',
        D90,
        t({
          ko: '광고 클릭 정보',
          en: 'ad click information',
          ja: '広告クリックの情報',
          'zh-CN': '广告点击信息',
          'zh-TW': '廣告點擊資訊',
          de: 'Informationen zum Anzeigenklick',
          fr: 'informations sur le clic publicitaire',
          es: 'información del clic en el anuncio',
        }),
        'Google',
      ),
      cookie(
        '_gcl_*',
        'first',
        D90,
        t({
          ko: '기타 전환 연결 쿠키',
          en: 'other conversion linker cookies',
          ja: 'その他のコンバージョン リンカー Cookie',
          'zh-CN': '其他转化链接器 Cookie',
          'zh-TW': '其他轉換連結器 Cookie',
          de: 'weitere Cookies der Conversion-Verknüpfung',
          fr: 'autres cookies de l’éditeur de liens de conversion',
          es: 'otras cookies de vinculación de conversiones',
        }),
        'Google',
      ),
      cookie(
        'IDE',
        'third',
        months(13),
        t({
          ko: '광고 식별자(doubleclick.net)',
          en: 'ad identifier (doubleclick.net)',
          ja: '広告の識別子（doubleclick.net）',
          'zh-CN': '广告标识符（doubleclick.net）',
          'zh-TW': '廣告識別碼（doubleclick.net）',
          de: 'Werbekennung (doubleclick.net)',
          fr: 'identifiant publicitaire (doubleclick.net)',
          es: 'identificador publicitario (doubleclick.net)',
        }),
        'Google',
      ),
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
    s.told = consentDefault(
      c.consent,
      { signals, adsDataRedaction: o.adsDataRedaction === true, urlPassthrough: o.urlPassthrough === true, dataLayerName: name },
      w,
    );
  },
  change: (c, changed) => c.state.told && c.state.told.update(changed),
  load(c) {
    tell(c);
    c.state.gtag('js', new Date());
    configure(c);
    const name = c.googleManaged ? layerName(c.consent.config.google) : (c.options.dataLayerName as string) || 'dataLayer';
    c.load(
      `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(c.ids[0])}${name == 'dataLayer' ? '' : '&l=' + encodeURIComponent(name)}`,
    );
  },
  grant(c) {
    tell(c);
    configure(c);
  },
  revoke: tell,
};
