/** The German first layer's texts (see ../de.ts), in their own module: the widget loads only the page locale's first layer before the banner. */
import type { banner as enBanner } from './en';

// a soft hyphen: where the title must break (320 px), it breaks between the two words of the compound
export const reopen = 'Datenschutz\u00adeinstellungen';

export const banner: typeof enBanner = {
  bannerTitle: 'Cookies und personenbezogene Daten: Ihre Einwilligung',
  bannerText:
    'Cookies und personenbezogene Daten, die für den Dienst nicht unbedingt erforderlich sind, verwenden wir nur für die unten aufgeführten Zwecke, in die Sie einwilligen. Sie haben das Recht, die Einwilligung zu verweigern; welche Folgen das hat, sehen Sie für jeden Zweck unter „Einstellungen“. Sie können Ihre Auswahl jederzeit ändern.',
  policy: 'Datenschutzerklärung',
  agreeAll: 'Allen zustimmen',
  disagreeAll: 'Alle ablehnen',
  requiredOnly: 'Nur erforderliche',
  choose: 'Einstellungen',
  reopen,
  loading: 'Einstellungen werden geladen …',
  loadFailed: 'Die Einstellungen konnten nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
  failed: 'Ihre Auswahl konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal.',
  itemsLabel: 'Zwecke',
  required: 'Erforderlich',
  optional: 'Optional',
  notice: 'Information',
  separately: 'wird unter „Einstellungen“ gesondert abgefragt',
  items: 'Erhobene Daten',
  recipient: 'Empfänger',
  recipientItems: 'Übermittelte Daten',
  transferRecipient: 'Empfänger im Drittland',
  country: 'Zielland',
  transferItems: 'In das Drittland übermittelte Daten',
  channels: 'Wie wir Ihnen Werbung senden dürfen',
  nightShort: 'auch nachts (21–8 Uhr)',
  ch_email: 'E-Mail',
  ch_sms: 'SMS',
  ch_push: 'Push-Benachrichtigung der App',
  ch_phone: 'Telefonanruf',
  ch_kakao: 'KakaoTalk',
  ch_post: 'Post',
  // the `notice` model's first layer, and the "Do not sell or share" link of the `opt-out` model
  noticeTitle: 'Hinweis zum Datenschutz',
  regionNoticeText:
    'Wir verwenden Cookies und personenbezogene Daten für die unten genannten Zwecke. Sie können dies jederzeit in den Datenschutzeinstellungen ändern.',
  noticeOk: 'OK',
  optOutLink: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  optOutDone: 'Ihr Wunsch ist gespeichert: Wir verkaufen Ihre personenbezogenen Daten nicht mehr und geben sie nicht mehr weiter.',
};
