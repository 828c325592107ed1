// Cookie guide and cookie table strings: 正體中文（臺灣）.
import type { GuideStrings, TableStrings } from '../strings';

export const guide: GuideStrings = {
  title: '在瀏覽器中管理 Cookie',
  intro: '首先顯示您正在使用之瀏覽器的操作步驟。其他瀏覽器的步驟可在下方清單中展開查看。',
  unknown: '無法辨識您正在使用的瀏覽器。請在下方清單中選擇您的瀏覽器。',
  yourBrowser: '您的瀏覽器',
  others: '其他瀏覽器',
  tasks: {
    blockThirdParty: '封鎖第三方 Cookie',
    blockAll: '封鎖所有 Cookie',
    deleteSite: '刪除本網站的 Cookie',
    deleteAll: '刪除所有 Cookie',
  },
  help: '官方說明：{browser}',
  newTab: '（在新分頁中開啟）',
  asOf: '截至{date}',
  legacy: '已停止支援',
  retired: '此瀏覽器已於{date}停止支援。為了您的安全，請使用最新版本的瀏覽器。',
  shortcut: '捷徑：在網址列輸入 {url}。',
  inAppNotice: '您正在 {app} 內瀏覽此頁面。App 內建的瀏覽器無法管理 Cookie，請先在瀏覽器中開啟此頁面：',
  inAppThen: '接著依照 {browser} 的步驟操作。',
  inAppFallback: '如果找不到該選單，請複製此頁面的網址，貼到瀏覽器的網址列。',
  inAppOthers: '在 App 內開啟時（KakaoTalk、NAVER、Instagram、Facebook、LINE）',
  android: 'Android',
  ios: 'iPhone 和 iPad',
  thisSite: '本網站',
};

export const table: TableStrings = {
  caption: '本網站使用的 Cookie',
  name: 'Cookie 名稱',
  purpose: '目的',
  lifetime: '保存期間',
  party: '設定者',
  provider: '提供者',
  first: '本網站（第一方）',
  third: '第三方',
  empty: '本網站未列出任何 Cookie。',
  own: '記住您的同意及 Cookie 選擇',
};
export { labels } from './steps/zh-TW';
