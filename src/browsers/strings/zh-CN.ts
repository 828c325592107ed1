// Cookie guide and cookie table strings: 简体中文.
import type { GuideStrings, TableStrings } from '../strings';

export const guide: GuideStrings = {
  title: '在浏览器中管理 Cookie',
  intro: '首先显示您正在使用的浏览器的操作步骤。其他浏览器的步骤可在下方列表中展开查看。',
  unknown: '无法识别您正在使用的浏览器。请在下方列表中选择您的浏览器。',
  yourBrowser: '您的浏览器',
  others: '其他浏览器',
  tasks: {
    blockThirdParty: '阻止第三方 Cookie',
    blockAll: '阻止所有 Cookie',
    deleteSite: '删除本网站的 Cookie',
    deleteAll: '删除所有 Cookie',
  },
  help: '官方帮助：{browser}',
  newTab: '（在新标签页中打开）',
  asOf: '截至{date}',
  legacy: '已停止支持',
  retired: '此浏览器已于{date}停止支持。为了您的安全，请使用最新版本的浏览器。',
  shortcut: '快捷方式：在地址栏中输入 {url}。',
  inAppNotice: '您正在 {app} 内查看此页面。应用内置的浏览器无法管理 Cookie，请先在浏览器中打开此页面：',
  inAppThen: '然后按照 {browser} 的步骤操作。',
  inAppFallback: '如果找不到该菜单，请复制此页面的地址，粘贴到浏览器的地址栏中。',
  inAppOthers: '在应用内打开时（KakaoTalk、NAVER、Instagram、Facebook、LINE）',
  android: 'Android',
  ios: 'iPhone 和 iPad',
  thisSite: '本网站',
};

export const table: TableStrings = {
  caption: '本网站使用的 Cookie',
  name: 'Cookie 名称',
  purpose: '目的',
  lifetime: '有效期',
  party: '设置方',
  provider: '提供方',
  first: '本网站（第一方）',
  third: '第三方',
  empty: '本网站未列出任何 Cookie。',
  own: '记住您的同意及 Cookie 选择',
};
export { labels } from './steps/zh-CN';
