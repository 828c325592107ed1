/** The Japanese first layer's texts (see ../ja.ts), in their own module: the widget loads only the page locale's first layer before the banner. */
import type { banner as enBanner } from './en';

export const reopen = 'プライバシー設定';

export const banner: typeof enBanner = {
  bannerTitle: 'Cookie と個人情報の取扱いについての同意',
  bannerText:
    'サービスの提供に必ずしも必要ではない Cookie と個人情報は、同意いただいた項目についてのみ利用します。同意を拒否する権利があり、拒否した場合の影響は「個別に設定」で項目ごとに確認できます。同意の内容はいつでも変更できます。',
  policy: 'プライバシーポリシー',
  agreeAll: 'すべて同意する',
  disagreeAll: 'すべて拒否する',
  requiredOnly: '必須項目のみ同意する',
  choose: '個別に設定',
  reopen,
  loading: '設定画面を読み込んでいます…',
  loadFailed: '設定画面を読み込めませんでした。しばらくしてからもう一度お試しください。',
  failed: '選択内容を保存できませんでした。もう一度お試しください。',
  itemsLabel: '項目',
  required: '必須',
  optional: '任意',
  notice: 'お知らせ',
  separately: '「個別に設定」で別途同意をお尋ねします',
  items: '取得する情報',
  recipient: '提供先',
  recipientItems: '提供する情報',
  transferRecipient: '移転先',
  country: '移転先の国',
  transferItems: '移転する情報',
  channels: '広告の送信方法',
  nightShort: '夜間（午後9時〜翌朝8時）の受信を含む',
  ch_email: '電子メール',
  ch_sms: 'ショートメッセージ（SMS）',
  ch_push: 'アプリのプッシュ通知',
  ch_phone: '電話',
  ch_kakao: 'カカオトーク',
  ch_post: '郵便',
  // the `notice` model's first layer, and the "Do not sell or share" link of the `opt-out` model
  noticeTitle: '個人情報の取扱いについてのお知らせ',
  regionNoticeText: '以下の項目のために Cookie と個人情報を利用します。プライバシー設定からいつでも変更できます。',
  noticeOk: 'OK',
  optOutLink: '個人情報の販売・共有を拒否する',
  optOutDone: 'ご要望を記録しました。今後、お客様の個人情報を販売・共有しません。',
};
