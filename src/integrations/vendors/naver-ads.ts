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

const SET_BY_NAVER = t('네이버가 정함(전환 추적 기간)', 'set by NAVER (the conversion-tracking window)');
const INFLOW = t('네이버 광고 유입 정보', 'how you arrived from a NAVER ad');

export const naverAds: Vendor = {
  name: 'naver-ads',
  label: 'NAVER Search Ads conversion tracking',
  hosts: WCS_HOSTS,
  consentApi: null,
  id: [/^s_[0-9a-f]{8,16}$/, 'expected a NAVER common key (na_account_id) like "s_4711a698fadd"'],
  options: {
    inflowDomain: [(v) => typeof v == 'string' && /^([a-z0-9-]+\.)+[a-z0-9-]+(\/[\w\-./]*)?$/i.test(v), 'expected the cookie domain, e.g. "example.com" (NAVER\'s wcs.inflow)'],
  },
  cookies: ['NA_*'],
  disclosure: naverDisclosure(t('네이버 광고 성과(전환) 측정', 'measuring NAVER ad conversions'), [
    cookie('NA_SA', 'first', SET_BY_NAVER, INFLOW, 'NAVER'),
    cookie('NA_DA', 'first', SET_BY_NAVER, INFLOW, 'NAVER'),
    cookie('NA_*', 'first', SET_BY_NAVER, t('네이버 광고 전환 추적', 'NAVER ad conversion tracking'), 'NAVER'),
  ]),
  load: (c) => wcsPageView(c, true),
};
