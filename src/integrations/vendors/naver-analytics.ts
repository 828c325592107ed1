/**
 * NAVER Analytics (analytics.naver.com).
 *
 * Docs: the install guide in NAVER Analytics' console (wcslog.js, `wcs_add["wa"] = "<site id>"`,
 * `wcs_do()`), https://analytics.naver.com/ (help behind sign-in); the same script is documented for
 * ads at https://naver.github.io/conversion-tracking/pages/01_script_guide_wcstrans/.
 * Consent API: none. NAVER offers no call that stops wcslog.js; consentry loads it only after consent
 * and deletes its first-party cookie on withdrawal.
 * Verified: script URL and call sequence (NAVER's conversion-tracking guide; public copies of the
 * Analytics snippet). Not verified: `wcs_bt` and its lifetime (observed on sites, not documented by NAVER).
 */
import type { Vendor } from '../types';
import { cookie, t } from './common';
import { WCS_HOSTS, naverDisclosure, wcsPageView } from './naver';

export const naverAnalytics: Vendor = {
  name: 'naver-analytics',
  label: 'NAVER Analytics',
  hosts: WCS_HOSTS,
  consentApi: null,
  id: [/^[0-9a-f]{10,20}$/, 'expected a NAVER Analytics site id like "1a2b3c4d5e6f70" (hex)'],
  options: {},
  cookies: ['wcs_bt'],
  disclosure: naverDisclosure(t('방문 통계 분석', 'visit statistics'), [
    cookie('wcs_bt', 'first', t('1년', '1 year'), t('마지막 방문 시각', 'time of the last visit'), 'NAVER'),
    cookie('NNB', 'third', t('1년', '1 year'), t('네이버 공통 브라우저 식별자(naver.com)', 'NAVER browser identifier (naver.com)'), 'NAVER'),
  ]),
  load: (c) => wcsPageView(c),
};
