// Cookie guide and cookie table strings: 日本語.
import type { GuideStrings, TableStrings } from '../strings';

export const guide: GuideStrings = {
  title: 'ブラウザで Cookie を管理する',
  intro: 'お使いのブラウザでの手順を最初に表示しています。ほかのブラウザの手順は、下の一覧から開いて確認できます。',
  unknown: 'お使いのブラウザを判別できませんでした。下の一覧からお使いのブラウザを選んでください。',
  yourBrowser: 'お使いのブラウザ',
  others: 'ほかのブラウザ',
  tasks: {
    blockThirdParty: 'サードパーティ Cookie をブロックする',
    blockAll: 'すべての Cookie をブロックする',
    deleteSite: 'このサイトの Cookie を削除する',
    deleteAll: 'すべての Cookie を削除する',
  },
  help: '公式ヘルプ：{browser}',
  newTab: '（新しいタブで開きます）',
  asOf: '{date}時点',
  legacy: 'サポート終了',
  retired: 'このブラウザのサポートは{date}に終了しました。安全のため、最新のブラウザをお使いください。',
  shortcut: 'アドレスバーに {url} と入力すると直接開けます。',
  inAppNotice:
    '現在、{app}の中でこのページを表示しています。アプリ内のブラウザでは Cookie を管理できないため、まずこのページをブラウザで開いてください。',
  inAppThen: 'そのあと、{browser}の手順に従ってください。',
  inAppFallback: 'メニューが見つからない場合は、このページのアドレスをコピーしてブラウザのアドレスバーに貼り付けてください。',
  inAppOthers: 'アプリ内で開いた場合（カカオトーク、NAVER、Instagram、Facebook、LINE）',
  android: 'Android',
  ios: 'iPhone・iPad',
  thisSite: 'このサイト',
};

export const table: TableStrings = {
  caption: 'このサイトが使用する Cookie',
  name: 'Cookie 名',
  purpose: '目的',
  lifetime: '保存期間',
  party: '設定元',
  provider: '提供者',
  first: 'このサイト（ファーストパーティ）',
  third: 'サードパーティ',
  empty: 'このサイトが案内している Cookie はありません。',
  own: '同意と Cookie に関する選択の記憶',
};
export { labels } from './steps/ja';
