/**
 * Hotjar (heatmaps, session recordings, surveys).
 *
 * Docs (Hotjar's help centre, not retrieved here): https://help.hotjar.com/ — "How to install your Hotjar
 * tracking code" (`hj` queue, `_hjSettings`, static.hotjar.com/c/hotjar-<id>.js?sv=6) and "Cookies set by
 * the Hotjar tracking code".
 * Consent API: none. Hotjar has no call that stops a running script, so consentry only loads it after
 * consent and, on withdrawal, deletes its cookies; the recording stops with the next page load.
 * Verified: the snippet (public copies) and the cookie names and lifetimes (sites quoting Hotjar's table).
 * Not verified here: the Hotjar help pages themselves, the full host list (*.hotjar.com / *.hotjar.io).
 */
import type { Vendor } from '../types';
import { durations } from '../../core/plural';
import { COOKIE_ID, DEVICE, IP, SENT_ON_VISIT, SESSION, SESSION_ID, VISITOR_ID, VISIT_LOG, cookie, days, digits, named, t } from './common';

export const hotjar: Vendor = {
  name: 'hotjar',
  label: 'Hotjar',
  hosts: ['static.hotjar.com', 'script.hotjar.com', '*.hotjar.com', '*.hotjar.io'],
  consentApi: null,
  id: digits(5, 10, 'a Hotjar site id'),
  options: {},
  cookies: ['_hj*'],
  disclosure: {
    recipient: named('Hotjar Ltd', 'Hotjar Ltd'),
    contact: 'https://www.hotjar.com/legal/policies/privacy/',
    countryCode: 'MT',
    country: t({
      ko: '몰타(유럽연합)',
      en: 'Malta (European Union)',
      ja: 'マルタ（欧州連合）',
      'zh-CN': '马耳他（欧盟）',
      'zh-TW': '馬爾他（歐盟）',
      de: 'Malta (Europäische Union)',
      fr: 'Malte (Union européenne)',
      es: 'Malta (Unión Europea)',
    }),
    purpose: t({
      ko: '사이트 이용 행태 분석(히트맵, 화면 녹화, 설문)',
      en: 'analysing how the site is used (heatmaps, recordings, surveys)',
      ja: 'サイトの利用状況の分析（ヒートマップ、画面の録画、アンケート）',
      'zh-CN': '分析网站使用情况（热图、会话录制、问卷调查）',
      'zh-TW': '分析網站使用情形（熱圖、畫面錄製、問卷）',
      de: 'Analyse der Nutzung der Website (Heatmaps, Aufzeichnungen, Umfragen)',
      fr: 'analyse de l’utilisation du site (cartes de chaleur, enregistrements, enquêtes)',
      es: 'análisis del uso del sitio (mapas de calor, grabaciones, encuestas)',
    }),
    items: [
      VISIT_LOG,
      t({
        ko: '화면 내 클릭·스크롤·마우스 움직임',
        en: 'clicks, scrolling and mouse movement on the page',
        ja: 'ページ上のクリック・スクロール・マウスの動き',
        'zh-CN': '页面上的点击、滚动和鼠标移动',
        'zh-TW': '頁面上的點擊、捲動及滑鼠移動',
        de: 'Klicks, Scrollen und Mausbewegungen auf der Seite',
        fr: 'clics, défilement et mouvements de la souris sur la page',
        es: 'clics, desplazamiento y movimientos del ratón en la página',
      }),
      DEVICE,
      IP,
      COOKIE_ID,
    ],
    retention: t({
      ko: 'Hotjar 개인정보처리방침에 따름(녹화는 최대 365일)',
      en: "as Hotjar's privacy policy says (recordings up to 365 days)",
      ja: 'Hotjar のプライバシーポリシーによる（録画は最長365日間）',
      'zh-CN': '依照 Hotjar 隐私政策（录制内容最长 365 天）',
      'zh-TW': '依 Hotjar 隱私權政策（錄製內容最長 365 天）',
      de: 'gemäß der Datenschutzerklärung von Hotjar (Aufzeichnungen bis zu 365 Tage)',
      fr: 'selon la politique de confidentialité de Hotjar (enregistrements conservés 365 jours au plus)',
      es: 'según la política de privacidad de Hotjar (grabaciones: hasta 365 días)',
    }),
    ...SENT_ON_VISIT,
    cookies: [
      cookie('_hjSessionUser_*', 'first', days(365), VISITOR_ID, 'Hotjar'),
      cookie('_hjSession_*', 'first', durations(30, 'minute'), SESSION_ID, 'Hotjar'),
      cookie(
        '_hjHasCachedUserAttributes',
        'first',
        SESSION,
        t({
          ko: '사용자 속성 캐시 여부',
          en: 'whether user attributes are cached',
          ja: 'ユーザー属性のキャッシュの有無',
          'zh-CN': '用户属性是否已缓存',
          'zh-TW': '使用者屬性是否已快取',
          de: 'ob Nutzerattribute zwischengespeichert sind',
          fr: 'indique si les attributs de l’utilisateur sont en cache',
          es: 'si los atributos del usuario están en caché',
        }),
        'Hotjar',
      ),
      cookie(
        '_hjUserAttributesHash',
        'first',
        durations(2, 'minute'),
        t({
          ko: '사용자 속성 변경 감지',
          en: 'detects changed user attributes',
          ja: 'ユーザー属性の変更の検知',
          'zh-CN': '检测用户属性的变化',
          'zh-TW': '偵測使用者屬性的變更',
          de: 'erkennt geänderte Nutzerattribute',
          fr: 'détecte les changements d’attributs de l’utilisateur',
          es: 'detecta cambios en los atributos del usuario',
        }),
        'Hotjar',
      ),
    ],
  },
  prepare({ w }) {
    // Hotjar's queue function: hj(...) calls wait in hj.q until the script replays them
    w.hj =
      w.hj ||
      function () {
        (w.hj.q = w.hj.q || []).push(arguments);
      };
  },
  load(c) {
    const id = Number(c.ids[0]);
    c.w._hjSettings = { hjid: id, hjsv: 6 };
    c.load(`https://static.hotjar.com/c/hotjar-${id}.js?sv=6`);
  },
};
