// Constructors of labels and step parts that keep the guide data readable (and small once minified), and the
// labels several guides share. The guides and tasks themselves are put together in build.ts.
import type { Label, PartKind, StepPart } from '../types';

/** A text in English and Korean. */
export const label = (en: string, ko: string): Label => ({ en, ko });

const part =
  (kind: PartKind) =>
  (en: string, ko: string, when?: Label): StepPart =>
    when ? { kind, label: { en, ko }, when } : { kind, label: { en, ko } };

/** A button, menu item or settings page to tap. */
export const menu = part('menu');
/** A setting to choose or switch. */
export const option = part('option');
/** An action in our own words; `{site}` becomes the site's host name. */
export const action = part('text');

/** The settings page every browser names the same. */
export const settings = menu('Settings', '설정');
/** The cookie option of a clear-data dialog, in Chromium's desktop wording. */
export const cookiesAndOtherSiteData = option('Cookies and other site data', '쿠키 및 기타 사이트 데이터');
/** The cookie option of a clear-data dialog, as most mobile browsers and Firefox word it. */
export const cookiesAndSiteData = option('Cookies and site data', '쿠키 및 사이트 데이터');
/** Chromium's time range for clearing data, as Chrome, Whale and Opera word it in Korean. */
export const allTime = option('Time range: All time', '기간: 전체 기간');
/** The warning under "block all cookies". */
export const allCookiesWarning = label(
  'Many sites, including sign-in pages, stop working without cookies.',
  '쿠키를 모두 차단하면 로그인 등 많은 사이트 기능이 동작하지 않습니다.',
);
