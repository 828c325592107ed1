// Samsung Internet, NAVER Whale, Opera and Internet Explorer 11. Sources: standards.md §7.1.
// Samsung Internet and Opera labels vary between versions and were not checked on a device [K];
// Whale's Korean desktop paths come from a Korean FAQ text (Whale 3.19) [S]; IE11 from Microsoft's article [S].
import type { BrowserGuide, BrowserGuideId, GuideCheck } from '../types';
import { L, m, o, t } from './parts';

const allCookiesWarning = L('Many sites, including sign-in pages, stop working without cookies.', '쿠키를 모두 차단하면 로그인 등 많은 사이트 기능이 동작하지 않습니다.');
const settings = m('Settings', '설정');

const samsungMenu = m('≡ Menu', '≡ 메뉴');
const samsungPrivacy = m('Browsing privacy dashboard', '개인정보 보호 대시보드');

export const samsung: BrowserGuide = {
  id: 'samsung',
  browser: 'samsung',
  platforms: ['android'],
  name: L('Samsung Internet', '삼성 인터넷'),
  help: L('https://privacy.samsunginter.net/', 'https://privacy.samsunginter.net/'),
  asOf: '2026-11-23',
  note: L('Menu names differ a little between Samsung Internet versions.', '삼성 인터넷 버전에 따라 메뉴 이름이 조금 다를 수 있습니다.'),
  tasks: {
    blockThirdParty: {
      steps: [[samsungMenu, settings, samsungPrivacy], [o('Turn on “Block third-party cookies”', '“타사 쿠키 차단” 켜기')]],
    },
    blockAll: {
      steps: [[samsungMenu, settings, samsungPrivacy], [o('Turn off “Allow cookies”', '“쿠키 허용” 끄기')]],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [[samsungMenu, settings, m('Sites and downloads', '사이트 및 다운로드'), m('Manage website data', '웹사이트 데이터 관리')], [t('Select {site}', '{site} 선택')], [m('Delete', '삭제')]],
    },
    deleteAll: {
      steps: [
        [samsungMenu, settings, m('Personal browsing data', '개인 인터넷 사용 기록'), m('Delete browsing data', '인터넷 사용 기록 삭제')],
        [o('Cookies and site data', '쿠키 및 사이트 데이터')],
        [m('Delete data', '데이터 삭제')],
      ],
    },
  },
};

const whaleMenu = m('⋯ Menu', '⋯ 메뉴');
const whalePrivacy = m('Privacy', '개인정보 보호');
const whaleCookies = [whaleMenu, settings, whalePrivacy, m('Cookies and other site data', '쿠키 및 기타 사이트 데이터')];

export const whaleDesktop: BrowserGuide = {
  id: 'whale-desktop',
  browser: 'whale',
  platforms: ['desktop'],
  name: L('NAVER Whale on a computer', '컴퓨터용 네이버 웨일'),
  // The official site; the help-centre article id for cookies was not verified (standards.md §7.1).
  help: L('https://whale.naver.com/', 'https://whale.naver.com/'),
  asOf: '2026-11-23',
  tasks: {
    blockThirdParty: {
      steps: [whaleCookies, [o('Block third-party cookies', '타사 쿠키 차단')]],
      shortcut: 'whale://settings/cookies',
    },
    blockAll: {
      steps: [whaleCookies, [o('Block all cookies', '모든 쿠키 차단')]],
      shortcut: 'whale://settings/cookies',
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [[...whaleCookies, m('See all cookies and site data', '모든 쿠키 및 사이트 데이터 보기')], [t('Search for {site}', '{site} 검색')], [m('Delete (trash icon)', '삭제(휴지통 아이콘)')]],
    },
    deleteAll: {
      steps: [
        [whaleMenu, settings, whalePrivacy, m('Clear browsing data', '인터넷 사용 기록 삭제')],
        [o('Time range: All time', '기간: 전체 기간'), o('Cookies and other site data', '쿠키 및 기타 사이트 데이터')],
        [m('Clear data', '삭제')],
      ],
      shortcut: 'whale://settings/clearBrowserData',
    },
  },
};

const whaleMobileMenu = m('≡ Menu', '≡ 메뉴');

export const whaleMobile: BrowserGuide = {
  id: 'whale-mobile',
  browser: 'whale',
  platforms: ['android', 'ios'],
  name: L('NAVER Whale on phones and tablets', '휴대폰·태블릿용 네이버 웨일'),
  help: L('https://whale.naver.com/', 'https://whale.naver.com/'),
  asOf: '2026-11-23',
  note: L(
    'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.',
    'iPhone·iPad의 웨일은 Apple의 WebKit 엔진으로 동작하며, 타사 쿠키는 기본으로 차단됩니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [[whaleMobileMenu, settings, whalePrivacy, m('Cookies', '쿠키')], [o('Block third-party cookies', '타사 쿠키 차단')]],
    },
    blockAll: {
      steps: [[whaleMobileMenu, settings, whalePrivacy, m('Cookies', '쿠키')], [o('Turn off “Allow cookies”', '“쿠키 허용” 끄기')]],
      note: allCookiesWarning,
    },
    deleteSite: { steps: [], unavailable: true, note: L(
        'Whale on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.',
        '휴대폰·태블릿용 웨일에서는 사이트별 쿠키 삭제를 확실히 안내할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
      ),
    },
    deleteAll: {
      steps: [[whaleMobileMenu, settings, whalePrivacy, m('Clear browsing data', '인터넷 사용 기록 삭제')], [o('Cookies and site data', '쿠키 및 사이트 데이터')], [m('Clear data', '삭제')]],
    },
  },
};

const operaPrivacy = [m('Settings (Alt+P)', '설정(Alt+P)'), m('Privacy & security', '개인정보 보호 및 보안')];

export const operaDesktop: BrowserGuide = {
  id: 'opera-desktop',
  browser: 'opera',
  platforms: ['desktop'],
  name: L('Opera on a computer', '컴퓨터용 Opera'),
  help: L('https://help.opera.com/en/latest/web-preferences/', 'https://help.opera.com/en/latest/web-preferences/'),
  asOf: '2026-11-23',
  note: L('Older versions keep cookies under Privacy & security › Site settings › Cookies.', '이전 버전에서는 개인정보 보호 및 보안 › 사이트 설정 › 쿠키에 있습니다.'),
  tasks: {
    blockThirdParty: {
      steps: [[...operaPrivacy, m('Third-party cookies', '서드 파티 쿠키')], [o('Block third-party cookies', '서드 파티 쿠키 차단')]],
      shortcut: 'opera://settings/cookies',
    },
    blockAll: {
      steps: [[...operaPrivacy, m('Site settings', '사이트 설정'), m('On-device site data', '기기 내 사이트 데이터')], [o("Don't allow sites to save data on your device", '사이트에서 기기에 데이터를 저장하도록 허용하지 않음')]],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [[...operaPrivacy, m('Site settings', '사이트 설정'), m('View permissions and data stored across sites', '모든 사이트에 저장된 권한 및 데이터 보기')], [t('Search for {site}', '{site} 검색')], [m('Delete (trash icon)', '삭제(휴지통 아이콘)')]],
      shortcut: 'opera://settings/content/all',
    },
    deleteAll: {
      steps: [[...operaPrivacy, m('Clear browsing data', '인터넷 사용 기록 삭제')], [o('Time range: All time', '기간: 전체 기간'), o('Cookies and other site data', '쿠키 및 기타 사이트 데이터')], [m('Clear data', '데이터 삭제')]],
      shortcut: 'opera://settings/clearBrowserData',
    },
  },
};

const operaMobileSettings = [m('Opera menu (profile icon)', 'Opera 메뉴(프로필 아이콘)'), settings];

export const operaMobile: BrowserGuide = {
  id: 'opera-mobile',
  browser: 'opera',
  platforms: ['android', 'ios'],
  name: L('Opera on phones and tablets', '휴대폰·태블릿용 Opera'),
  help: L('https://help.opera.com/en/latest/web-preferences/', 'https://help.opera.com/en/latest/web-preferences/'),
  asOf: '2026-11-23',
  note: L(
    'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.',
    'iPhone·iPad의 Opera는 Apple의 WebKit 엔진으로 동작하며, 서드 파티 쿠키는 기본으로 차단됩니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [[...operaMobileSettings, m('Privacy', '개인정보 보호'), m('Cookies', '쿠키')], [o('Block third-party cookies', '서드 파티 쿠키 차단')]],
    },
    blockAll: {
      steps: [[...operaMobileSettings, m('Privacy', '개인정보 보호'), m('Cookies', '쿠키')], [o('Block all cookies', '모든 쿠키 차단')]],
      note: allCookiesWarning,
    },
    deleteSite: { steps: [], unavailable: true, note: L(
        'Opera on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.',
        '휴대폰·태블릿용 Opera에서는 사이트별 쿠키 삭제를 확실히 안내할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
      ),
    },
    deleteAll: {
      steps: [[...operaMobileSettings, m('Clear browsing data', '인터넷 사용 기록 삭제')], [o('Cookies and site data', '쿠키 및 사이트 데이터')], [m('Clear data', '데이터 삭제')]],
    },
  },
};

const ieAdvanced = [m('⚙ Tools (Alt+X)', '⚙ 도구(Alt+X)'), m('Internet options', '인터넷 옵션'), m('Privacy tab', '개인정보 탭'), m('Advanced', '고급')];

export const ie: BrowserGuide = {
  id: 'ie',
  browser: 'ie',
  platforms: ['desktop'],
  name: L('Internet Explorer 11', '인터넷 익스플로러 11'),
  help: L(
    'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
    'https://support.microsoft.com/ko-kr/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  ),
  asOf: '2026-11-23',
  legacy: true,
  retired: '2022-06-15',
  note: L(
    'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.',
    'Microsoft Edge의 Internet Explorer 모드도 이 설정을 따릅니다. Windows 제어판 › 인터넷 옵션에서 열 수 있습니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [ieAdvanced, [o('Override automatic cookie handling', '자동 쿠키 처리 무시', L('if shown', '표시되는 경우')), o('Third-party Cookies: Block', '타사 쿠키: 차단')], [m('OK', '확인')]],
    },
    blockAll: {
      steps: [ieAdvanced, [o('First-party Cookies: Block', '자사 쿠키: 차단'), o('Third-party Cookies: Block', '타사 쿠키: 차단')], [m('OK', '확인')]],
      note: allCookiesWarning,
    },
    deleteSite: { steps: [], unavailable: true, note: L(
        'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.',
        '인터넷 익스플로러에서는 사이트별로 쿠키를 삭제할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
      ),
    },
    deleteAll: {
      steps: [
        [m('⚙ Tools (Alt+X)', '⚙ 도구(Alt+X)'), m('Safety', '안전'), m('Delete browsing history…', '검색 기록 삭제…')],
        [o('Cookies and website data', '쿠키 및 웹 사이트 데이터')],
        [m('Delete', '삭제')],
      ],
    },
  },
};

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const otherChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'samsung': { en: 'unverified', ko: 'unverified' },
  'whale-desktop': {
    en: 'unverified', ko: 'secondary',
    tasks: {
      blockAll: { ko: 'unverified' },
      deleteSite: { ko: 'unverified' },
    },
  },
  'whale-mobile': { en: 'unverified', ko: 'unverified' },
  'opera-desktop': { en: 'unverified', ko: 'unverified' },
  'opera-mobile': { en: 'unverified', ko: 'unverified' },
  'ie': { en: 'secondary', ko: 'secondary' },
};
