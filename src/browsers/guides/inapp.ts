// Apps that open links in their own embedded browser (WebView). Cookies there belong to the app and cannot
// be managed by the visitor, so the guide says how to open the page in a real browser. Menu labels differ
// between app versions and were not checked on devices (unverified: see inAppChecks).
import type { GuideCheck, InAppGuide, InAppId, Label, Step } from '../types';
import { action, label, menu } from './labels';

const topRight = (icon: string) => menu(`${icon} (top right)`, `${icon}(오른쪽 위)`);
const asOf = '2026-11-23';
const openSafari = menu('Open in Safari', 'Safari로 열기');
const external = menu('Open in external browser', '외부 브라우저에서 열기');
const lookForIt: Step[] = [[action('Look for “Open in browser” in the app’s menu', '앱 메뉴에서 “브라우저로 열기”를 찾아 선택')]];

/** An app's guide: how to get from its built-in browser to a real one, on Android and on iOS. */
const app = (id: InAppId, name: Label, android: Step[], ios: Step[]): InAppGuide => ({ id, name, asOf, open: { android, ios } });

export const inAppGuides: InAppGuide[] = [
  app(
    'kakaotalk',
    label('KakaoTalk', '카카오톡'),
    [[topRight('⋮'), menu('Open in another browser', '다른 브라우저로 열기')]],
    [[menu('Share icon (bottom right)', '공유 아이콘(오른쪽 아래)'), openSafari]],
  ),
  app(
    'naver',
    label('NAVER app', '네이버 앱'),
    [[topRight('⋮'), menu('Open in default browser', '기본 브라우저로 열기')]],
    [[topRight('⋯'), openSafari]],
  ),
  app('instagram', label('Instagram', '인스타그램'), [[topRight('⋮'), external]], [[topRight('⋯'), external]]),
  app('facebook', label('Facebook', '페이스북'), [[topRight('⋮'), external]], [[topRight('⋯'), external]]),
  app(
    'line',
    label('LINE', '라인'),
    [[topRight('⋮'), menu('Open in other app', '다른 앱으로 열기')]],
    [[menu('Share icon', '공유 아이콘'), openSafari]],
  ),
  app('webview', label('An app’s built-in browser', '앱 내 브라우저'), lookForIt, lookForIt),
];

/** How sure these labels are (not shipped to visitors): none was checked in the apps themselves. */
export const inAppChecks = Object.fromEntries(inAppGuides.map((a) => [a.id, { en: 'unverified', ko: 'unverified' }])) as Record<
  InAppId,
  GuideCheck
>;
