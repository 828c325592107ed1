/** The Spanish first layer's texts (see ../es.ts), in their own module: the widget loads only the page locale's first layer before the banner. */
import type { banner as enBanner } from './en';

export const reopen = 'Configuración de privacidad';

export const banner: typeof enBanner = {
  bannerTitle: 'Cookies y datos personales: su consentimiento',
  bannerText:
    'Las cookies y los datos personales que no son estrictamente necesarios para el servicio solo se utilizan para las finalidades indicadas a continuación que usted acepte. Tiene derecho a negarse; las consecuencias de no dar su consentimiento se indican para cada finalidad en «Personalizar». Puede cambiar sus respuestas en cualquier momento.',
  policy: 'Política de privacidad',
  agreeAll: 'Aceptar todo',
  disagreeAll: 'Rechazar todo',
  requiredOnly: 'Solo las necesarias',
  choose: 'Personalizar',
  reopen,
  loading: 'Cargando la configuración…',
  loadFailed: 'No se ha podido cargar la configuración. Vuelva a intentarlo en unos momentos.',
  failed: 'No se ha podido guardar su elección. Vuelva a intentarlo.',
  itemsLabel: 'Finalidades',
  required: 'Necesario',
  optional: 'Opcional',
  notice: 'Información',
  separately: 'se pregunta por separado en «Personalizar»',
  items: 'Datos recogidos',
  recipient: 'Destinatario',
  recipientItems: 'Datos comunicados',
  transferRecipient: 'Destinatario de la transferencia',
  country: 'País de destino',
  transferItems: 'Datos transferidos',
  channels: 'Cómo podemos enviarle publicidad',
  nightShort: 'también de noche (de 21:00 a 8:00)',
  ch_email: 'Correo electrónico',
  ch_sms: 'SMS',
  ch_push: 'Notificación push de la aplicación',
  ch_phone: 'Llamada telefónica',
  ch_kakao: 'KakaoTalk',
  ch_post: 'Correo postal',
  // the `notice` model's first layer, and the "Do not sell or share" link of the `opt-out` model
  noticeTitle: 'Aviso de privacidad',
  regionNoticeText:
    'Usamos cookies y datos personales para los fines que se indican a continuación. Puede cambiarlo en cualquier momento en la configuración de privacidad.',
  noticeOk: 'Aceptar',
  optOutLink: 'No vender ni compartir mi información personal',
  optOutDone: 'Su solicitud ha quedado registrada: ya no vendemos ni compartimos su información personal.',
};
