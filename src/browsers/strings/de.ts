// Cookie guide and cookie table strings: Deutsch.
import type { GuideStrings, TableStrings } from '../strings';

export const guide: GuideStrings = {
  title: 'Cookies im Browser verwalten',
  intro:
    'Die Schritte für den Browser, den Sie gerade verwenden, stehen oben. Die Schritte für andere Browser können Sie in der Liste unten aufklappen.',
  unknown: 'Wir konnten nicht erkennen, welchen Browser Sie verwenden. Bitte wählen Sie Ihren Browser in der Liste unten aus.',
  yourBrowser: 'Ihr Browser',
  others: 'Andere Browser',
  tasks: {
    blockThirdParty: 'Drittanbieter-Cookies blockieren',
    blockAll: 'Alle Cookies blockieren',
    deleteSite: 'Cookies dieser Website löschen',
    deleteAll: 'Alle Cookies löschen',
  },
  help: 'Offizielle Hilfe: {browser}',
  newTab: '(wird in einem neuen Tab geöffnet)',
  asOf: 'Stand: {date}',
  legacy: 'Nicht mehr unterstützt',
  retired: 'Die Unterstützung für diesen Browser endete am {date}. Verwenden Sie zu Ihrer Sicherheit bitte einen aktuellen Browser.',
  shortcut: 'Schneller: Geben Sie {url} in die Adressleiste ein.',
  inAppNotice:
    'Sie sehen diese Seite in {app}. Im eingebauten Browser der App lassen sich Cookies nicht verwalten; öffnen Sie diese Seite daher zuerst in Ihrem Browser:',
  inAppThen: 'Folgen Sie danach den Schritten für {browser}.',
  inAppFallback: 'Wenn Sie das Menü nicht finden, kopieren Sie die Adresse dieser Seite und fügen Sie sie in Ihrem Browser ein.',
  inAppOthers: 'In einer App geöffnet (KakaoTalk, NAVER, Instagram, Facebook, LINE)',
  android: 'Android',
  ios: 'iPhone und iPad',
  thisSite: 'diese Website',
};

export const table: TableStrings = {
  caption: 'Cookies, die diese Website verwendet',
  name: 'Cookie',
  purpose: 'Zweck',
  lifetime: 'Speicherdauer',
  party: 'Gesetzt von',
  provider: 'Anbieter',
  first: 'Diese Website (Erstanbieter)',
  third: 'Drittanbieter',
  empty: 'Diese Website führt keine Cookies auf.',
  own: 'Speichert Ihre Einwilligungs- und Cookie-Auswahl',
};
export { labels } from './steps/de';
