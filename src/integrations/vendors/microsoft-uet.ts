/**
 * Microsoft Advertising Universal Event Tracking (UET).
 *
 * Docs:
 * - UET parameters and the msclkid first-party cookie (read):
 *   https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_parameters_table
 * - UET reading the consent state (read): https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_dynamicconsentgtm
 * - the tag (bat.js, `new UET({ ti, q: window.uetq })`, `pageLoad`) and consent mode
 *   (`uetq.push('consent', 'default', { ad_storage: 'denied' })` before the tag, then `'update'`): Microsoft
 *   Advertising help, "consent mode" for UET (not retrieved here; the push form and the default-before-tag
 *   order are as several CMPs quote it, and ad_storage is the only key UET reads).
 * Not verified: the `_uetmsclkid` name and its 90 days, the cookie lifetimes, the bat.bing.net host.
 */
import { BOOL } from '../../gate/section-check';
import type { Vendor } from '../types';
import {
  AD_ITEMS,
  CONVERSIONS,
  SENT_ON_VISIT,
  SESSION_ID,
  US,
  VISITOR_ID,
  clickId,
  cookie,
  days,
  digits,
  months,
  named,
  t,
} from './common';

const SRC = 'https://bat.bing.com/bat.js';
const ads = (v: 'granted' | 'denied') => ({ ad_storage: v });

export const microsoftUet: Vendor = {
  name: 'microsoft-uet',
  label: 'Microsoft Advertising UET',
  hosts: ['bat.bing.com', 'bat.bing.net'],
  consentApi:
    "uetq.push('consent', 'default', { ad_storage: 'denied' }) before the tag; uetq.push('consent', 'update', { ad_storage: 'granted' }) on consent; 'update' with 'denied' on withdrawal",
  id: digits(4, 20, 'a UET tag id'),
  options: { enableAutoSpaTracking: BOOL },
  cookies: ['_uetsid', '_uetvid', '_uetmsclkid'],
  disclosure: {
    recipient: named('Microsoft Corporation', 'Microsoft Corporation'),
    contact: 'https://privacy.microsoft.com/privacystatement',
    countryCode: 'US',
    country: US,
    purpose: CONVERSIONS,
    items: AD_ITEMS,
    retention: t({
      ko: 'Microsoft 개인정보처리방침에 따름(쿠키는 최대 13개월)',
      en: "as Microsoft's privacy statement says (cookies up to 13 months)",
      ja: 'Microsoft のプライバシーに関する声明による（Cookie は最長13か月）',
      'zh-CN': '依照 Microsoft 隐私声明（Cookie 最长 13 个月）',
      'zh-TW': '依 Microsoft 隱私權聲明（Cookie 最長 13 個月）',
      de: 'gemäß der Datenschutzerklärung von Microsoft (Cookies bis zu 13 Monate)',
      fr: 'selon la déclaration de confidentialité de Microsoft (cookies conservés 13 mois au plus)',
      es: 'según la declaración de privacidad de Microsoft (cookies: hasta 13 meses)',
    }),
    ...SENT_ON_VISIT,
    cookies: [
      cookie('_uetsid', 'first', days(1), SESSION_ID, 'Microsoft'),
      cookie('_uetvid', 'first', months(13), VISITOR_ID, 'Microsoft'),
      cookie('_uetmsclkid', 'first', days(90), clickId('msclkid'), 'Microsoft'),
      cookie(
        'MUID',
        'third',
        months(13),
        t({
          ko: 'Microsoft 사이트 공통 식별자(bing.com)',
          en: 'identifier shared by Microsoft sites (bing.com)',
          ja: 'Microsoft のサイト共通の識別子（bing.com）',
          'zh-CN': 'Microsoft 各网站通用的标识符（bing.com）',
          'zh-TW': 'Microsoft 各網站共用的識別碼（bing.com）',
          de: 'von Microsoft-Websites gemeinsam genutzte Kennung (bing.com)',
          fr: 'identifiant commun aux sites Microsoft (bing.com)',
          es: 'identificador común a los sitios de Microsoft (bing.com)',
        }),
        'Microsoft',
      ),
    ],
  },
  prepare({ w }) {
    // uetq starts as a plain array; bat.js reads it as the queue (pushes are flat: 'consent', 'default', {…})
    w.uetq = w.uetq || [];
    w.uetq.push('consent', 'default', ads('denied'));
  },
  load(c) {
    const w = c.w;
    w.uetq.push('consent', 'update', ads('granted'));
    c.load(SRC, () => {
      // Microsoft's snippet: the UET object takes over the queue, then the page load is counted
      if (typeof w.UET != 'function' || !Array.isArray(w.uetq)) return;
      const o: { [k: string]: unknown } = { ti: c.ids[0], enableAutoSpaTracking: c.options.enableAutoSpaTracking !== false };
      o.q = w.uetq;
      w.uetq = new w.UET(o);
      w.uetq.push('pageLoad');
    });
  },
  grant: ({ w }) => w.uetq.push('consent', 'update', ads('granted')),
  revoke: ({ w }) => w.uetq.push('consent', 'update', ads('denied')),
};
