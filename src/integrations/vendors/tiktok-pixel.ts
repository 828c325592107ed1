/**
 * TikTok Pixel.
 *
 * Docs:
 * - cookies, "expire after 13 months from being set or last used" (read): https://ads.tiktok.com/help/article?aid=10007540
 * - cookie consent, `holdConsent` before the choice, then `grantConsent` / `revokeConsent`:
 *   https://business-api.tiktok.com/portal/docs?id=1739585600931842 (not retrieved here; the method names
 *   are in TikTok's current base code, whose public copies list them among the stub's methods)
 * - base code (the `ttq` array stub, `ttq.load(code)` requesting events.js?sdkid=…&lib=ttq):
 *   https://ads.tiktok.com/help/article/get-started-pixel (from public copies)
 * Not verified: the `ttcsid*` / `ttclid` cookie names and the analytics-ipv6 host.
 */
import type { Vendor } from '../types';
import { BY_BROWSER, COOKIE_ID, DEVICE, EVENTS, IP, ON_VISIT, PAGE_VIEW, VISIT_LOG, cookie, months, t } from './common';

const SRC = 'https://analytics.tiktok.com/i18n/pixel/events.js';
const METHODS = 'page track identify instances debug on off once ready alias group enableCookie disableCookie holdConsent revokeConsent grantConsent'.split(' ');
const M13 = months(13);

export const tiktokPixel: Vendor = {
  name: 'tiktok-pixel',
  label: 'TikTok Pixel',
  hosts: ['analytics.tiktok.com', 'analytics-ipv6.tiktok.com'],
  consentApi: 'ttq.holdConsent() before the pixel loads; ttq.grantConsent() on consent; ttq.revokeConsent() on withdrawal',
  multi: true,
  id: [/^[A-Z0-9]{16,24}$/, 'expected a TikTok pixel code like "C4ABC1234DEF5678GHIJ"'],
  options: PAGE_VIEW,
  cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid*', 'ttclid'],
  disclosure: {
    recipient: t('TikTok Pte. Ltd.', 'TikTok Pte. Ltd.'),
    contact: 'https://www.tiktok.com/legal/page/row/privacy-policy/en',
    countryCode: 'SG',
    country: t('싱가포르(미국·말레이시아 등에 보관될 수 있음)', 'Singapore (may be stored in the United States, Malaysia and elsewhere)'),
    purpose: t('광고 성과 측정, 맞춤형 광고와 광고 대상 설정', 'measuring ads, personalised ads and ad audiences'),
    items: [VISIT_LOG, EVENTS, DEVICE, IP, COOKIE_ID],
    retention: t('TikTok 개인정보처리방침에 따름(쿠키는 최대 13개월)', "as TikTok's privacy policy says (cookies up to 13 months)"),
    timing: ON_VISIT,
    method: BY_BROWSER,
    cookies: [
      cookie('_ttp', 'first', M13, t('방문자 식별자', 'visitor identifier'), 'TikTok'),
      cookie('_tt_enable_cookie', 'first', M13, t('쿠키 사용 가능 여부', 'whether cookies work'), 'TikTok'),
      cookie('ttcsid*', 'first', M13, t('방문(세션) 식별자', 'visit (session) identifier'), 'TikTok'),
      cookie('ttclid', 'first', M13, t('광고 클릭 식별자', 'ad click identifier'), 'TikTok'),
    ],
  },
  prepare(c) {
    const w = c.w;
    if (!w.ttq) {
      // TikTok's stub: every method pushes [name, ...args] onto ttq; events.js replays them in order.
      w.TiktokAnalyticsObject = 'ttq';
      const ttq: any = (w.ttq = []); // eslint-disable-line @typescript-eslint/no-explicit-any
      const defer = (o: any, m: string) => (o[m] = (...a: unknown[]) => o.push([m, ...a])); // eslint-disable-line @typescript-eslint/no-explicit-any
      METHODS.forEach((m) => defer(ttq, m));
      ttq.methods = METHODS;
      ttq.instance = (id: string) => {
        const e = ttq._i[id] || [];
        METHODS.forEach((m) => defer(e, m));
        return e;
      };
      // as TikTok's load(), but the request goes through consentry's loader (nonce, once per page)
      ttq.load = (id: string, o?: object) => {
        (ttq._i ||= {})[id] = [];
        ttq._i[id]._u = SRC;
        (ttq._t ||= {})[id] = Date.now();
        (ttq._o ||= {})[id] = o || {};
        c.load(`${SRC}?sdkid=${encodeURIComponent(id)}&lib=ttq`);
      };
    }
    w.ttq.holdConsent();
  },
  load(c) {
    const ttq = c.w.ttq;
    ttq.grantConsent();
    for (const id of c.ids) ttq.load(id);
    if (c.options.pageView !== false) ttq.page();
  },
  grant: (c) => c.w.ttq.grantConsent(),
  revoke: (c) => c.w.ttq.revokeConsent(),
};
