/**
 * NAVER Search Ads (검색광고) conversion tracking, with the common key (네이버공통키, na_account_id).
 *
 * Docs (read): https://naver.github.io/conversion-tracking/pages/01_script_guide_wcstrans/ —
 * wcslog.js, `wcs_add["wa"] = "s_…"`, `wcs.inflow("<cookie domain>")`, `wcs_do()`; conversions with
 * `wcs.trans({ type: 'purchase', value: '…' })` once the script has run (`integrations.ready('naver-ads')`).
 * Cookie names NA_SA / NA_DA: https://navercts.gitbook.io/guide/gather_description
 * Consent API: none; consentry loads wcslog.js only after consent and deletes the ad cookies on withdrawal.
 * Not verified: the other NA_* cookie names (deleted by the NA_* pattern) and every lifetime (NAVER does not publish them).
 */
import type { Vendor } from '../types';
import { cookie, t } from './common';
import { WCS_HOSTS, naverDisclosure, wcsPageView } from './naver';

const SET_BY_NAVER = t({
  ko: '네이버가 정함(전환 추적 기간)',
  en: 'set by NAVER (the conversion-tracking window)',
  ja: 'NAVER が設定（コンバージョン計測期間）',
  'zh-CN': '由 NAVER 设定（转化跟踪期）',
  'zh-TW': '由 NAVER 設定（轉換追蹤期間）',
  de: 'von NAVER festgelegt (Zeitraum der Conversion-Messung)',
  fr: 'fixée par NAVER (période de suivi des conversions)',
  es: 'la fija NAVER (periodo de seguimiento de conversiones)',
});
const INFLOW = t({
  ko: '네이버 광고 유입 정보',
  en: 'how you arrived from a NAVER ad',
  ja: 'NAVER 広告からの流入情報',
  'zh-CN': '您经由 NAVER 广告访问本网站的信息',
  'zh-TW': '您經由 NAVER 廣告進入本網站的資訊',
  de: 'wie Sie über eine NAVER-Anzeige auf diese Website gelangt sind',
  fr: 'votre arrivée depuis une annonce NAVER',
  es: 'su llegada desde un anuncio de NAVER',
});
const TRACKING = t({
  ko: '네이버 광고 전환 추적',
  en: 'NAVER ad conversion tracking',
  ja: 'NAVER 広告のコンバージョン計測',
  'zh-CN': 'NAVER 广告转化跟踪',
  'zh-TW': 'NAVER 廣告轉換追蹤',
  de: 'Conversion-Tracking für NAVER-Anzeigen',
  fr: 'suivi des conversions des annonces NAVER',
  es: 'seguimiento de conversiones de los anuncios de NAVER',
});

export const naverAds: Vendor = {
  name: 'naver-ads',
  label: 'NAVER Search Ads conversion tracking',
  hosts: WCS_HOSTS,
  consentApi: null,
  id: [/^s_[0-9a-f]{8,16}$/, 'expected a NAVER common key (na_account_id) like "s_4711a698fadd"'],
  options: {
    inflowDomain: [
      (v) => typeof v == 'string' && /^([a-z0-9-]+\.)+[a-z0-9-]+(\/[\w\-./]*)?$/i.test(v),
      'expected the cookie domain, e.g. "example.com" (NAVER\'s wcs.inflow)',
    ],
  },
  cookies: ['NA_*'],
  disclosure: naverDisclosure(
    t({
      ko: '네이버 광고 성과(전환) 측정',
      en: 'measuring NAVER ad conversions',
      ja: 'NAVER 広告の成果（コンバージョン）測定',
      'zh-CN': 'NAVER 广告效果（转化）衡量',
      'zh-TW': 'NAVER 廣告成效（轉換）衡量',
      de: 'Messung der Conversions von NAVER-Anzeigen',
      fr: 'mesure des conversions des annonces NAVER',
      es: 'medición de las conversiones de los anuncios de NAVER',
    }),
    [
      cookie('NA_SA', 'first', SET_BY_NAVER, INFLOW, 'NAVER'),
      cookie('NA_DA', 'first', SET_BY_NAVER, INFLOW, 'NAVER'),
      cookie('NA_*', 'first', SET_BY_NAVER, TRACKING, 'NAVER'),
    ],
  ),
  load: (c) => wcsPageView(c, true),
};
