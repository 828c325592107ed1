/**
 * TikTok Pixel.
 *
 * Docs:
 * - cookies, "expire after 13 months from being set or last used" (read): https://ads.tiktok.com/help/article?aid=10007540
 * - cookie consent, `holdConsent` before the choice, then `grantConsent` / `revokeConsent`:
 *   https://business-api.tiktok.com/portal/docs?id=1739585600931842 (not retrieved here; the method names
 *   are in TikTok's current base code, whose public copies list them among the queue's methods)
 * - base code (the `ttq` array queue, `ttq.load(code)` requesting events.js?sdkid=…&lib=ttq):
 *   https://ads.tiktok.com/help/article/get-started-pixel (from public copies)
 * Not verified: the `ttcsid*` / `ttclid` cookie names and the analytics-ipv6 host.
 */
import { AD_ITEMS, AUDIENCES, SENT_ON_VISIT, SESSION_ID, VISITOR_ID, cookie, months, named, pixel, t } from './common';

const SRC = 'https://analytics.tiktok.com/i18n/pixel/events.js';
const METHODS =
  'page track identify instances debug on off once ready alias group enableCookie disableCookie holdConsent revokeConsent grantConsent'.split(
    ' ',
  );
const M13 = months(13);

export const tiktokPixel = pixel({
  name: 'tiktok-pixel',
  label: 'TikTok Pixel',
  hosts: ['analytics.tiktok.com', 'analytics-ipv6.tiktok.com'],
  consentApi: 'ttq.holdConsent() before the pixel loads; ttq.grantConsent() on consent; ttq.revokeConsent() on withdrawal',
  id: [/^[A-Z0-9]{16,24}$/, 'expected a TikTok pixel code like "C4ABC1234DEF5678GHIJ"'],
  cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid*', 'ttclid'],
  disclosure: {
    recipient: named('TikTok Pte. Ltd.', 'TikTok Pte. Ltd.'),
    contact: 'https://www.tiktok.com/legal/page/row/privacy-policy/en',
    countryCode: 'SG',
    country: t({
      ko: '싱가포르(미국·말레이시아 등에 보관될 수 있음)',
      en: 'Singapore (may be stored in the United States, Malaysia and elsewhere)',
      ja: 'シンガポール（米国、マレーシアなどで保管される場合があります）',
      'zh-CN': '新加坡（可能存储于美国、马来西亚等地）',
      'zh-TW': '新加坡（可能儲存於美國、馬來西亞等地）',
      de: 'Singapur (Speicherung auch in den Vereinigten Staaten, Malaysia und anderen Ländern möglich)',
      fr: 'Singapour (stockage possible aux États-Unis, en Malaisie et ailleurs)',
      es: 'Singapur (pueden almacenarse en Estados Unidos, Malasia y otros países)',
    }),
    purpose: AUDIENCES,
    items: AD_ITEMS,
    retention: t({
      ko: 'TikTok 개인정보처리방침에 따름(쿠키는 최대 13개월)',
      en: "as TikTok's privacy policy says (cookies up to 13 months)",
      ja: 'TikTok のプライバシーポリシーによる（Cookie は最長13か月）',
      'zh-CN': '依照 TikTok 隐私政策（Cookie 最长 13 个月）',
      'zh-TW': '依 TikTok 隱私權政策（Cookie 最長 13 個月）',
      de: 'gemäß der Datenschutzrichtlinie von TikTok (Cookies bis zu 13 Monate)',
      fr: 'selon la politique de confidentialité de TikTok (cookies conservés 13 mois au plus)',
      es: 'según la política de privacidad de TikTok (cookies: hasta 13 meses)',
    }),
    ...SENT_ON_VISIT,
    cookies: [
      cookie('_ttp', 'first', M13, VISITOR_ID, 'TikTok'),
      cookie(
        '_tt_enable_cookie',
        'first',
        M13,
        t({
          ko: '쿠키 사용 가능 여부',
          en: 'whether cookies work',
          ja: 'Cookie が使用できるかどうか',
          'zh-CN': 'Cookie 是否可用',
          'zh-TW': 'Cookie 是否可用',
          de: 'ob Cookies funktionieren',
          fr: 'indique si les cookies fonctionnent',
          es: 'si las cookies funcionan',
        }),
        'TikTok',
      ),
      cookie('ttcsid*', 'first', M13, SESSION_ID, 'TikTok'),
      cookie(
        'ttclid',
        'first',
        M13,
        t({
          ko: '광고 클릭 식별자',
          en: 'ad click identifier',
          ja: '広告クリックの識別子',
          'zh-CN': '广告点击标识符',
          'zh-TW': '廣告點擊識別碼',
          de: 'Anzeigenklick-Kennung',
          fr: 'identifiant de clic publicitaire',
          es: 'identificador de clic en anuncio',
        }),
        'TikTok',
      ),
    ],
  },
  prepare(c) {
    const w = c.w;
    if (!w.ttq) {
      // TikTok's queue: every method pushes [name, ...args] onto ttq; events.js replays them in order.
      w.TiktokAnalyticsObject = 'ttq';
      // biome-ignore lint/suspicious/noExplicitAny: the vendor's queue, written as its snippet is
      const ttq: any = (w.ttq = []);
      // biome-ignore lint/suspicious/noExplicitAny: the vendor's queue, written as its snippet is
      const defer = (o: any, m: string) => (o[m] = (...a: unknown[]) => o.push([m, ...a]));
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
});
