// Constructors that keep the guide data readable (and small once minified), and the labels every guide shares.
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
/** The warning under "block all cookies". */
export const allCookiesWarning = label(
  'Many sites, including sign-in pages, stop working without cookies.',
  '쿠키를 모두 차단하면 로그인 등 많은 사이트 기능이 동작하지 않습니다.',
);
