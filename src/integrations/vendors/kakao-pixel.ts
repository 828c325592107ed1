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
import type { Vendor } from '../types';
import { BY_BROWSER, COOKIE_ID, DEVICE, EVENTS, IP, KR, ON_VISIT, PAGE_VIEW, VISIT_LOG, digits, t } from './common';

export const kakaoPixel: Vendor = {
  name: 'kakao-pixel',
  label: 'Kakao Pixel',
  hosts: ['t1.daumcdn.net', 'bc.ad.daum.net'],
  consentApi: null,
  multi: true,
  id: digits(10, 20, 'a Kakao Pixel track id'),
  options: PAGE_VIEW,
  cookies: [],
  disclosure: {
    recipient: t('주식회사 카카오', 'Kakao Corp.'),
    contact: 'https://www.kakao.com/policy/privacy',
    countryCode: 'KR',
    country: KR,
    purpose: t('광고 성과 측정과 맞춤형 광고', 'measuring ads and personalised ads'),
    items: [VISIT_LOG, EVENTS, DEVICE, IP, COOKIE_ID],
    retention: t('카카오 개인정보처리방침에 따름', "as Kakao's privacy policy says"),
    timing: ON_VISIT,
    method: BY_BROWSER,
    cookies: [],
  },
  load(c) {
    c.load('https://t1.daumcdn.net/kas/static/kp.js', () => {
      if (c.options.pageView === false || typeof c.w.kakaoPixel != 'function') return;
      for (const id of c.ids) c.w.kakaoPixel(id).pageView();
    });
  },
};
