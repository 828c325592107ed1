// Google Chrome. Desktop English paths read on Google's help page (official); Korean labels and the mobile paths
// from secondary sources or unverified (see chromeChecks). Help: https://support.google.com/chrome/answer/95647
import type { BrowserGuideId, GuideCheck } from '../types';
import { blockAllTask, guide, searchAndTrash, task, unavailable } from './build';
import { action, allTime, cookiesAndOtherSiteData, cookiesAndSiteData, label, menu, option, settings } from './labels';

const help = (platform: string) =>
  label(
    `https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3D${platform}&hl=en`,
    `https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3D${platform}&hl=ko`,
  );

const more = menu('⋮ More', '⋮ 더보기');
const privacy = menu('Privacy and security', '개인정보 보호 및 보안');
const thirdParty = menu('Third-party cookies', '서드 파티 쿠키');
const siteSettings = menu('Site settings', '사이트 설정');
const deleteData = menu('Delete browsing data', '인터넷 사용 기록 삭제');

const asOf = '2026-11-23';

export const chromeDesktop = guide('chrome-desktop', ['desktop'], label('Chrome on a computer', '컴퓨터용 Chrome'), help('Desktop'), {
  asOf,
  blockThirdParty: task(
    [[more, settings, privacy, thirdParty], [option('Block third-party cookies', '서드 파티 쿠키 차단')]],
    'chrome://settings/cookies',
  ),
  blockAll: blockAllTask(
    [
      [
        more,
        settings,
        privacy,
        siteSettings,
        menu('Additional content settings', '추가 콘텐츠 설정'),
        menu('On-device site data', '기기 내 사이트 데이터'),
      ],
      [option("Don't allow sites to save data on your device", '사이트에서 기기에 데이터를 저장하도록 허용하지 않음')],
    ],
    'chrome://settings/content/siteData',
  ),
  deleteSite: task(
    [
      [more, settings, privacy, thirdParty, menu('See all site data and permissions', '모든 사이트 데이터 및 권한 보기')],
      ...searchAndTrash(menu('Delete', '삭제')),
    ],
    'chrome://settings/content/all',
  ),
  deleteAll: task(
    [[more, deleteData], [allTime, cookiesAndOtherSiteData], [menu('Delete data', '데이터 삭제')]],
    'chrome://settings/clearBrowserData',
  ),
});

export const chromeAndroid = guide('chrome-android', ['android'], label('Chrome on Android', 'Android용 Chrome'), help('Android'), {
  asOf,
  blockThirdParty: task([[more, settings, siteSettings, thirdParty], [option('Block third-party cookies', '서드 파티 쿠키 차단')]]),
  blockAll: blockAllTask([
    [more, settings, siteSettings, menu('On-device site data', '기기 내 사이트 데이터')],
    [option('Turn off saving site data', '사이트 데이터 저장 사용 중지')],
  ]),
  deleteSite: task([
    [more, settings, siteSettings, menu('All sites', '모든 사이트')],
    [action('Tap {site}', '{site} 선택')],
    [menu('Delete & reset', '삭제 및 초기화'), menu('Delete & reset', '삭제 및 초기화')],
  ]),
  deleteAll: task([[more, settings, privacy, deleteData], [allTime, cookiesAndSiteData], [menu('Delete data', '데이터 삭제')]]),
});

export const chromeIOS = guide('chrome-ios', ['ios'], label('Chrome on iPhone and iPad', 'iPhone·iPad용 Chrome'), help('iOS'), {
  asOf,
  note: label(
    'Chrome on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.',
    'iPhone·iPad용 Chrome은 Apple의 WebKit 엔진으로 동작하며, 서드 파티 쿠키는 기본으로 차단됩니다.',
  ),
  blockThirdParty: unavailable(
    'There is no setting for this: third-party cookies are already blocked.',
    '별도 설정이 없습니다. 서드 파티 쿠키는 이미 차단되어 있습니다.',
  ),
  blockAll: unavailable(
    'Chrome on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).',
    'iPhone·iPad용 Chrome에는 모든 쿠키를 차단하는 설정이 없습니다. Safari에서는 가능합니다(iPhone·iPad용 Safari 참고).',
  ),
  deleteSite: unavailable(
    'Chrome on iPhone and iPad cannot delete one site’s cookies; delete all cookies instead.',
    'iPhone·iPad용 Chrome에서는 사이트별로 쿠키를 삭제할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
  ),
  deleteAll: task([
    [menu('⋯ More', '⋯ 더보기'), settings, privacy, deleteData],
    [allTime, option('Cookies, Site Data', '쿠키, 사이트 데이터')],
    [menu('Delete browsing data', '인터넷 사용 기록 삭제')],
  ]),
});

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const chromeChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  'chrome-desktop': { en: 'official', ko: 'secondary', tasks: { blockAll: { en: 'unverified', ko: 'unverified' } } },
  'chrome-android': {
    en: 'secondary',
    ko: 'unverified',
    tasks: {
      blockThirdParty: { en: 'unverified', ko: 'unverified' },
      blockAll: { en: 'unverified', ko: 'unverified' },
      deleteSite: { en: 'unverified', ko: 'unverified' },
    },
  },
  'chrome-ios': { en: 'secondary', ko: 'unverified' },
};
