// NAVER Whale. The Korean desktop paths come from NAVER's Korean FAQ text (Whale 3.19; secondary); the rest is
// unverified (see whaleChecks).
import type { BrowserGuide, BrowserGuideId, GuideCheck } from '../types';
import { action, allCookiesWarning, label, menu, option, settings } from './labels';

const whaleMenu = menu('⋯ Menu', '⋯ 메뉴');
const whalePrivacy = menu('Privacy', '개인정보 보호');
const whaleCookies = [whaleMenu, settings, whalePrivacy, menu('Cookies and other site data', '쿠키 및 기타 사이트 데이터')];

export const whaleDesktop: BrowserGuide = {
  id: 'whale-desktop',
  browser: 'whale',
  platforms: ['desktop'],
  name: label('NAVER Whale on a computer', '컴퓨터용 네이버 웨일'),
  // The official site; the help-centre article id for cookies was not verified.
  help: label('https://whale.naver.com/', 'https://whale.naver.com/'),
  asOf: '2026-11-23',
  tasks: {
    blockThirdParty: {
      steps: [whaleCookies, [option('Block third-party cookies', '타사 쿠키 차단')]],
      shortcut: 'whale://settings/cookies',
    },
    blockAll: {
      steps: [whaleCookies, [option('Block all cookies', '모든 쿠키 차단')]],
      shortcut: 'whale://settings/cookies',
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [
        [...whaleCookies, menu('See all cookies and site data', '모든 쿠키 및 사이트 데이터 보기')],
        [action('Search for {site}', '{site} 검색')],
        [menu('Delete (trash icon)', '삭제(휴지통 아이콘)')],
      ],
    },
    deleteAll: {
      steps: [
        [whaleMenu, settings, whalePrivacy, menu('Clear browsing data', '인터넷 사용 기록 삭제')],
        [option('Time range: All time', '기간: 전체 기간'), option('Cookies and other site data', '쿠키 및 기타 사이트 데이터')],
        [menu('Clear data', '삭제')],
      ],
      shortcut: 'whale://settings/clearBrowserData',
    },
  },
};

const whaleMobileMenu = menu('≡ Menu', '≡ 메뉴');

export const whaleMobile: BrowserGuide = {
  id: 'whale-mobile',
  browser: 'whale',
  platforms: ['android', 'ios'],
  name: label('NAVER Whale on phones and tablets', '휴대폰·태블릿용 네이버 웨일'),
  help: label('https://whale.naver.com/', 'https://whale.naver.com/'),
  asOf: '2026-11-23',
  note: label(
    'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.',
    'iPhone·iPad의 웨일은 Apple의 WebKit 엔진으로 동작하며, 타사 쿠키는 기본으로 차단됩니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [[whaleMobileMenu, settings, whalePrivacy, menu('Cookies', '쿠키')], [option('Block third-party cookies', '타사 쿠키 차단')]],
    },
    blockAll: {
      steps: [[whaleMobileMenu, settings, whalePrivacy, menu('Cookies', '쿠키')], [option('Turn off “Allow cookies”', '“쿠키 허용” 끄기')]],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [],
      unavailable: true,
      note: label(
        'Whale on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.',
        '휴대폰·태블릿용 웨일에서는 사이트별 쿠키 삭제를 확실히 안내할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
      ),
    },
    deleteAll: {
      steps: [
        [whaleMobileMenu, settings, whalePrivacy, menu('Clear browsing data', '인터넷 사용 기록 삭제')],
        [option('Cookies and site data', '쿠키 및 사이트 데이터')],
        [menu('Clear data', '삭제')],
      ],
    },
  },
};

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const whaleChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'whale-desktop': {
    en: 'unverified',
    ko: 'secondary',
    tasks: {
      blockAll: { ko: 'unverified' },
      deleteSite: { ko: 'unverified' },
    },
  },
  'whale-mobile': { en: 'unverified', ko: 'unverified' },
};
