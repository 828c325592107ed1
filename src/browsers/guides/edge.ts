// Microsoft Edge (Chromium). Sources: standards.md §7.1 — desktop paths from Microsoft's support article
// via secondary sources [S], Korean labels [S]; mobile paths unverified [K].
import type { BrowserGuide, BrowserGuideId, GuideCheck } from '../types';
import { L, m, o, t } from './parts';

const help = L(
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  'https://support.microsoft.com/ko-kr/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
);

const menu = m('⋯ Settings and more', '⋯ 설정 및 기타');
const settings = m('Settings', '설정');
const cookiesPage = [
  menu,
  settings,
  m('Cookies and site permissions', '쿠키 및 사이트 권한'),
  m('Manage and delete cookies and site data', '쿠키 및 사이트 데이터 관리 및 삭제'),
];
const allCookiesWarning = L('Many sites, including sign-in pages, stop working without cookies.', '쿠키를 모두 차단하면 로그인 등 많은 사이트 기능이 동작하지 않습니다.');

export const edgeDesktop: BrowserGuide = {
  id: 'edge-desktop',
  browser: 'edge',
  platforms: ['desktop'],
  name: L('Microsoft Edge on a computer', '컴퓨터용 Microsoft Edge'),
  help,
  asOf: '2026-11-23',
  tasks: {
    blockThirdParty: {
      steps: [cookiesPage, [o('Turn on “Block third-party cookies”', '“타사 쿠키 차단” 켜기')]],
      shortcut: 'edge://settings/content/cookies',
    },
    blockAll: {
      steps: [cookiesPage, [o('Turn off “Allow sites to save and read cookie data”', '“사이트에서 쿠키 데이터를 저장하고 읽도록 허용” 끄기')]],
      shortcut: 'edge://settings/content/cookies',
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [
        [...cookiesPage, m('See all cookies and site data', '모든 쿠키 및 사이트 데이터 보기')],
        [t('Search for {site}', '{site} 검색')],
        [m('Delete (trash icon)', '삭제(휴지통 아이콘)')],
      ],
      shortcut: 'edge://settings/siteData',
    },
    deleteAll: {
      steps: [
        [menu, settings, m('Privacy, search, and services', '개인정보, 검색 및 서비스'), m('Clear browsing data', '검색 데이터 지우기'), m('Choose what to clear', '지울 항목 선택')],
        [o('Time range: All time', '시간 범위: 모든 시간'), o('Cookies and other site data', '쿠키 및 기타 사이트 데이터')],
        [m('Clear now', '지금 지우기')],
      ],
      shortcut: 'edge://settings/clearBrowserData',
    },
  },
};

const mobileMenu = m('⋯ Menu', '⋯ 메뉴');
const mobilePrivacy = m('Privacy and security', '개인 정보 및 보안');

export const edgeMobile: BrowserGuide = {
  id: 'edge-mobile',
  browser: 'edge',
  platforms: ['android', 'ios'],
  name: L('Microsoft Edge on phones and tablets', '휴대폰·태블릿용 Microsoft Edge'),
  help,
  asOf: '2026-11-23',
  note: L(
    'On iPhone and iPad, Edge runs on Apple’s WebKit, which blocks third-party cookies by default.',
    'iPhone·iPad의 Edge는 Apple의 WebKit 엔진으로 동작하며, 타사 쿠키는 기본으로 차단됩니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [[mobileMenu, settings, mobilePrivacy, m('Cookies', '쿠키')], [o('Block third-party cookies', '타사 쿠키 차단')]],
    },
    blockAll: {
      steps: [[mobileMenu, settings, mobilePrivacy, m('Cookies', '쿠키')], [o('Block all cookies', '모든 쿠키 차단')]],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [],
      unavailable: true,
      note: L(
        'Edge on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.',
        '휴대폰·태블릿용 Edge에서는 사이트별 쿠키 삭제를 확실히 안내할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
      ),
    },
    deleteAll: {
      steps: [
        [mobileMenu, settings, mobilePrivacy, m('Clear browsing data', '검색 데이터 지우기')],
        [o('Time range: All time', '시간 범위: 모든 시간'), o('Cookies and site data', '쿠키 및 사이트 데이터')],
        [m('Clear data', '데이터 지우기')],
      ],
    },
  },
};

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const edgeChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'edge-desktop': { en: 'secondary', ko: 'secondary', tasks: { blockAll: { en: 'unverified', ko: 'unverified' } } },
  'edge-mobile': { en: 'unverified', ko: 'unverified' },
};
