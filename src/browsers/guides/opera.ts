// Opera. Labels vary between versions and were not checked on a device (unverified: see operaChecks).
import type { BrowserGuide, BrowserGuideId, GuideCheck } from '../types';
import { action, allCookiesWarning, label, menu, option, settings } from './labels';

const operaPrivacy = [menu('Settings (Alt+P)', '설정(Alt+P)'), menu('Privacy & security', '개인정보 보호 및 보안')];

export const operaDesktop: BrowserGuide = {
  id: 'opera-desktop',
  browser: 'opera',
  platforms: ['desktop'],
  name: label('Opera on a computer', '컴퓨터용 Opera'),
  help: label('https://help.opera.com/en/latest/web-preferences/', 'https://help.opera.com/en/latest/web-preferences/'),
  asOf: '2026-11-23',
  note: label(
    'Older versions keep cookies under Privacy & security › Site settings › Cookies.',
    '이전 버전에서는 개인정보 보호 및 보안 › 사이트 설정 › 쿠키에 있습니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [
        [...operaPrivacy, menu('Third-party cookies', '서드 파티 쿠키')],
        [option('Block third-party cookies', '서드 파티 쿠키 차단')],
      ],
      shortcut: 'opera://settings/cookies',
    },
    blockAll: {
      steps: [
        [...operaPrivacy, menu('Site settings', '사이트 설정'), menu('On-device site data', '기기 내 사이트 데이터')],
        [option("Don't allow sites to save data on your device", '사이트에서 기기에 데이터를 저장하도록 허용하지 않음')],
      ],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [
        [
          ...operaPrivacy,
          menu('Site settings', '사이트 설정'),
          menu('View permissions and data stored across sites', '모든 사이트에 저장된 권한 및 데이터 보기'),
        ],
        [action('Search for {site}', '{site} 검색')],
        [menu('Delete (trash icon)', '삭제(휴지통 아이콘)')],
      ],
      shortcut: 'opera://settings/content/all',
    },
    deleteAll: {
      steps: [
        [...operaPrivacy, menu('Clear browsing data', '인터넷 사용 기록 삭제')],
        [option('Time range: All time', '기간: 전체 기간'), option('Cookies and other site data', '쿠키 및 기타 사이트 데이터')],
        [menu('Clear data', '데이터 삭제')],
      ],
      shortcut: 'opera://settings/clearBrowserData',
    },
  },
};

const operaMobileSettings = [menu('Opera menu (profile icon)', 'Opera 메뉴(프로필 아이콘)'), settings];

export const operaMobile: BrowserGuide = {
  id: 'opera-mobile',
  browser: 'opera',
  platforms: ['android', 'ios'],
  name: label('Opera on phones and tablets', '휴대폰·태블릿용 Opera'),
  help: label('https://help.opera.com/en/latest/web-preferences/', 'https://help.opera.com/en/latest/web-preferences/'),
  asOf: '2026-11-23',
  note: label(
    'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.',
    'iPhone·iPad의 Opera는 Apple의 WebKit 엔진으로 동작하며, 서드 파티 쿠키는 기본으로 차단됩니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [
        [...operaMobileSettings, menu('Privacy', '개인정보 보호'), menu('Cookies', '쿠키')],
        [option('Block third-party cookies', '서드 파티 쿠키 차단')],
      ],
    },
    blockAll: {
      steps: [
        [...operaMobileSettings, menu('Privacy', '개인정보 보호'), menu('Cookies', '쿠키')],
        [option('Block all cookies', '모든 쿠키 차단')],
      ],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [],
      unavailable: true,
      note: label(
        'Opera on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.',
        '휴대폰·태블릿용 Opera에서는 사이트별 쿠키 삭제를 확실히 안내할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
      ),
    },
    deleteAll: {
      steps: [
        [...operaMobileSettings, menu('Clear browsing data', '인터넷 사용 기록 삭제')],
        [option('Cookies and site data', '쿠키 및 사이트 데이터')],
        [menu('Clear data', '데이터 삭제')],
      ],
    },
  },
};

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const operaChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'opera-desktop': { en: 'unverified', ko: 'unverified' },
  'opera-mobile': { en: 'unverified', ko: 'unverified' },
};
