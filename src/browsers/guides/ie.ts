// Internet Explorer 11 (retired). Paths from Microsoft's support article (secondary: see ieChecks).
import type { BrowserGuideId, GuideCheck } from '../types';
import { blockAllTask, guide, task, unavailable } from './build';
import { label, menu, option } from './labels';

const tools = menu('⚙ Tools (Alt+X)', '⚙ 도구(Alt+X)');
const ieAdvanced = [tools, menu('Internet options', '인터넷 옵션'), menu('Privacy tab', '개인정보 탭'), menu('Advanced', '고급')];

const ok = [menu('OK', '확인')];
const thirdPartyBlocked = option('Third-party Cookies: Block', '타사 쿠키: 차단');
const help = label(
  'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  'https://support.microsoft.com/ko-kr/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
);

export const ie = guide('ie', ['desktop'], label('Internet Explorer 11', '인터넷 익스플로러 11'), help, {
  asOf: '2026-11-23',
  legacy: true,
  retired: '2022-06-15',
  note: label(
    'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.',
    'Microsoft Edge의 Internet Explorer 모드도 이 설정을 따릅니다. Windows 제어판 › 인터넷 옵션에서 열 수 있습니다.',
  ),
  blockThirdParty: task([
    ieAdvanced,
    [option('Override automatic cookie handling', '자동 쿠키 처리 무시', label('if shown', '표시되는 경우')), thirdPartyBlocked],
    ok,
  ]),
  blockAll: blockAllTask([ieAdvanced, [option('First-party Cookies: Block', '자사 쿠키: 차단'), thirdPartyBlocked], ok]),
  deleteSite: unavailable(
    'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.',
    '인터넷 익스플로러에서는 사이트별로 쿠키를 삭제할 수 없습니다. 모든 쿠키를 삭제해 주세요.',
  ),
  deleteAll: task([
    [tools, menu('Safety', '안전'), menu('Delete browsing history…', '검색 기록 삭제…')],
    [option('Cookies and website data', '쿠키 및 웹 사이트 데이터')],
    [menu('Delete', '삭제')],
  ]),
});

/** How sure these labels are (not shipped to visitors; see GuideCheck). */
export const ieChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  ie: { en: 'secondary', ko: 'secondary' },
};
