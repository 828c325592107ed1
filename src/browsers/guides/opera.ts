// Opera. Labels vary between versions and were not checked on a device (unverified: see operaChecks).
import type { BrowserGuideId, GuideCheck } from '../types';
import { blockAllTask, blockingOn, guide, noSiteDeletion, searchAndTrash, task } from './build';
import { allTime, cookiesAndOtherSiteData, cookiesAndSiteData, label, menu, option, settings } from './labels';

const operaPrivacy = [menu('Settings (Alt+P)', '설정(Alt+P)'), menu('Privacy & security', '개인정보 보호 및 보안')];
const clearBrowsingData = menu('Clear browsing data', '인터넷 사용 기록 삭제');
const siteSettings = menu('Site settings', '사이트 설정');
const help = label('https://help.opera.com/en/latest/web-preferences/', 'https://help.opera.com/en/latest/web-preferences/');
const asOf = '2026-11-23';

export const operaDesktop = guide('opera-desktop', ['desktop'], label('Opera on a computer', '컴퓨터용 Opera'), help, {
  asOf,
  note: label(
    'Older versions keep cookies under Privacy & security › Site settings › Cookies.',
    '이전 버전에서는 개인정보 보호 및 보안 › 사이트 설정 › 쿠키에 있습니다.',
  ),
  blockThirdParty: task(
    [[...operaPrivacy, menu('Third-party cookies', '서드 파티 쿠키')], [option('Block third-party cookies', '서드 파티 쿠키 차단')]],
    'opera://settings/cookies',
  ),
  blockAll: blockAllTask([
    [...operaPrivacy, siteSettings, menu('On-device site data', '기기 내 사이트 데이터')],
    [option("Don't allow sites to save data on your device", '사이트에서 기기에 데이터를 저장하도록 허용하지 않음')],
  ]),
  deleteSite: task(
    [
      [...operaPrivacy, siteSettings, menu('View permissions and data stored across sites', '모든 사이트에 저장된 권한 및 데이터 보기')],
      ...searchAndTrash(),
    ],
    'opera://settings/content/all',
  ),
  deleteAll: task(
    [[...operaPrivacy, clearBrowsingData], [allTime, cookiesAndOtherSiteData], [menu('Clear data', '데이터 삭제')]],
    'opera://settings/clearBrowserData',
  ),
});

const operaMobileSettings = [menu('Opera menu (profile icon)', 'Opera 메뉴(프로필 아이콘)'), settings];
const mobileCookies = [...operaMobileSettings, menu('Privacy', '개인정보 보호'), menu('Cookies', '쿠키')];

export const operaMobile = guide('opera-mobile', ['android', 'ios'], label('Opera on phones and tablets', '휴대폰·태블릿용 Opera'), help, {
  asOf,
  note: label(
    'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.',
    'iPhone·iPad의 Opera는 Apple의 WebKit 엔진으로 동작하며, 서드 파티 쿠키는 기본으로 차단됩니다.',
  ),
  ...blockingOn(mobileCookies, option('Block third-party cookies', '서드 파티 쿠키 차단'), option('Block all cookies', '모든 쿠키 차단')),
  deleteSite: noSiteDeletion('Opera', 'Opera'),
  deleteAll: task([[...operaMobileSettings, clearBrowsingData], [cookiesAndSiteData], [menu('Clear data', '데이터 삭제')]]),
});

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const operaChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'opera-desktop': { en: 'unverified', ko: 'unverified' },
  'opera-mobile': { en: 'unverified', ko: 'unverified' },
};
