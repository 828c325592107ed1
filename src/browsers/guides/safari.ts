// Apple Safari. Sources: standards.md §7.1 — Apple's user guide and support article via secondary sources [S];
// Korean labels for macOS [S], for iOS unverified [K]. Safari blocks all third-party cookies since 13.1 (2020).
import type { BrowserGuide, BrowserGuideId, GuideCheck } from '../types';
import { L, m, o, t } from './parts';

const blocked = L(
  'Safari blocks third-party cookies by default; “Prevent cross-site tracking” keeps it that way.',
  'Safari는 서드 파티 쿠키를 기본으로 차단하며, “크로스 사이트 추적 방지”가 이를 유지합니다.',
);
const allCookiesWarning = L('Many sites, including sign-in pages, stop working without cookies.', '쿠키를 모두 차단하면 로그인 등 많은 사이트 기능이 동작하지 않습니다.');

const macPrivacy = [
  m('Safari menu', 'Safari 메뉴'),
  m('Settings…', '설정…', L('“Preferences…” before macOS Ventura', 'macOS Ventura 이전에는 “환경설정…”')),
  m('Privacy', '개인정보 보호'),
];

export const safariMac: BrowserGuide = {
  id: 'safari-macos',
  browser: 'safari',
  platforms: ['desktop'],
  name: L('Safari on Mac', 'Mac용 Safari'),
  help: L('https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac', 'https://support.apple.com/ko-kr/guide/safari/sfri11471/mac'),
  asOf: '2026-11-23',
  note: blocked,
  tasks: {
    blockThirdParty: {
      steps: [macPrivacy, [o('Turn on “Prevent cross-site tracking”', '“크로스 사이트 추적 방지” 켜기')]],
    },
    blockAll: {
      steps: [macPrivacy, [o('Turn on “Block all cookies”', '“모든 쿠키 차단” 켜기')], [m('Block All', '모두 차단')]],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [
        [...macPrivacy, m('Manage Website Data…', '웹사이트 데이터 관리…')],
        [t('Search for {site} and select it', '{site}을(를) 검색해 선택')],
        [m('Remove', '제거'), m('Done', '완료')],
      ],
    },
    deleteAll: {
      steps: [
        [...macPrivacy, m('Manage Website Data…', '웹사이트 데이터 관리…')],
        [m('Remove All', '모두 제거'), m('Remove Now', '지금 제거'), m('Done', '완료')],
      ],
    },
  },
};

const iosSafari = [
  m('Settings app', '설정 앱'),
  m('Apps', '앱', L('iOS 18 and later', 'iOS 18 이상')),
  m('Safari', 'Safari'),
];

export const safariIOS: BrowserGuide = {
  id: 'safari-ios',
  browser: 'safari',
  platforms: ['ios'],
  name: L('Safari on iPhone and iPad', 'iPhone·iPad용 Safari'),
  help: L('https://support.apple.com/en-us/105082', 'https://support.apple.com/ko-kr/105082'),
  asOf: '2026-11-23',
  note: blocked,
  tasks: {
    blockThirdParty: {
      steps: [iosSafari, [o('Turn on “Prevent Cross-Site Tracking”', '“크로스 사이트 추적 방지” 켜기')]],
    },
    blockAll: {
      steps: [iosSafari, [o('Turn on “Block All Cookies”', '“모든 쿠키 차단” 켜기')]],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [
        [...iosSafari, m('Advanced', '고급'), m('Website Data', '웹사이트 데이터')],
        [t('Swipe left on {site}', '{site} 항목을 왼쪽으로 쓸기')],
        [m('Delete', '삭제')],
      ],
    },
    deleteAll: {
      steps: [[...iosSafari, m('Clear History and Website Data', '방문 기록 및 웹사이트 데이터 지우기')], [t('Confirm', '확인')]],
      note: L('This also clears Safari’s browsing history.', 'Safari의 방문 기록도 함께 지워집니다.'),
    },
  },
};

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const safariChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'safari-macos': { en: 'secondary', ko: 'secondary' },
  'safari-ios': { en: 'secondary', ko: 'unverified' },
};
