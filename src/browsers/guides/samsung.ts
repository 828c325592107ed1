// Samsung Internet. Labels vary between versions and were not checked on a device (unverified: see samsungChecks).
import type { BrowserGuideId, GuideCheck } from '../types';
import { blockingOn, guide, task } from './build';
import { action, cookiesAndSiteData, label, menu, option, settings } from './labels';

const samsungMenu = menu('≡ Menu', '≡ 메뉴');
const privacyDashboard = [samsungMenu, settings, menu('Browsing privacy dashboard', '개인정보 보호 대시보드')];

export const samsung = guide(
  'samsung',
  ['android'],
  label('Samsung Internet', '삼성 인터넷'),
  label('https://privacy.samsunginter.net/', 'https://privacy.samsunginter.net/'),
  {
    asOf: '2026-11-23',
    note: label(
      'Menu names differ a little between Samsung Internet versions.',
      '삼성 인터넷 버전에 따라 메뉴 이름이 조금 다를 수 있습니다.',
    ),
    ...blockingOn(
      privacyDashboard,
      option('Turn on “Block third-party cookies”', '“타사 쿠키 차단” 켜기'),
      option('Turn off “Allow cookies”', '“쿠키 허용” 끄기'),
    ),
    deleteSite: task([
      [samsungMenu, settings, menu('Sites and downloads', '사이트 및 다운로드'), menu('Manage website data', '웹사이트 데이터 관리')],
      [action('Select {site}', '{site} 선택')],
      [menu('Delete', '삭제')],
    ]),
    deleteAll: task([
      [
        samsungMenu,
        settings,
        menu('Personal browsing data', '개인 인터넷 사용 기록'),
        menu('Delete browsing data', '인터넷 사용 기록 삭제'),
      ],
      [cookiesAndSiteData],
      [menu('Delete data', '데이터 삭제')],
    ]),
  },
);

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const samsungChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  samsung: { en: 'unverified', ko: 'unverified' },
};
