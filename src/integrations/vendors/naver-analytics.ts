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
import { durations } from '../../core/plural';
import { WCS_HOSTS, naverDisclosure, wcsPageView } from './naver';

const YEAR = durations(1, 'year');

export const naverAnalytics: Vendor = {
  name: 'naver-analytics',
  label: 'NAVER Analytics',
  hosts: WCS_HOSTS,
  consentApi: null,
  id: [/^[0-9a-f]{10,20}$/, 'expected a NAVER Analytics site id like "1a2b3c4d5e6f70" (hex)'],
  options: {},
  cookies: ['wcs_bt'],
  disclosure: naverDisclosure(
    t({
      ko: '방문 통계 분석',
      en: 'visit statistics',
      ja: 'アクセス統計の分析',
      'zh-CN': '访问统计分析',
      'zh-TW': '造訪統計分析',
      de: 'Besuchsstatistik',
      fr: 'statistiques de visite',
      es: 'estadísticas de visitas',
    }),
    [
      cookie(
        'wcs_bt',
        'first',
        YEAR,
        t({
          ko: '마지막 방문 시각',
          en: 'time of the last visit',
          ja: '最終訪問日時',
          'zh-CN': '上次访问时间',
          'zh-TW': '上次造訪時間',
          de: 'Zeitpunkt des letzten Besuchs',
          fr: 'date et heure de la dernière visite',
          es: 'fecha y hora de la última visita',
        }),
        'NAVER',
      ),
      cookie(
        'NNB',
        'third',
        YEAR,
        t({
          ko: '네이버 공통 브라우저 식별자(naver.com)',
          en: 'NAVER browser identifier (naver.com)',
          ja: 'NAVER 共通のブラウザ識別子（naver.com）',
          'zh-CN': 'NAVER 通用浏览器标识符（naver.com）',
          'zh-TW': 'NAVER 通用瀏覽器識別碼（naver.com）',
          de: 'NAVER-Browserkennung (naver.com)',
          fr: 'identifiant de navigateur NAVER (naver.com)',
          es: 'identificador de navegador de NAVER (naver.com)',
        }),
        'NAVER',
      ),
    ],
  ),
  load: (c) => wcsPageView(c),
};
