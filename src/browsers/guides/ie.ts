// Internet Explorer 11 (retired). Paths from Microsoft's support article (secondary: see ieChecks).
import type { BrowserGuide, BrowserGuideId, GuideCheck } from '../types';
import { allCookiesWarning, label, menu, option } from './labels';

const ieAdvanced = [
  menu('⚙ Tools (Alt+X)', '⚙ 도구(Alt+X)'),
  menu('Internet options', '인터넷 옵션'),
  menu('Privacy tab', '개인정보 탭'),
  menu('Advanced', '고급'),
];

export const ie: BrowserGuide = {
  id: 'ie',
  browser: 'ie',
  platforms: ['desktop'],
  name: label('Internet Explorer 11', '인터넷 익스플로러 11'),
  help: label(
    'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
    'https://support.microsoft.com/ko-kr/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  ),
  asOf: '2026-11-23',
  legacy: true,
  retired: '2022-06-15',
  note: label(
    'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.',
    'Microsoft Edge의 Internet Explorer 모드도 이 설정을 따릅니다. Windows 제어판 › 인터넷 옵션에서 열 수 있습니다.',
  ),
  tasks: {
    blockThirdParty: {
      steps: [
        ieAdvanced,
        [
          option('Override automatic cookie handling', '자동 쿠키 처리 무시', label('if shown', '표시되는 경우')),
          option('Third-party Cookies: Block', '타사 쿠키: 차단'),
        ],
        [menu('OK', '확인')],
      ],
    },
    blockAll: {
      steps: [
        ieAdvanced,
        [option('First-party Cookies: Block', '자사 쿠키: 차단'), option('Third-party Cookies: Block', '타사 쿠키: 차단')],
        [menu('OK', '확인')],
      ],
      note: allCookiesWarning,
    },
    deleteSite: {
      steps: [],
      unavailable: true,
      note: label(
        'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.',
        '인터넷 익스플로러에서는 사이트별로 쿠키를 삭제할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
      ),
    },
    deleteAll: {
      steps: [
        [menu('⚙ Tools (Alt+X)', '⚙ 도구(Alt+X)'), menu('Safety', '안전'), menu('Delete browsing history…', '검색 기록 삭제…')],
        [option('Cookies and website data', '쿠키 및 웹 사이트 데이터')],
        [menu('Delete', '삭제')],
      ],
    },
  },
};

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const ieChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  ie: { en: 'secondary', ko: 'secondary' },
};
