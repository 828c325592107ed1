/**
 * Channel Talk (채널톡) chat.
 *
 * Docs: https://developers.channel.io/docs/web-installation (the `ChannelIO` stub that keeps calls in
 * `ChannelIO.q`, ch-plugin-web.js, `ChannelIO('boot', { pluginKey })`) and
 * https://developers.channel.io/docs/web-channelio (`ChannelIO('shutdown')`); read instead: Channel's
 * official loader package @channel.io/channel-web-sdk-loader, which has the same stub, URL and calls.
 * Consent API: none, but `shutdown` removes the messenger and ends its session, so withdrawal calls it and
 * a later consent boots it again.
 * Not verified: the cookie names `ch-veil-id` / `ch-session-*` (observed, not documented) and where Channel stores data.
 */
import { BOOL } from '../../gate/section-check';
import type { Vendor, VendorContext } from '../types';
import { BY_BROWSER, COOKIE_ID, DEVICE, IP, KR, ON_VISIT, cookie, t } from './common';

const SET_BY = t('채널코퍼레이션이 정함', 'set by Channel Corp.');
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
    recipient: t('주식회사 채널코퍼레이션', 'Channel Corp.'),
    contact: 'https://channel.io/ko/privacy',
    countryCode: 'KR',
    country: KR,
    purpose: t('상담 채팅 제공', 'providing the support chat'),
    items: [t('상담 내용', 'chat messages'), t('방문한 페이지 주소', 'pages visited'), DEVICE, IP, COOKIE_ID],
    retention: t('채널코퍼레이션 개인정보처리방침에 따름', "as Channel Corp.'s privacy policy says"),
    timing: ON_VISIT,
    method: BY_BROWSER,
    cookies: [
      cookie('ch-veil-id', 'first', SET_BY, t('방문자 식별자', 'visitor identifier'), 'Channel Talk'),
      cookie('ch-session-*', 'first', SET_BY, t('채팅 세션', 'chat session'), 'Channel Talk'),
    ],
  },
  prepare({ w }) {
    // Channel's stub: calls made before the script arrives wait in ChannelIO.q
    if (w.ChannelIO) return;
    const ch: any = function () { // eslint-disable-line @typescript-eslint/no-explicit-any
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
