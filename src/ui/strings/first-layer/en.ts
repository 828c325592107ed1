/**
 * The English first layer's texts (see ../en.ts), in their own module: the widget loads only the page locale's
 * first layer before the banner, and the rest of the texts with the preferences views.
 */
/** The reopen button's label, also exported alone: the script tag's lone reopen button carries the eight labels, not a locale's texts. */
export const reopen = 'Privacy settings';

export const banner = {
  bannerTitle: 'Cookies and personal information: your consent',
  bannerText:
    'We use cookies and personal information the service does not strictly need only for the items below that you agree to. You have the right to refuse; what refusing means is shown for each item under “Customize”. You can change your answers at any time.',
  policy: 'Privacy policy',
  agreeAll: 'Agree to all',
  disagreeAll: 'Reject all',
  requiredOnly: 'Required only',
  choose: 'Customize',
  reopen,
  loading: 'Loading the settings…',
  loadFailed: 'The settings could not be loaded. Please try again in a moment.',
  failed: 'Your choice could not be saved. Please try again.',
  // the first layer's list of items
  itemsLabel: 'Items',
  required: 'Required',
  optional: 'Optional',
  notice: 'Notice',
  separately: 'asked separately under “Customize”',
  items: 'Information collected',
  recipient: 'Recipient',
  recipientItems: 'Information provided',
  transferRecipient: 'Receiving party',
  country: 'Destination country',
  transferItems: 'Information transferred',
  channels: 'How we may send advertising',
  nightShort: 'at night (9 pm–8 am) too',
  ch_email: 'E-mail',
  ch_sms: 'Text message (SMS)',
  ch_push: 'App push notification',
  ch_phone: 'Phone call',
  ch_kakao: 'KakaoTalk',
  ch_post: 'Post',
  // the `notice` model's first layer, and the "Do not sell or share" link of the `opt-out` model
  noticeTitle: 'Privacy notice',
  regionNoticeText: 'We use cookies and personal information for the items below. You can change this at any time in the privacy settings.',
  noticeOk: 'OK',
  optOutLink: 'Do Not Sell or Share My Personal Information',
  optOutDone: 'Your request is recorded: we no longer sell or share your personal information.',
};
