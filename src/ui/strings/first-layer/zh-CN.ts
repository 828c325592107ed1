/** The Simplified Chinese first layer's texts (see ../zh-CN.ts), in their own module: the widget loads only the page locale's first layer before the banner. */
import type { banner as enBanner } from './en';

export const reopen = '隐私设置';

export const banner: typeof enBanner = {
  bannerTitle: 'Cookie 与个人信息处理同意',
  bannerText:
    '对于提供服务并非必需的 Cookie 和个人信息，我们仅在您同意的项目范围内使用。您有权拒绝同意；拒绝后会产生什么影响，可在“逐项设置”中按项目查看。您可以随时更改您的选择。',
  policy: '隐私政策',
  agreeAll: '全部同意',
  disagreeAll: '全部拒绝',
  requiredOnly: '仅同意必要项目',
  choose: '逐项设置',
  reopen,
  loading: '正在加载设置…',
  loadFailed: '设置加载失败，请稍后重试。',
  failed: '您的选择未能保存，请重试。',
  itemsLabel: '项目',
  required: '必要',
  optional: '可选',
  notice: '告知',
  separately: '将在“逐项设置”中单独征求同意',
  items: '收集的个人信息',
  recipient: '接收方',
  recipientItems: '提供的个人信息',
  transferRecipient: '境外接收方',
  country: '接收方所在国家',
  transferItems: '向境外提供的个人信息',
  channels: '广告信息的发送方式',
  nightShort: '包括夜间（晚上9时至次日上午8时）',
  ch_email: '电子邮件',
  ch_sms: '短信（SMS）',
  ch_push: '应用推送通知',
  ch_phone: '电话',
  ch_kakao: 'KakaoTalk',
  ch_post: '邮寄',
  // the `notice` model's first layer, and the "Do not sell or share" link of the `opt-out` model
  noticeTitle: '个人信息处理告知',
  regionNoticeText: '我们为以下事项使用 Cookie 和个人信息。您可以随时在隐私设置中更改。',
  noticeOk: '确定',
  optOutLink: '请勿出售或共享我的个人信息',
  optOutDone: '您的请求已记录：我们不再出售或共享您的个人信息。',
};
