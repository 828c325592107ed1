import type { Texts } from '../../core/locales';
import { durations } from '../../core/plural';
import type { CookieInfo, Localized } from '../../core/types';
import { BOOL, type Rule } from '../../gate/section-check';
import type { Vendor } from '../types';

/** A text in every built-in locale (the type makes a missing locale a compile error). */
export const t = (texts: Texts): Texts => texts;

/** A company's legal name: the Korean registered name in Korean, the Latin-script name in every other locale. */
export const named = (ko: string, latin: string): Texts => ({
  ko,
  en: latin,
  ja: latin,
  'zh-CN': latin,
  'zh-TW': latin,
  de: latin,
  fr: latin,
  es: latin,
});

/** When a vendor receives data: only after consent, on each page view (PIPA 28-8② 2, timing). */
export const ON_VISIT = t({
  ko: '동의한 뒤 이 사이트의 페이지를 열 때마다',
  en: 'each time you open a page of this site after agreeing',
  ja: '同意後、このサイトのページを開くたび',
  'zh-CN': '您同意后，每次打开本网站的页面时',
  'zh-TW': '您同意後，每次開啟本網站的頁面時',
  de: 'nach Ihrer Einwilligung bei jedem Aufruf einer Seite dieser Website',
  fr: 'après votre consentement, à chaque ouverture d’une page de ce site',
  es: 'tras su consentimiento, cada vez que abre una página de este sitio',
});
/** How: the visitor's browser sends it straight to the vendor (PIPA 28-8② 2, method). */
export const BY_BROWSER = t({
  ko: '이용자의 브라우저가 암호화된 연결(HTTPS)로 직접 전송',
  en: 'sent by your browser straight to the vendor over an encrypted connection (HTTPS)',
  ja: 'お使いのブラウザから暗号化された通信（HTTPS）で事業者に直接送信',
  'zh-CN': '由您的浏览器通过加密连接（HTTPS）直接发送给该服务商',
  'zh-TW': '由您的瀏覽器透過加密連線（HTTPS）直接傳送給該業者',
  de: 'von Ihrem Browser über eine verschlüsselte Verbindung (HTTPS) direkt an den Anbieter gesendet',
  fr: 'envoyées par votre navigateur directement au fournisseur via une connexion chiffrée (HTTPS)',
  es: 'enviados por su navegador directamente al proveedor mediante una conexión cifrada (HTTPS)',
});
/** The usual items a tag sends. */
export const VISIT_LOG = t({
  ko: '서비스 이용 기록(방문한 페이지 주소, 방문 일시, 유입 경로)',
  en: 'usage records (pages visited, time of visit, referrer)',
  ja: 'サービスの利用記録（閲覧したページのアドレス、訪問日時、参照元）',
  'zh-CN': '服务使用记录（访问的页面地址、访问时间、来源页面）',
  'zh-TW': '服務使用紀錄（瀏覽的頁面網址、造訪時間、來源網頁）',
  de: 'Nutzungsdaten (besuchte Seiten, Zeitpunkt des Besuchs, verweisende Seite)',
  fr: 'données d’utilisation (pages consultées, date et heure de la visite, page de provenance)',
  es: 'datos de uso (páginas visitadas, fecha y hora de la visita, página de procedencia)',
});
export const DEVICE = t({
  ko: '기기·브라우저 정보(운영체제, 브라우저 종류, 화면 크기)',
  en: 'device and browser information (operating system, browser, screen size)',
  ja: '端末・ブラウザの情報（OS、ブラウザの種類、画面サイズ）',
  'zh-CN': '设备和浏览器信息（操作系统、浏览器类型、屏幕尺寸）',
  'zh-TW': '裝置及瀏覽器資訊（作業系統、瀏覽器類型、螢幕尺寸）',
  de: 'Geräte- und Browserinformationen (Betriebssystem, Browser, Bildschirmgröße)',
  fr: 'informations sur l’appareil et le navigateur (système d’exploitation, navigateur, taille d’écran)',
  es: 'información del dispositivo y del navegador (sistema operativo, navegador, tamaño de pantalla)',
});
export const IP = t({
  ko: '접속 IP 정보',
  en: 'IP address',
  ja: 'IPアドレス',
  'zh-CN': 'IP 地址',
  'zh-TW': 'IP 位址',
  de: 'IP-Adresse',
  fr: 'adresse IP',
  es: 'dirección IP',
});
export const COOKIE_ID = t({
  ko: '쿠키 식별자',
  en: 'cookie identifier',
  ja: 'Cookie の識別子',
  'zh-CN': 'Cookie 标识符',
  'zh-TW': 'Cookie 識別碼',
  de: 'Cookie-Kennung',
  fr: 'identifiant de cookie',
  es: 'identificador de cookie',
});
export const EVENTS = t({
  ko: '이 사이트에서의 행동(구매, 회원가입 등 전환 이벤트)',
  en: 'what you do on this site (conversion events such as purchases or sign-ups)',
  ja: 'このサイトでの行動（購入、会員登録などのコンバージョンイベント）',
  'zh-CN': '您在本网站上的行为（购买、注册等转化事件）',
  'zh-TW': '您在本網站上的行為（購買、註冊等轉換事件）',
  de: 'Ihre Aktionen auf dieser Website (Conversion-Ereignisse wie Käufe oder Registrierungen)',
  fr: 'vos actions sur ce site (événements de conversion tels que les achats ou les inscriptions)',
  es: 'lo que hace en este sitio (eventos de conversión como compras o registros)',
});

/** What an ad tag sends: usage records, events on this site, device and IP address, its cookie identifier. */
export const AD_ITEMS = [VISIT_LOG, EVENTS, DEVICE, IP, COOKIE_ID];
/** When and how every vendor here receives data: on each page view after consent, straight from the browser. */
export const SENT_ON_VISIT = { timing: ON_VISIT, method: BY_BROWSER };

/** Purposes several ad vendors share. */
export const CONVERSIONS = t({
  ko: '광고 성과(전환) 측정과 리마케팅',
  en: 'measuring ad conversions and remarketing',
  ja: '広告の成果（コンバージョン）測定とリマーケティング',
  'zh-CN': '广告效果（转化）衡量和再营销',
  'zh-TW': '廣告成效（轉換）衡量與再行銷',
  de: 'Messung von Anzeigen-Conversions und Remarketing',
  fr: 'mesure des conversions publicitaires et remarketing',
  es: 'medición de conversiones publicitarias y remarketing',
});
export const AUDIENCES = t({
  ko: '광고 성과 측정, 맞춤형 광고와 광고 대상 설정',
  en: 'measuring ads, personalised ads and ad audiences',
  ja: '広告の効果測定、パーソナライズ広告、広告配信対象の設定',
  'zh-CN': '广告效果衡量、个性化广告和广告受众设置',
  'zh-TW': '廣告成效衡量、個人化廣告與廣告受眾設定',
  de: 'Messung von Werbung, personalisierte Werbung und Werbezielgruppen',
  fr: 'mesure de la publicité, publicité personnalisée et audiences publicitaires',
  es: 'medición de anuncios, publicidad personalizada y audiencias publicitarias',
});

/** Cookie descriptions several vendors share. */
export const VISITOR_ID = t({
  ko: '방문자 식별자',
  en: 'visitor identifier',
  ja: '訪問者の識別子',
  'zh-CN': '访客标识符',
  'zh-TW': '訪客識別碼',
  de: 'Besucherkennung',
  fr: 'identifiant du visiteur',
  es: 'identificador del visitante',
});
export const SESSION_ID = t({
  ko: '방문(세션) 식별자',
  en: 'visit (session) identifier',
  ja: '訪問（セッション）の識別子',
  'zh-CN': '访问（会话）标识符',
  'zh-TW': '造訪（工作階段）識別碼',
  de: 'Kennung des Besuchs (Sitzung)',
  fr: 'identifiant de la visite (session)',
  es: 'identificador de la visita (sesión)',
});
/** An ad click id cookie; `param` is the URL parameter it keeps (`gclid`, `fbclid`, `msclkid`). */
export const clickId = (param: string): Texts => ({
  ko: `광고 클릭 식별자(${param})`,
  en: `ad click identifier (${param})`,
  ja: `広告クリックの識別子（${param}）`,
  'zh-CN': `广告点击标识符（${param}）`,
  'zh-TW': `廣告點擊識別碼（${param}）`,
  de: `Anzeigenklick-Kennung (${param})`,
  fr: `identifiant de clic publicitaire (${param})`,
  es: `identificador de clic en anuncio (${param})`,
});

export const KR = t({
  ko: '대한민국',
  en: 'Republic of Korea',
  ja: '大韓民国',
  'zh-CN': '韩国',
  'zh-TW': '韓國',
  de: 'Republik Korea',
  fr: 'République de Corée',
  es: 'República de Corea',
});
export const US = t({
  ko: '미국',
  en: 'United States',
  ja: '米国',
  'zh-CN': '美国',
  'zh-TW': '美國',
  de: 'Vereinigte Staaten',
  fr: 'États-Unis',
  es: 'Estados Unidos',
});

/** A cookie table row. */
export const cookie = (
  name: string,
  party: 'first' | 'third',
  lifetime: Localized,
  description: Localized,
  provider?: string,
): CookieInfo => ({
  name,
  party,
  lifetime,
  description,
  ...(provider ? { provider } : {}),
});

/** Cookie lifetimes in every locale, plural forms by `Intl.PluralRules`. */
export const days = (n: number) => durations(n, 'day');
export const months = (n: number) => durations(n, 'month');
export const SESSION = t({
  ko: '브라우저를 닫을 때까지',
  en: 'until you close the browser',
  ja: 'ブラウザを閉じるまで',
  'zh-CN': '直到您关闭浏览器',
  'zh-TW': '直到您關閉瀏覽器',
  de: 'bis Sie den Browser schließen',
  fr: 'jusqu’à la fermeture du navigateur',
  es: 'hasta que cierre el navegador',
});

/** `pageView: false` skips the page view the vendor's snippet sends on load. */
export const PAGE_VIEW: { pageView: Rule } = { pageView: BOOL };

/**
 * An ad pixel: a site may list several ids (`multi`), and each sends a page view on load unless
 * `pageView: false`; `options` adds the vendor's own keys to that one.
 */
export const pixel = (v: Omit<Vendor, 'multi' | 'options'> & { options?: Vendor['options'] }): Vendor => ({
  ...v,
  multi: true,
  options: { ...PAGE_VIEW, ...v.options },
});

/** The id rule of vendors whose ids are digits only. */
export const digits = (min: number, max: number, what: string): [RegExp, string] => [
  new RegExp(`^\\d{${min},${max}}$`),
  `expected ${what} (${min}–${max} digits)`,
];
