import type { CookieInfo, Localized } from '../../core/types';
import { BOOL, type Rule } from '../../gate/section-check';

/** A text in Korean and English. */
export const t = (ko: string, en: string): { ko: string; en: string } => ({ ko, en });

/** When a vendor receives data: only after consent, on each page view (PIPA 28-8② 2, timing). */
export const ON_VISIT = t('동의한 뒤 이 사이트의 페이지를 열 때마다', 'each time you open a page of this site after agreeing');
/** How: the visitor's browser sends it straight to the vendor (PIPA 28-8② 2, method). */
export const BY_BROWSER = t('이용자의 브라우저가 암호화된 연결(HTTPS)로 직접 전송', "sent by your browser straight to the vendor over an encrypted connection (HTTPS)");
/** The usual items a tag sends. */
export const VISIT_LOG = t('서비스 이용 기록(방문한 페이지 주소, 방문 일시, 유입 경로)', 'usage records (pages visited, time of visit, referrer)');
export const DEVICE = t('기기·브라우저 정보(운영체제, 브라우저 종류, 화면 크기)', 'device and browser information (operating system, browser, screen size)');
export const IP = t('접속 IP 정보', 'IP address');
export const COOKIE_ID = t('쿠키 식별자', 'cookie identifier');
export const EVENTS = t('이 사이트에서의 행동(구매, 회원가입 등 전환 이벤트)', 'what you do on this site (conversion events such as purchases or sign-ups)');

export const KR = t('대한민국', 'Republic of Korea');
export const US = t('미국', 'United States');

/** A cookie table row. */
export const cookie = (name: string, party: 'first' | 'third', lifetime: Localized, description: Localized, provider?: string): CookieInfo => ({
  name,
  party,
  lifetime,
  description,
  ...(provider ? { provider } : {}),
});

export const days = (n: number) => t(n + '일', n == 1 ? '1 day' : n + ' days');
export const months = (n: number) => t(n + '개월', n + ' months');
export const SESSION = t('브라우저를 닫을 때까지', 'until you close the browser');

/** `pageView: false` skips the page view the vendor's snippet sends on load. */
export const PAGE_VIEW: { pageView: Rule } = { pageView: BOOL };

/** The id rule of vendors whose ids are digits only. */
export const digits = (min: number, max: number, what: string): [RegExp, string] => [new RegExp(`^\\d{${min},${max}}$`), `expected ${what} (${min}–${max} digits)`];
