// Cookie guide and cookie table strings: 한국어.
import type { GuideStrings, TableStrings } from '../strings';

export const guide: GuideStrings = {
  title: '브라우저에서 쿠키 관리하기',
  intro: '지금 사용 중인 브라우저의 방법을 먼저 보여 드립니다. 다른 브라우저의 방법은 아래 목록에서 펼쳐 볼 수 있습니다.',
  unknown: '사용 중인 브라우저를 알아내지 못했습니다. 아래 목록에서 사용 중인 브라우저를 골라 주세요.',
  yourBrowser: '사용 중인 브라우저',
  others: '다른 브라우저',
  tasks: {
    blockThirdParty: '제3자 쿠키 차단하기',
    blockAll: '모든 쿠키 차단하기',
    deleteSite: '이 사이트의 쿠키 삭제하기',
    deleteAll: '모든 쿠키 삭제하기',
  },
  help: '공식 도움말: {browser}',
  newTab: '(새 탭에서 열림)',
  asOf: '{date} 기준',
  legacy: '지원 종료',
  retired: '{date}에 지원이 종료된 브라우저입니다. 보안을 위해 최신 브라우저를 사용해 주세요.',
  shortcut: '주소창에 {url}을(를) 입력하면 바로 열립니다.',
  inAppNotice:
    '지금 {app} 안에서 이 페이지를 보고 계십니다. 앱 안의 브라우저에서는 쿠키를 관리할 수 없으니, 먼저 이 페이지를 브라우저에서 열어 주세요.',
  inAppThen: '그다음 {browser}의 방법을 따라 주세요.',
  inAppFallback: '메뉴를 찾을 수 없다면 이 페이지의 주소를 복사해 브라우저 주소창에 붙여 넣으세요.',
  inAppOthers: '앱 안에서 열었을 때(카카오톡, 네이버, 인스타그램, 페이스북, 라인)',
  android: 'Android',
  ios: 'iPhone·iPad',
  thisSite: '이 사이트',
};

export const table: TableStrings = {
  caption: '이 사이트가 사용하는 쿠키',
  name: '쿠키 이름',
  purpose: '목적',
  lifetime: '보유 기간',
  party: '설정 주체',
  provider: '제공자',
  first: '자사(이 사이트)',
  third: '제3자',
  empty: '이 사이트가 안내하는 쿠키가 없습니다.',
  own: '쿠키 설정 등 동의 선택 기억',
};
