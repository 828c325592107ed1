// Cookie guide and cookie table strings: français (no-break spaces, U+00A0, before : ; ? ! and inside « »).
import type { GuideStrings, TableStrings } from '../strings';

export const guide: GuideStrings = {
  title: 'Gérer les cookies dans votre navigateur',
  intro:
    'Les étapes pour le navigateur que vous utilisez sont affichées en premier. Ouvrez un autre navigateur dans la liste ci-dessous pour voir ses étapes.',
  unknown: 'Nous n’avons pas pu déterminer quel navigateur vous utilisez. Choisissez le vôtre dans la liste ci-dessous.',
  yourBrowser: 'Votre navigateur',
  others: 'Autres navigateurs',
  tasks: {
    blockThirdParty: 'Bloquer les cookies tiers',
    blockAll: 'Bloquer tous les cookies',
    deleteSite: 'Supprimer les cookies de ce site',
    deleteAll: 'Supprimer tous les cookies',
  },
  help: 'Aide officielle : {browser}',
  newTab: '(s’ouvre dans un nouvel onglet)',
  asOf: 'À jour au {date}',
  legacy: 'Plus pris en charge',
  retired: 'Ce navigateur n’est plus pris en charge depuis le {date}. Pour votre sécurité, utilisez un navigateur à jour.',
  shortcut: 'Raccourci : saisissez {url} dans la barre d’adresse.',
  inAppNotice:
    'Vous consultez cette page dans {app}. Son navigateur intégré ne permet pas de gérer les cookies : ouvrez d’abord cette page dans votre navigateur :',
  inAppThen: 'Suivez ensuite les étapes pour {browser}.',
  inAppFallback: 'Si vous ne trouvez pas ce menu, copiez l’adresse de cette page et collez-la dans votre navigateur.',
  inAppOthers: 'Ouvert dans une application (KakaoTalk, NAVER, Instagram, Facebook, LINE)',
  android: 'Android',
  ios: 'iPhone et iPad',
  thisSite: 'ce site',
};

export const table: TableStrings = {
  caption: 'Cookies utilisés par ce site',
  name: 'Cookie',
  purpose: 'Finalité',
  lifetime: 'Durée de conservation',
  party: 'Déposé par',
  provider: 'Fournisseur',
  first: 'Ce site (cookie interne)',
  third: 'Tiers',
  empty: 'Ce site n’indique aucun cookie.',
  own: 'Mémorise votre consentement et vos choix en matière de cookies',
};
export { labels } from './steps/fr';
