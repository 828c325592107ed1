// Apps that open links in their own embedded browser (WebView). Cookies there belong to the app and cannot
// be managed by the visitor, so the guide says how to open the page in a real browser. Menu labels differ
// between app versions and were not checked on devices (unverified: see inAppChecks).
import type { GuideCheck, InAppGuide, InAppId, Step } from '../types';
import { action, label, menu } from './labels';

const topRight = (icon: string) => menu(`${icon} (top right)`, `${icon}(오른쪽 위)`);
const asOf = '2026-11-23';
const openSafari = menu('Open in Safari', 'Safari로 열기');
const external = menu('Open in external browser', '외부 브라우저에서 열기');
const lookForIt: Step[] = [[action('Look for “Open in browser” in the app’s menu', '앱 메뉴에서 “브라우저로 열기”를 찾아 선택')]];

export const inAppGuides: InAppGuide[] = [
  {
    id: 'kakaotalk',
    name: label('KakaoTalk', '카카오톡'),
    asOf,
    open: {
      android: [[topRight('⋮'), menu('Open in another browser', '다른 브라우저로 열기')]],
      ios: [[menu('Share icon (bottom right)', '공유 아이콘(오른쪽 아래)'), openSafari]],
    },
  },
  {
    id: 'naver',
    name: label('NAVER app', '네이버 앱'),
    asOf,
    open: {
      android: [[topRight('⋮'), menu('Open in default browser', '기본 브라우저로 열기')]],
      ios: [[topRight('⋯'), openSafari]],
    },
  },
  {
    id: 'instagram',
    name: label('Instagram', '인스타그램'),
    asOf,
    open: { android: [[topRight('⋮'), external]], ios: [[topRight('⋯'), external]] },
  },
  {
    id: 'facebook',
    name: label('Facebook', '페이스북'),
    asOf,
    open: { android: [[topRight('⋮'), external]], ios: [[topRight('⋯'), external]] },
  },
  {
    id: 'line',
    name: label('LINE', '라인'),
    asOf,
    open: {
      android: [[topRight('⋮'), menu('Open in other app', '다른 앱으로 열기')]],
      ios: [[menu('Share icon', '공유 아이콘'), openSafari]],
    },
  },
  {
    id: 'webview',
    name: label('An app’s built-in browser', '앱 내 브라우저'),
    asOf,
    open: { android: lookForIt, ios: lookForIt },
  },
];

/** How sure these labels are (not shipped to visitors): none was checked in the apps themselves. */
export const inAppChecks = Object.fromEntries(inAppGuides.map((a) => [a.id, { en: 'unverified', ko: 'unverified' }])) as Record<
  InAppId,
  GuideCheck
>;
