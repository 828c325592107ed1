/**
 * Channel Talk (채널톡) chat.
 *
 * Docs: https://developers.channel.io/docs/web-installation (the `ChannelIO` queue function that keeps calls in
 * `ChannelIO.q`, ch-plugin-web.js, `ChannelIO('boot', { pluginKey })`) and
 * https://developers.channel.io/docs/web-channelio (`ChannelIO('shutdown')`); read instead: Channel's
 * official loader package @channel.io/channel-web-sdk-loader, which has the same queue function, URL and calls.
 * Consent API: none, but `shutdown` removes the messenger and ends its session, so withdrawal calls it and
 * a later consent boots it again.
 * Not verified: the cookie names `ch-veil-id` / `ch-session-*` (observed, not documented) and where Channel stores data.
 */
import { BOOL } from '../../gate/section-check';
import type { Vendor, VendorContext } from '../types';
import { COOKIE_ID, DEVICE, IP, KR, SENT_ON_VISIT, VISITOR_ID, cookie, named, t } from './common';

const SET_BY = t({
  ko: '채널코퍼레이션이 정함',
  en: 'set by Channel Corp.',
  ja: 'Channel Corp. が設定',
  'zh-CN': '由 Channel Corp. 设定',
  'zh-TW': '由 Channel Corp. 設定',
  de: 'von Channel Corp. festgelegt',
  fr: 'fixée par Channel Corp.',
  es: 'la fija Channel Corp.',
});
const CHAT_SESSION = t({
  ko: '채팅 세션',
  en: 'chat session',
  ja: 'チャットのセッション',
  'zh-CN': '聊天会话',
  'zh-TW': '聊天工作階段',
  de: 'Chat-Sitzung',
  fr: 'session de chat',
  es: 'sesión de chat',
});
const boot = (c: VendorContext) => {
  const o: { [k: string]: unknown } = { pluginKey: c.ids[0] };
  if (c.options.language) o.language = c.options.language;
  if (c.options.hideChannelButtonOnBoot) o.hideChannelButtonOnBoot = true;
  c.w.ChannelIO('boot', o);
};

export const channelTalk: Vendor = {
  name: 'channel-talk',
  label: 'Channel Talk',
  hosts: ['cdn.channel.io', 'api.channel.io', '*.channel.io'],
  consentApi: null,
  id: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a Channel Talk plugin key (a UUID)'],
  options: {
    language: [(v) => v == 'ko' || v == 'en' || v == 'ja', 'expected "ko", "en" or "ja"'],
    hideChannelButtonOnBoot: BOOL,
  },
  cookies: ['ch-veil-id', 'ch-session-*'],
  disclosure: {
    recipient: named('주식회사 채널코퍼레이션', 'Channel Corp.'),
    contact: 'https://channel.io/ko/privacy',
    countryCode: 'KR',
    country: KR,
    purpose: t({
      ko: '상담 채팅 제공',
      en: 'providing the support chat',
      ja: 'お問い合わせチャットの提供',
      'zh-CN': '提供客服聊天',
      'zh-TW': '提供客服聊天',
      de: 'Bereitstellung des Support-Chats',
      fr: 'fourniture du chat d’assistance',
      es: 'prestación del chat de atención al cliente',
    }),
    items: [
      t({
        ko: '상담 내용',
        en: 'chat messages',
        ja: 'チャットの内容',
        'zh-CN': '聊天内容',
        'zh-TW': '聊天內容',
        de: 'Chatnachrichten',
        fr: 'messages échangés dans le chat',
        es: 'mensajes del chat',
      }),
      t({
        ko: '방문한 페이지 주소',
        en: 'pages visited',
        ja: '閲覧したページのアドレス',
        'zh-CN': '访问的页面地址',
        'zh-TW': '瀏覽的頁面網址',
        de: 'besuchte Seiten',
        fr: 'pages consultées',
        es: 'páginas visitadas',
      }),
      DEVICE,
      IP,
      COOKIE_ID,
    ],
    retention: t({
      ko: '채널코퍼레이션 개인정보처리방침에 따름',
      en: "as Channel Corp.'s privacy policy says",
      ja: 'Channel Corp. のプライバシーポリシーによる',
      'zh-CN': '依照 Channel Corp. 隐私政策',
      'zh-TW': '依 Channel Corp. 隱私權政策',
      de: 'gemäß der Datenschutzerklärung von Channel Corp.',
      fr: 'selon la politique de confidentialité de Channel Corp.',
      es: 'según la política de privacidad de Channel Corp.',
    }),
    ...SENT_ON_VISIT,
    cookies: [
      cookie('ch-veil-id', 'first', SET_BY, VISITOR_ID, 'Channel Talk'),
      cookie('ch-session-*', 'first', SET_BY, CHAT_SESSION, 'Channel Talk'),
    ],
  },
  prepare({ w }) {
    // Channel's queue function: calls made before the script arrives wait in ChannelIO.q
    if (w.ChannelIO) return;
    // biome-ignore lint/suspicious/noExplicitAny: the vendor's queue function, written as its snippet is
    const ch: any = function () {
      ch.c(arguments);
    };
    ch.q = [];
    ch.c = (args: IArguments) => ch.q.push(args);
    w.ChannelIO = ch;
  },
  load(c) {
    boot(c);
    c.load('https://cdn.channel.io/plugin/ch-plugin-web.js');
  },
  grant: boot,
  revoke: (c) => c.w.ChannelIO('shutdown'),
};
