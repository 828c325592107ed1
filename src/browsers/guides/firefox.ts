// Mozilla Firefox. Mozilla support articles via secondary sources; Korean desktop labels from a Korean FAQ text
// (v109, secondary) and unverified; iOS paths unverified (see firefoxChecks).
import type { BrowserGuideId, GuideCheck } from '../types';
import { blockingOn, guide, task, unavailable } from './build';
import { action, cookiesAndSiteData, label, menu, option, settings } from './labels';

const appMenu = menu('☰ Open application menu', '☰ 애플리케이션 메뉴 열기');
const privacy = menu('Privacy & Security', '개인 정보 및 보안');
const etp = [menu('Enhanced Tracking Protection', '향상된 추적 방지 기능'), option('Custom', '사용자 지정')];
const desktopCookies = [appMenu, settings, privacy, ...etp];
const asOf = '2026-11-23';

/** Mozilla's help article, in English and in Korean. */
const help = (article: string) => label(`https://support.mozilla.org/en-US/${article}`, `https://support.mozilla.org/ko/${article}`);

export const firefoxDesktop = guide(
  'firefox-desktop',
  ['desktop'],
  label('Firefox on a computer', '컴퓨터용 Firefox'),
  help('kb/clear-cookies-and-site-data-firefox'),
  {
    asOf,
    note: label(
      'Firefox’s standard protection already keeps each site’s third-party cookies in a separate jar (Total Cookie Protection).',
      'Firefox는 기본 보호 설정에서도 사이트마다 제3자 쿠키를 따로 보관합니다(전체 쿠키 보호).',
    ),
    ...blockingOn(
      desktopCookies,
      option('Cookies: All cross-site cookies', '쿠키: 모든 교차 사이트 쿠키'),
      option('Cookies: All cookies', '쿠키: 모든 쿠키'),
      'about:preferences#privacy',
    ),
    deleteSite: task([
      [action('On {site}, click the padlock in the address bar', '{site}에서 주소 표시줄의 자물쇠 아이콘 클릭')],
      [menu('Clear cookies and site data…', '쿠키 및 사이트 데이터 지우기…'), menu('Remove', '삭제')],
    ]),
    deleteAll: task(
      [
        [appMenu, settings, privacy, menu('Cookies and Site Data', '쿠키 및 사이트 데이터'), menu('Clear Data…', '데이터 지우기…')],
        [cookiesAndSiteData],
        [menu('Clear', '지우기')],
      ],
      'about:preferences#privacy',
    ),
  },
);

const mobileMenu = menu('⋮ Menu', '⋮ 메뉴');
const androidCookies = [mobileMenu, settings, ...etp, menu('Cookies', '쿠키')];

export const firefoxAndroid = guide(
  'firefox-android',
  ['android'],
  label('Firefox on Android', 'Android용 Firefox'),
  help('kb/enhanced-tracking-protection-firefox-android'),
  {
    asOf,
    ...blockingOn(androidCookies, option('All cross-site cookies', '모든 교차 사이트 쿠키'), option('All cookies', '모든 쿠키')),
    deleteSite: task([
      [action('On {site}, tap the padlock in the address bar', '{site}에서 주소 표시줄의 자물쇠 아이콘 선택')],
      [menu('Clear cookies and site data', '쿠키 및 사이트 데이터 지우기'), menu('Delete', '삭제')],
    ]),
    deleteAll: task([
      [mobileMenu, settings, menu('Delete browsing data', '인터넷 사용 기록 삭제')],
      [cookiesAndSiteData],
      [menu('Delete browsing data', '인터넷 사용 기록 삭제')],
    ]),
  },
);

const iosMenu = menu('☰ Menu', '☰ 메뉴');
const dataManagement = menu('Data Management', '데이터 관리');

export const firefoxIOS = guide(
  'firefox-ios',
  ['ios'],
  label('Firefox on iPhone and iPad', 'iPhone·iPad용 Firefox'),
  help('products/ios'),
  {
    asOf,
    note: label(
      'Firefox on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.',
      'iPhone·iPad용 Firefox는 Apple의 WebKit 엔진으로 동작하며, 제3자 쿠키는 기본으로 차단됩니다.',
    ),
    blockThirdParty: unavailable(
      'There is no setting for this: third-party cookies are already blocked.',
      '별도 설정이 없습니다. 제3자 쿠키는 이미 차단되어 있습니다.',
    ),
    blockAll: unavailable(
      'Firefox on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).',
      'iPhone·iPad용 Firefox에는 모든 쿠키를 차단하는 설정이 없습니다. Safari에서는 가능합니다(iPhone·iPad용 Safari 참고).',
    ),
    deleteSite: task([
      [iosMenu, settings, dataManagement, menu('Website Data', '웹사이트 데이터')],
      [action('Swipe left on {site}', '{site} 항목을 왼쪽으로 쓸기')],
      [menu('Delete', '삭제')],
    ]),
    deleteAll: task([
      [iosMenu, settings, dataManagement],
      [option('Turn on “Cookies”', '“쿠키” 켜기')],
      [menu('Clear Private Data', '개인 데이터 지우기')],
    ]),
  },
);

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const firefoxChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'firefox-desktop': { en: 'secondary', ko: 'unverified', tasks: { deleteAll: { ko: 'secondary' } } },
  'firefox-android': { en: 'secondary', ko: 'unverified', tasks: { blockAll: { en: 'unverified' }, deleteSite: { en: 'unverified' } } },
  'firefox-ios': { en: 'unverified', ko: 'unverified' },
};
