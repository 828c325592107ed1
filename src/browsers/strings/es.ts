// Cookie guide and cookie table strings: español.
import type { GuideStrings, TableStrings } from '../strings';

export const guide: GuideStrings = {
  title: 'Cómo gestionar las cookies en su navegador',
  intro:
    'Primero se muestran los pasos para el navegador que está usando. Abra cualquier otro navegador de la lista siguiente para ver sus pasos.',
  unknown: 'No hemos podido saber qué navegador está usando. Elija el suyo en la lista siguiente.',
  yourBrowser: 'Su navegador',
  others: 'Otros navegadores',
  tasks: {
    blockThirdParty: 'Bloquear las cookies de terceros',
    blockAll: 'Bloquear todas las cookies',
    deleteSite: 'Eliminar las cookies de este sitio',
    deleteAll: 'Eliminar todas las cookies',
  },
  help: 'Ayuda oficial: {browser}',
  newTab: '(se abre en una pestaña nueva)',
  asOf: 'Actualizado a {date}',
  legacy: 'Sin soporte',
  retired: 'Este navegador dejó de tener soporte el {date}. Por su seguridad, utilice un navegador actualizado.',
  shortcut: 'Atajo: escriba {url} en la barra de direcciones.',
  inAppNotice:
    'Está viendo esta página dentro de {app}. Su navegador integrado no permite gestionar las cookies, así que abra primero esta página en su navegador:',
  inAppThen: 'Después, siga los pasos para {browser}.',
  inAppFallback: 'Si no encuentra ese menú, copie la dirección de esta página y péguela en su navegador.',
  inAppOthers: 'Abierto dentro de una aplicación (KakaoTalk, NAVER, Instagram, Facebook, LINE)',
  android: 'Android',
  ios: 'iPhone y iPad',
  thisSite: 'este sitio',
};

export const table: TableStrings = {
  caption: 'Cookies que utiliza este sitio',
  name: 'Cookie',
  purpose: 'Finalidad',
  lifetime: 'Duración',
  party: 'Instalada por',
  provider: 'Proveedor',
  first: 'Este sitio (propia)',
  third: 'De terceros',
  empty: 'Este sitio no indica ninguna cookie.',
  own: 'Recuerda su consentimiento y sus preferencias de cookies',
};
export { labels } from './steps/es';
