// Apple Safari. Apple's user guide and support article via secondary sources; Korean labels for macOS secondary,
// for iOS unverified (see safariChecks). Safari blocks all third-party cookies since 13.1 (2020).
import type { BrowserGuideId, GuideCheck } from '../types';
import { blockAllTask, blockingOn, guide, task } from './build';
import { action, label, menu, option } from './labels';

const blocked = label(
  'Safari blocks third-party cookies by default; “Prevent cross-site tracking” keeps it that way.',
  'Safari는 서드 파티 쿠키를 기본으로 차단하며, “크로스 사이트 추적 방지”가 이를 유지합니다.',
);

const macPrivacy = [
  menu('Safari menu', 'Safari 메뉴'),
  menu('Settings…', '설정…', label('“Preferences…” before macOS Ventura', 'macOS Ventura 이전에는 “환경설정…”')),
  menu('Privacy', '개인정보 보호'),
];

const manageData = [...macPrivacy, menu('Manage Website Data…', '웹사이트 데이터 관리…')];
const done = menu('Done', '완료');
const asOf = '2026-11-23';

export const safariMac = guide(
  'safari-macos',
  ['desktop'],
  label('Safari on Mac', 'Mac용 Safari'),
  label(
    'https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac',
    'https://support.apple.com/ko-kr/guide/safari/sfri11471/mac',
  ),
  {
    asOf,
    note: blocked,
    blockThirdParty: task([macPrivacy, [option('Turn on “Prevent cross-site tracking”', '“크로스 사이트 추적 방지” 켜기')]]),
    blockAll: blockAllTask([
      macPrivacy,
      [option('Turn on “Block all cookies”', '“모든 쿠키 차단” 켜기')],
      [menu('Block All', '모두 차단')],
    ]),
    deleteSite: task([manageData, [action('Search for {site} and select it', '{site}을(를) 검색해 선택')], [menu('Remove', '제거'), done]]),
    deleteAll: task([manageData, [menu('Remove All', '모두 제거'), menu('Remove Now', '지금 제거'), done]]),
  },
);

const iosSafari = [menu('Settings app', '설정 앱'), menu('Apps', '앱', label('iOS 18 and later', 'iOS 18 이상')), menu('Safari', 'Safari')];
const iosHelp = label('https://support.apple.com/en-us/105082', 'https://support.apple.com/ko-kr/105082');

export const safariIOS = guide('safari-ios', ['ios'], label('Safari on iPhone and iPad', 'iPhone·iPad용 Safari'), iosHelp, {
  asOf,
  note: blocked,
  ...blockingOn(
    iosSafari,
    option('Turn on “Prevent Cross-Site Tracking”', '“크로스 사이트 추적 방지” 켜기'),
    option('Turn on “Block All Cookies”', '“모든 쿠키 차단” 켜기'),
  ),
  deleteSite: task([
    [...iosSafari, menu('Advanced', '고급'), menu('Website Data', '웹사이트 데이터')],
    [action('Swipe left on {site}', '{site} 항목을 왼쪽으로 쓸기')],
    [menu('Delete', '삭제')],
  ]),
  deleteAll: {
    steps: [[...iosSafari, menu('Clear History and Website Data', '방문 기록 및 웹사이트 데이터 지우기')], [action('Confirm', '확인')]],
    note: label('This also clears Safari’s browsing history.', 'Safari의 방문 기록도 함께 지워집니다.'),
  },
});

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const safariChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'safari-macos': { en: 'secondary', ko: 'secondary' },
  'safari-ios': { en: 'secondary', ko: 'unverified' },
};
