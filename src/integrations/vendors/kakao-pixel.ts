/**
 * Kakao Pixel (Kakao Moment / keyword ads measurement).
 *
 * Docs: Kakao's Pixel & SDK guide, https://kakaobusiness.gitbook.io/main/tool/pixel-sdk/install and
 * https://kakaoad.github.io/kakao-pixel/ (script `//t1.daumcdn.net/kas/static/kp.js`, then
 * `kakaoPixel('<track id>').pageView()`; other events such as `.purchase()` the same way).
 * Consent API: none, and no queue: kp.js defines `kakaoPixel`, so page views are sent from its onload and
 * site code waits with `integrations.ready('kakao-pixel')`.
 * Read: public copies of the snippet (script URL, call form, track-id format) and an observed beacon host
 * (bc.ad.daum.net). Not retrieved here: the pixel guide pages themselves. Kakao documents no
 * first-party cookie: the pixel relies on Kakao's own cookies on daum.net/kakao.com, which a site cannot
 * delete; add any you observe in `disclosure.cookies`.
 */
import { AD_ITEMS, KR, SENT_ON_VISIT, digits, named, pixel, t } from './common';

export const kakaoPixel = pixel({
  name: 'kakao-pixel',
  label: 'Kakao Pixel',
  hosts: ['t1.daumcdn.net', 'bc.ad.daum.net'],
  consentApi: null,
  id: digits(10, 20, 'a Kakao Pixel track id'),
  cookies: [],
  disclosure: {
    recipient: named('주식회사 카카오', 'Kakao Corp.'),
    contact: 'https://www.kakao.com/policy/privacy',
    countryCode: 'KR',
    country: KR,
    purpose: t({
      ko: '광고 성과 측정과 맞춤형 광고',
      en: 'measuring ads and personalised ads',
      ja: '広告の効果測定とパーソナライズ広告',
      'zh-CN': '广告效果衡量和个性化广告',
      'zh-TW': '廣告成效衡量與個人化廣告',
      de: 'Messung von Werbung und personalisierte Werbung',
      fr: 'mesure de la publicité et publicité personnalisée',
      es: 'medición de anuncios y publicidad personalizada',
    }),
    items: AD_ITEMS,
    retention: t({
      ko: '카카오 개인정보처리방침에 따름',
      en: "as Kakao's privacy policy says",
      ja: 'Kakao のプライバシーポリシーによる',
      'zh-CN': '依照 Kakao 隐私政策',
      'zh-TW': '依 Kakao 隱私權政策',
      de: 'gemäß der Datenschutzerklärung von Kakao',
      fr: 'selon la politique de confidentialité de Kakao',
      es: 'según la política de privacidad de Kakao',
    }),
    ...SENT_ON_VISIT,
    cookies: [],
  },
  load(c) {
    c.load('https://t1.daumcdn.net/kas/static/kp.js', () => {
      if (c.options.pageView === false || typeof c.w.kakaoPixel != 'function') return;
      for (const id of c.ids) c.w.kakaoPixel(id).pageView();
    });
  },
});
