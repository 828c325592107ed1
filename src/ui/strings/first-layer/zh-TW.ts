/** The Traditional Chinese first layer's texts (see ../zh-TW.ts), in their own module: the widget loads only the page locale's first layer before the banner. */
import type { banner as enBanner } from './en';

export const reopen = '隱私設定';

export const banner: typeof enBanner = {
  bannerTitle: 'Cookie 與個人資料蒐集、處理及利用之同意',
  bannerText:
    '對於提供服務並非必要的 Cookie 及個人資料，我們僅在您同意的項目範圍內利用。您有權拒絕同意；拒絕後的影響，可在「逐項設定」中依項目查看。您可以隨時變更您的選擇。',
  policy: '隱私權政策',
  agreeAll: '全部同意',
  disagreeAll: '全部拒絕',
  requiredOnly: '僅同意必要項目',
  choose: '逐項設定',
  reopen,
  loading: '正在載入設定…',
  loadFailed: '無法載入設定，請稍後再試。',
  failed: '無法儲存您的選擇，請再試一次。',
  itemsLabel: '項目',
  required: '必要',
  optional: '選擇性',
  notice: '告知',
  separately: '將在「逐項設定」中另行徵求同意',
  items: '蒐集的個人資料',
  recipient: '提供對象',
  recipientItems: '提供的個人資料',
  transferRecipient: '國際傳輸之接收者',
  country: '傳輸之國家或地區',
  transferItems: '國際傳輸的個人資料',
  channels: '廣告訊息的傳送方式',
  nightShort: '包括夜間（晚上9點至隔日上午8點）',
  ch_email: '電子郵件',
  ch_sms: '簡訊（SMS）',
  ch_push: 'App 推播通知',
  ch_phone: '電話',
  ch_kakao: 'KakaoTalk',
  ch_post: '郵寄',
  // the `notice` model's first layer, and the "Do not sell or share" link of the `opt-out` model
  noticeTitle: '個人資料處理告知',
  regionNoticeText: '我們為下列項目使用 Cookie 與個人資料。您可以隨時在隱私設定中變更。',
  noticeOk: '確定',
  optOutLink: '請勿出售或分享我的個人資料',
  optOutDone: '已記錄您的請求：我們不再出售或分享您的個人資料。',
};
