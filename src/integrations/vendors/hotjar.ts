/**
 * Hotjar (heatmaps, session recordings, surveys).
 *
 * Docs (Hotjar's help centre, not retrieved here): https://help.hotjar.com/ — "How to install your Hotjar
 * tracking code" (`hj` queue, `_hjSettings`, static.hotjar.com/c/hotjar-<id>.js?sv=6) and "Cookies set by
 * the Hotjar tracking code".
 * Consent API: none. Hotjar has no call that stops a running script, so consentry only loads it after
 * consent and, on withdrawal, deletes its cookies; the recording stops with the next page load.
 * Verified: the snippet (public copies) and the cookie names and lifetimes (sites quoting Hotjar's table).
 * Not verified here: the Hotjar help pages themselves, the full host list (*.hotjar.com / *.hotjar.io).
 */
import type { Vendor } from '../types';
import { BY_BROWSER, COOKIE_ID, DEVICE, IP, ON_VISIT, SESSION, VISIT_LOG, cookie, days, digits, t } from './common';

export const hotjar: Vendor = {
  name: 'hotjar',
  label: 'Hotjar',
  hosts: ['static.hotjar.com', 'script.hotjar.com', '*.hotjar.com', '*.hotjar.io'],
  consentApi: null,
  id: digits(5, 10, 'a Hotjar site id'),
  options: {},
  cookies: ['_hj*'],
  disclosure: {
    recipient: t('Hotjar Ltd', 'Hotjar Ltd'),
    contact: 'https://www.hotjar.com/legal/policies/privacy/',
    countryCode: 'MT',
    country: t('몰타(유럽연합)', 'Malta (European Union)'),
    purpose: t('사이트 이용 행태 분석(히트맵, 화면 녹화, 설문)', 'analysing how the site is used (heatmaps, recordings, surveys)'),
    items: [VISIT_LOG, t('화면 내 클릭·스크롤·마우스 움직임', 'clicks, scrolling and mouse movement on the page'), DEVICE, IP, COOKIE_ID],
    retention: t('Hotjar 개인정보처리방침에 따름(녹화는 최대 365일)', "as Hotjar's privacy policy says (recordings up to 365 days)"),
    timing: ON_VISIT,
    method: BY_BROWSER,
    cookies: [
      cookie('_hjSessionUser_*', 'first', days(365), t('방문자 식별자', 'visitor identifier'), 'Hotjar'),
      cookie('_hjSession_*', 'first', t('30분', '30 minutes'), t('방문(세션) 식별자', 'visit (session) identifier'), 'Hotjar'),
      cookie('_hjHasCachedUserAttributes', 'first', SESSION, t('사용자 속성 캐시 여부', 'whether user attributes are cached'), 'Hotjar'),
      cookie('_hjUserAttributesHash', 'first', t('2분', '2 minutes'), t('사용자 속성 변경 감지', 'detects changed user attributes'), 'Hotjar'),
    ],
  },
  prepare({ w }) {
    // Hotjar's queue stub: hj(...) calls wait in hj.q until the script replays them
    w.hj = w.hj || function () {
      (w.hj.q = w.hj.q || []).push(arguments);
    };
  },
  load(c) {
    const id = Number(c.ids[0]);
    c.w._hjSettings = { hjid: id, hjsv: 6 };
    c.load(`https://static.hotjar.com/c/hotjar-${id}.js?sv=6`);
  },
};
