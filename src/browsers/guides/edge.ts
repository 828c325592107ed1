// Microsoft Edge (Chromium). Desktop paths from Microsoft's support article via secondary sources, Korean labels
// secondary; mobile paths unverified (see edgeChecks).
import type { BrowserGuideId, GuideCheck } from '../types';
import { blockingOn, guide, noSiteDeletion, searchAndTrash, task } from './build';
import { cookiesAndOtherSiteData, cookiesAndSiteData, label, menu, option, settings } from './labels';

const help = label(
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  'https://support.microsoft.com/ko-kr/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
);

const edgeMenu = menu('⋯ Settings and more', '⋯ 설정 및 기타');
const cookiesPage = [
  edgeMenu,
  settings,
  menu('Cookies and site permissions', '쿠키 및 사이트 권한'),
  menu('Manage and delete cookies and site data', '쿠키 및 사이트 데이터 관리 및 삭제'),
];
const asOf = '2026-11-23';

export const edgeDesktop = guide('edge-desktop', ['desktop'], label('Microsoft Edge on a computer', '컴퓨터용 Microsoft Edge'), help, {
  asOf,
  ...blockingOn(
    cookiesPage,
    option('Turn on “Block third-party cookies”', '“타사 쿠키 차단” 켜기'),
    option('Turn off “Allow sites to save and read cookie data”', '“사이트에서 쿠키 데이터를 저장하고 읽도록 허용” 끄기'),
    'edge://settings/content/cookies',
  ),
  deleteSite: task(
    [[...cookiesPage, menu('See all cookies and site data', '모든 쿠키 및 사이트 데이터 보기')], ...searchAndTrash()],
    'edge://settings/siteData',
  ),
  deleteAll: task(
    [
      [
        edgeMenu,
        settings,
        menu('Privacy, search, and services', '개인정보, 검색 및 서비스'),
        menu('Clear browsing data', '검색 데이터 지우기'),
        menu('Choose what to clear', '지울 항목 선택'),
      ],
      [option('Time range: All time', '시간 범위: 모든 시간'), cookiesAndOtherSiteData],
      [menu('Clear now', '지금 지우기')],
    ],
    'edge://settings/clearBrowserData',
  ),
});

const mobileMenu = menu('⋯ Menu', '⋯ 메뉴');
const mobilePrivacy = menu('Privacy and security', '개인 정보 및 보안');
const mobileCookies = [mobileMenu, settings, mobilePrivacy, menu('Cookies', '쿠키')];

export const edgeMobile = guide(
  'edge-mobile',
  ['android', 'ios'],
  label('Microsoft Edge on phones and tablets', '휴대폰·태블릿용 Microsoft Edge'),
  help,
  {
    asOf,
    note: label(
      'On iPhone and iPad, Edge runs on Apple’s WebKit, which blocks third-party cookies by default.',
      'iPhone·iPad의 Edge는 Apple의 WebKit 엔진으로 동작하며, 타사 쿠키는 기본으로 차단됩니다.',
    ),
    ...blockingOn(mobileCookies, option('Block third-party cookies', '타사 쿠키 차단'), option('Block all cookies', '모든 쿠키 차단')),
    deleteSite: noSiteDeletion('Edge', 'Edge'),
    deleteAll: task([
      [mobileMenu, settings, mobilePrivacy, menu('Clear browsing data', '검색 데이터 지우기')],
      [option('Time range: All time', '시간 범위: 모든 시간'), cookiesAndSiteData],
      [menu('Clear data', '데이터 지우기')],
    ]),
  },
);

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const edgeChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'edge-desktop': { en: 'secondary', ko: 'secondary', tasks: { blockAll: { en: 'unverified', ko: 'unverified' } } },
  'edge-mobile': { en: 'unverified', ko: 'unverified' },
};
