/** The French first layer's texts (see ../fr.ts), in their own module: the widget loads only the page locale's first layer before the banner. */
import type { banner as enBanner } from './en';

export const reopen = 'Paramètres de confidentialité';

export const banner: typeof enBanner = {
  bannerTitle: 'Cookies et données personnelles : votre consentement',
  bannerText:
    'Les cookies et les données personnelles qui ne sont pas strictement nécessaires au service ne sont utilisés que pour les finalités ci-dessous auxquelles vous consentez. Vous avez le droit de refuser ; les conséquences d’un refus sont indiquées pour chaque finalité sous « Personnaliser ». Vous pouvez modifier vos choix à tout moment.',
  policy: 'Politique de confidentialité',
  agreeAll: 'Tout accepter',
  disagreeAll: 'Tout refuser',
  requiredOnly: 'Uniquement le nécessaire',
  choose: 'Personnaliser',
  reopen,
  loading: 'Chargement des paramètres…',
  loadFailed: 'Les paramètres n’ont pas pu être chargés. Veuillez réessayer dans un instant.',
  failed: 'Votre choix n’a pas pu être enregistré. Veuillez réessayer.',
  itemsLabel: 'Finalités',
  required: 'Nécessaire',
  optional: 'Facultatif',
  notice: 'Information',
  separately: 'demandé séparément sous « Personnaliser »',
  items: 'Données collectées',
  recipient: 'Destinataire',
  recipientItems: 'Données communiquées',
  transferRecipient: 'Destinataire du transfert',
  country: 'Pays de destination',
  transferItems: 'Données transférées',
  channels: 'Comment nous pouvons vous envoyer de la publicité',
  nightShort: 'y compris la nuit (de 21 h à 8 h)',
  ch_email: 'E-mail',
  ch_sms: 'SMS',
  ch_push: 'Notification push de l’application',
  ch_phone: 'Appel téléphonique',
  ch_kakao: 'KakaoTalk',
  ch_post: 'Courrier postal',
  // the `notice` model's first layer, and the "Do not sell or share" link of the `opt-out` model
  noticeTitle: 'Information sur la protection des données',
  regionNoticeText:
    'Nous utilisons des cookies et des données personnelles pour les finalités ci-dessous. Vous pouvez modifier cela à tout moment dans les paramètres de confidentialité.',
  noticeOk: 'OK',
  optOutLink: 'Ne pas vendre ni partager mes informations personnelles',
  optOutDone: 'Votre demande est enregistrée : nous ne vendons plus et ne partageons plus vos informations personnelles.',
};
