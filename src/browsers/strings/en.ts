// Cookie guide and cookie table strings: English.
import type { GuideStrings, TableStrings } from '../strings';

export const guide: GuideStrings = {
  title: 'Managing cookies in your browser',
  intro: 'Steps for the browser you are using come first. Open any other browser in the list below to see its steps.',
  unknown: 'We could not tell which browser you are using. Pick yours from the list below.',
  yourBrowser: 'Your browser',
  others: 'Other browsers',
  tasks: {
    blockThirdParty: 'Block third-party cookies',
    blockAll: 'Block all cookies',
    deleteSite: 'Delete this site’s cookies',
    deleteAll: 'Delete all cookies',
  },
  help: 'Official help: {browser}',
  newTab: '(opens in a new tab)',
  asOf: 'As of {date}',
  legacy: 'Retired',
  retired: 'Support for this browser ended on {date}. For your safety, please use a current browser.',
  shortcut: 'Shortcut: type {url} in the address bar.',
  inAppNotice:
    'You are viewing this page inside {app}. Its built-in browser does not let you manage cookies, so first open this page in your browser:',
  inAppThen: 'Then follow the steps for {browser}.',
  inAppFallback: 'If you cannot find that menu, copy this page’s address and paste it into your browser.',
  inAppOthers: 'Opened inside an app (KakaoTalk, NAVER, Instagram, Facebook, LINE)',
  android: 'Android',
  ios: 'iPhone and iPad',
  thisSite: 'this site',
};

export const table: TableStrings = {
  caption: 'Cookies this site uses',
  name: 'Cookie',
  purpose: 'Purpose',
  lifetime: 'Lifetime',
  party: 'Set by',
  provider: 'Provider',
  first: 'This site (first party)',
  third: 'Third party',
  empty: 'This site lists no cookies.',
  own: 'Remembers your consent and cookie choices',
};
