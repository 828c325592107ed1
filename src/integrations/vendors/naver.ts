import type { VendorContext, VendorDisclosure } from '../types';
import { COOKIE_ID, DEVICE, IP, KR, SENT_ON_VISIT, VISIT_LOG, named, t } from './common';

/** NAVER's log script, shared by NAVER Analytics and NAVER Ads conversion tracking (one request per page). */
export const WCS_SRC = 'https://wcs.naver.net/wcslog.js';
export const WCS_HOSTS = ['wcs.naver.net', 'wcs.naver.com', 'wcs.pstatic.net'];

/** NAVER Corp. as recipient; `purpose` and `cookies` differ per product. */
export const naverDisclosure = (purpose: VendorDisclosure['purpose'], cookies: VendorDisclosure['cookies']): VendorDisclosure => ({
  recipient: named('네이버 주식회사', 'NAVER Corp.'),
  contact: 'https://policy.naver.com/policy/privacy.html',
  countryCode: 'KR',
  country: KR,
  purpose,
  items: [VISIT_LOG, DEVICE, IP, COOKIE_ID],
  retention: t({
    ko: '네이버 개인정보처리방침에 따름',
    en: "as NAVER's privacy policy says",
    ja: 'NAVER のプライバシーポリシーによる',
    'zh-CN': '依照 NAVER 隐私政策',
    'zh-TW': '依 NAVER 隱私權政策',
    de: 'gemäß der Datenschutzerklärung von NAVER',
    fr: 'selon la politique de confidentialité de NAVER',
    es: 'según la política de privacidad de NAVER',
  }),
  ...SENT_ON_VISIT,
  cookies,
});

/**
 * Sends NAVER's page view for this account once wcslog.js has run: `wcs_add.wa = id`, then (ads)
 * `wcs.inflow(domain)`, then `wcs_do()`. wcslog.js keeps no queue, so this runs from its onload; NAVER
 * Analytics and NAVER Ads each set their own `wa` right before their own `wcs_do()`.
 */
export function wcsPageView(c: VendorContext, inflow?: boolean): void {
  c.load(WCS_SRC, () => {
    const w = c.w;
    if (!w.wcs || typeof w.wcs_do != 'function') return;
    w.wcs_add = w.wcs_add || {};
    w.wcs_add.wa = c.ids[0];
    if (inflow) c.options.inflowDomain ? w.wcs.inflow(c.options.inflowDomain) : w.wcs.inflow();
    w.wcs_do();
  });
}
