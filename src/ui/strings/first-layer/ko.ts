/** 한국어 첫 화면 문구 (../ko.ts 참고). 위젯은 배너를 보여 주기 전에 페이지 언어의 첫 화면 문구만 불러오고, 나머지 문구는 설정 화면과 함께 불러옵니다. */
import type { banner as enBanner } from './en';

export const reopen = '개인정보 설정';

export const banner: typeof enBanner = {
  bannerTitle: '쿠키 및 개인정보 수집·이용 동의',
  bannerText:
    '서비스 제공에 꼭 필요하지 않은 쿠키와 개인정보는 동의하신 항목에만 이용합니다. 동의를 거부할 권리가 있으며, 거부 시 불이익은 ‘항목별 설정’에서 항목마다 확인하실 수 있습니다. 동의 여부는 언제든지 바꾸실 수 있습니다.',
  policy: '개인정보 처리방침',
  agreeAll: '모두 동의',
  disagreeAll: '모두 거부',
  requiredOnly: '필수 항목만 동의',
  choose: '항목별 설정',
  reopen,
  loading: '설정 화면을 불러오는 중입니다…',
  loadFailed: '설정 화면을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
  failed: '동의 여부를 저장하지 못했습니다. 다시 시도해 주세요.',
  itemsLabel: '항목',
  required: '필수',
  optional: '선택',
  notice: '안내',
  separately: '항목별 설정에서 따로 동의',
  items: '수집 항목',
  recipient: '제공받는 자',
  recipientItems: '제공하는 항목',
  transferRecipient: '이전받는 자',
  country: '이전되는 국가',
  transferItems: '이전되는 항목',
  channels: '광고성 정보 수신 방법',
  nightShort: '야간(오후 9시~다음 날 오전 8시) 수신 포함',
  ch_email: '이메일',
  ch_sms: '문자 메시지(SMS)',
  ch_push: '앱 푸시 알림',
  ch_phone: '전화',
  ch_kakao: '카카오톡',
  ch_post: '우편',
  // the `notice` model's first layer, and the "Do not sell or share" link of the `opt-out` model
  noticeTitle: '개인정보 처리 안내',
  regionNoticeText: '아래 항목을 위해 쿠키와 개인정보를 처리합니다. 개인정보 설정에서 언제든지 변경할 수 있습니다.',
  noticeOk: '확인',
  optOutLink: '내 개인정보의 판매 또는 공유 거부',
  optOutDone: '요청을 기록했습니다. 앞으로 이용자의 개인정보를 판매하거나 공유하지 않습니다.',
};
