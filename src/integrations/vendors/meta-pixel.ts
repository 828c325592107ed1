/**
 * Meta Pixel (Facebook/Instagram ads measurement).
 *
 * Docs:
 * - consent API, "revoke before init, grant once consent is given, revoke on every page" (read):
 *   https://developers.facebook.com/docs/meta-pixel/implementation/gdpr
 * - `_fbp` / `_fbc` cookies (read): https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/
 * - base code and the `fbq` queue function: https://developers.facebook.com/docs/meta-pixel/get-started (the
 *   queue function as Meta's snippet defines it, from public copies)
 * Not verified here: the cookies' 90-day lifetime (Meta's cookie-settings help page), the hosts beyond
 * connect.facebook.net and www.facebook.com (`/tr` hits).
 */
import { BOOL } from '../../gate/section-check';
import { AD_ITEMS, AUDIENCES, SENT_ON_VISIT, US, clickId, cookie, days, digits, named, pixel, t } from './common';

const SRC = 'https://connect.facebook.net/en_US/fbevents.js';

export const metaPixel = pixel({
  name: 'meta-pixel',
  label: 'Meta Pixel',
  hosts: ['connect.facebook.net', 'www.facebook.com'],
  consentApi: "fbq('consent', 'revoke') before init; fbq('consent', 'grant') on consent; fbq('consent', 'revoke') on withdrawal",
  id: digits(10, 20, 'a Meta Pixel id'),
  options: { autoConfig: BOOL },
  cookies: ['_fbp', '_fbc'],
  disclosure: {
    recipient: named('Meta Platforms, Inc.', 'Meta Platforms, Inc.'),
    contact: 'https://www.facebook.com/privacy/policy/',
    countryCode: 'US',
    country: US,
    purpose: AUDIENCES,
    items: AD_ITEMS,
    retention: t({
      ko: 'Meta 개인정보처리방침에 따름(쿠키는 최대 90일)',
      en: "as Meta's privacy policy says (cookies up to 90 days)",
      ja: 'Meta のプライバシーポリシーによる（Cookie は最長90日間）',
      'zh-CN': '依照 Meta 隐私政策（Cookie 最长 90 天）',
      'zh-TW': '依 Meta 隱私權政策（Cookie 最長 90 天）',
      de: 'gemäß der Datenschutzrichtlinie von Meta (Cookies bis zu 90 Tage)',
      fr: 'selon la politique de confidentialité de Meta (cookies conservés 90 jours au plus)',
      es: 'según la política de privacidad de Meta (cookies: hasta 90 días)',
    }),
    ...SENT_ON_VISIT,
    cookies: [
      cookie(
        '_fbp',
        'first',
        days(90),
        t({
          ko: '브라우저 식별자',
          en: 'browser identifier',
          ja: 'ブラウザの識別子',
          'zh-CN': '浏览器标识符',
          'zh-TW': '瀏覽器識別碼',
          de: 'Browserkennung',
          fr: 'identifiant du navigateur',
          es: 'identificador del navegador',
        }),
        'Meta',
      ),
      cookie('_fbc', 'first', days(90), clickId('fbclid'), 'Meta'),
    ],
  },
  prepare({ w }) {
    // Meta's own queue function: calls made before fbevents.js arrives wait in fbq.queue, in order.
    if (!w.fbq) {
      // biome-ignore lint/suspicious/noExplicitAny: the vendor's queue function, written as its snippet is
      const n: any = (w.fbq = function () {
        n.callMethod ? n.callMethod.apply(n, arguments) : n.queue.push(arguments);
      });
      if (!w._fbq) w._fbq = n;
      n.push = n;
      n.loaded = true;
      n.version = '2.0';
      n.queue = [];
    }
    w.fbq('consent', 'revoke');
  },
  load(c) {
    const fbq = c.w.fbq;
    fbq('consent', 'grant');
    for (const id of c.ids) {
      if (c.options.autoConfig === false) fbq('set', 'autoConfig', false, id);
      fbq('init', id);
    }
    if (c.options.pageView !== false) fbq('track', 'PageView');
    c.load(SRC);
  },
  grant: (c) => c.w.fbq('consent', 'grant'),
  revoke: (c) => c.w.fbq('consent', 'revoke'),
});
