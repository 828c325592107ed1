// Samsung Internet. Labels vary between versions and were not checked on a device (unverified: see samsungChecks).
import type { BrowserGuide, BrowserGuideId, GuideCheck } from '../types';
import { action, allCookiesWarning, label, menu, option, settings } from './labels';

const samsungMenu = menu('≡ Menu', '≡ 메뉴');
const samsungPrivacy = menu('Browsing privacy dashboard', '개인정보 보호 대시보드');

export const samsung: BrowserGuide = {
  id: 'samsung',
  browser: 'samsung',
  platforms: ['android'],
  name: label('Samsung Internet', '삼성 인터넷'),
  help: label('https://privacy.samsunginter.net/', 'https://privacy.samsunginter.net/'),
  asOf: '2026-11-23',
  note: label(
    'Menu names differ a little between Samsung Internet versions.',
    '삼성 인터넷 버전에 따라 메뉴 이름이 조금 다를 수 있습니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [[samsungMenu, settings, samsungPrivacy], [option('Turn on “Block third-party cookies”', '“타사 쿠키 차단” 켜기')]],
    },
    blockAll: {
      steps: [[samsungMenu, settings, samsungPrivacy], [option('Turn off “Allow cookies”', '“쿠키 허용” 끄기')]],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [
        [samsungMenu, settings, menu('Sites and downloads', '사이트 및 다운로드'), menu('Manage website data', '웹사이트 데이터 관리')],
        [action('Select {site}', '{site} 선택')],
        [menu('Delete', '삭제')],
      ],
    },
    deleteAll: {
      steps: [
        [
          samsungMenu,
          settings,
          menu('Personal browsing data', '개인 인터넷 사용 기록'),
          menu('Delete browsing data', '인터넷 사용 기록 삭제'),
        ],
        [option('Cookies and site data', '쿠키 및 사이트 데이터')],
        [menu('Delete data', '데이터 삭제')],
      ],
    },
  },
};

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const samsungChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  samsung: { en: 'unverified', ko: 'unverified' },
};
