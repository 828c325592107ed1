// NAVER Whale. The Korean desktop paths come from NAVER's Korean FAQ text (Whale 3.19; secondary); the rest is
// unverified (see whaleChecks).
import type { BrowserGuideId, GuideCheck } from '../types';
import { blockingOn, guide, noSiteDeletion, searchAndTrash, task } from './build';
import { allTime, cookiesAndOtherSiteData, cookiesAndSiteData, label, menu, option, settings } from './labels';

const whaleMenu = menu('⋯ Menu', '⋯ 메뉴');
const whalePrivacy = menu('Privacy', '개인정보 보호');
const clearBrowsingData = menu('Clear browsing data', '인터넷 사용 기록 삭제');
const blockThirdParty = option('Block third-party cookies', '타사 쿠키 차단');
const whaleCookies = [whaleMenu, settings, whalePrivacy, menu('Cookies and other site data', '쿠키 및 기타 사이트 데이터')];
// The official site; the help-centre article id for cookies was not verified.
const help = label('https://whale.naver.com/', 'https://whale.naver.com/');
const asOf = '2026-11-23';

export const whaleDesktop = guide('whale-desktop', ['desktop'], label('NAVER Whale on a computer', '컴퓨터용 네이버 웨일'), help, {
  asOf,
  ...blockingOn(whaleCookies, blockThirdParty, option('Block all cookies', '모든 쿠키 차단'), 'whale://settings/cookies'),
  deleteSite: task([[...whaleCookies, menu('See all cookies and site data', '모든 쿠키 및 사이트 데이터 보기')], ...searchAndTrash()]),
  deleteAll: task(
    [[whaleMenu, settings, whalePrivacy, clearBrowsingData], [allTime, cookiesAndOtherSiteData], [menu('Clear data', '삭제')]],
    'whale://settings/clearBrowserData',
  ),
});

const mobilePrivacy = [menu('≡ Menu', '≡ 메뉴'), settings, whalePrivacy];

export const whaleMobile = guide(
  'whale-mobile',
  ['android', 'ios'],
  label('NAVER Whale on phones and tablets', '휴대폰·태블릿용 네이버 웨일'),
  help,
  {
    asOf,
    note: label(
      'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.',
      'iPhone·iPad의 웨일은 Apple의 WebKit 엔진으로 동작하며, 타사 쿠키는 기본으로 차단됩니다.',
    ),
    ...blockingOn([...mobilePrivacy, menu('Cookies', '쿠키')], blockThirdParty, option('Turn off “Allow cookies”', '“쿠키 허용” 끄기')),
    deleteSite: noSiteDeletion('Whale', '웨일'),
    deleteAll: task([[...mobilePrivacy, clearBrowsingData], [cookiesAndSiteData], [menu('Clear data', '삭제')]]),
  },
);

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const whaleChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'whale-desktop': { en: 'unverified', ko: 'secondary', tasks: { blockAll: { ko: 'unverified' }, deleteSite: { ko: 'unverified' } } },
  'whale-mobile': { en: 'unverified', ko: 'unverified' },
};
