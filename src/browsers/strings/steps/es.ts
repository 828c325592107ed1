// Cookie guide: the browsers' own labels in es, keyed by the English label in the guides.
import type { LocaleChecks } from '../../guides/checks';
import type { StepLabels } from '../../types';

export const labels: StepLabels = {
  // Shared by several guides. A `<browser or app>|<English>` key gives one browser's own wording where it differs.
  Settings: 'Configuración',
  'firefox|Settings': 'Ajustes',
  'samsung|Settings': 'Ajustes',
  Delete: 'Eliminar',
  Cookies: 'Cookies',
  Privacy: 'Privacidad',
  'Many sites, including sign-in pages, stop working without cookies.':
    'Muchos sitios, incluidas las páginas de inicio de sesión, dejan de funcionar sin cookies.',
  'Search for {site}': 'Busque {site}',
  'Delete (trash icon)': 'Eliminar (icono de papelera)',

  // Chrome (es). Labels from knowledge, not checked against a Spanish source for this version. Google's Latin American
  // help page https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid shows older names
  // («Borrar datos de navegación», «Todos»).
  'Chrome on a computer': 'Chrome en un ordenador',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=es',
  '⋮ More': '⋮ Más',
  'Privacy and security': 'Privacidad y seguridad',
  'Third-party cookies': 'Cookies de terceros',
  'Block third-party cookies': 'Bloquear cookies de terceros',
  'Site settings': 'Configuración de sitios',
  'Additional content settings': 'Configuración de contenido adicional',
  'On-device site data': 'Datos de sitios en el dispositivo',
  "Don't allow sites to save data on your device": 'No permitir que los sitios guarden datos en tu dispositivo',
  'See all site data and permissions': 'Ver todos los datos y permisos de sitios',
  'Delete browsing data': 'Eliminar datos de navegación',
  'Time range: All time': 'Intervalo de tiempo: Desde siempre',
  'Cookies and other site data': 'Cookies y otros datos de sitios',
  'Delete data': 'Eliminar datos',
  'Chrome on Android': 'Chrome en Android',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=es',
  'Turn off saving site data': 'Desactivar el guardado de datos de sitios',
  'All sites': 'Todos los sitios',
  'Tap {site}': 'Toque {site}',
  'Delete & reset': 'Eliminar y restablecer',
  'Cookies and site data': 'Cookies y datos de sitios',
  'Chrome on iPhone and iPad': 'Chrome en iPhone y iPad',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=es',
  'Chrome on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Chrome en iPhone y iPad funciona con WebKit de Apple, que bloquea las cookies de terceros de forma predeterminada.',
  'There is no setting for this: third-party cookies are already blocked.':
    'No hay ningún ajuste para esto: las cookies de terceros ya están bloqueadas.',
  'Chrome on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'Chrome en iPhone y iPad no puede bloquear todas las cookies. Safari sí puede (consulte Safari en iPhone y iPad).',
  'Chrome on iPhone and iPad cannot delete one site’s cookies; delete all cookies instead.':
    'Chrome en iPhone y iPad no puede eliminar las cookies de un solo sitio; elimine todas las cookies.',
  '⋯ More': '⋯ Más',
  'Cookies, Site Data': 'Cookies, datos de sitios',

  // Safari (Apple, es-ES). «Ajustes › Safari › Avanzado › Datos de sitios web», «Eliminar», «Bloquear todas las cookies»:
  // https://www.empresadeserviciosweb.com/como-actualizar-la-configuracion-de-cookies-en-safari (third party);
  // «Impedir (el) seguimiento entre sitios», iOS 18 «Apps» and the macOS buttons are from knowledge.
  'Safari on iPhone and iPad': 'Safari en iPhone y iPad',
  'https://support.apple.com/en-us/105082': 'https://support.apple.com/es-es/105082',
  'Safari blocks third-party cookies by default; “Prevent cross-site tracking” keeps it that way.':
    'Safari bloquea las cookies de terceros de forma predeterminada; «Impedir el seguimiento entre sitios» lo mantiene así.',
  'Settings app': 'App Ajustes',
  Apps: 'Apps',
  'iOS 18 and later': 'iOS 18 y posterior',
  Safari: 'Safari',
  'Turn on “Prevent Cross-Site Tracking”': 'Activar «Impedir seguimiento entre sitios»',
  'Turn on “Block All Cookies”': 'Activar «Bloquear todas las cookies»',
  Advanced: 'Avanzado',
  'Website Data': 'Datos de sitios web',
  'Swipe left on {site}': 'Deslice {site} hacia la izquierda',
  'Clear History and Website Data': 'Borrar historial y datos de sitios web',
  Confirm: 'Confirme',
  'This also clears Safari’s browsing history.': 'Esto también borra el historial de navegación de Safari.',
  'Safari on Mac': 'Safari en Mac',
  'https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac': 'https://support.apple.com/es-es/guide/safari/sfri11471/mac',
  'Safari menu': 'Menú Safari',
  'Settings…': 'Ajustes…',
  '“Preferences…” before macOS Ventura': '«Preferencias…» antes de macOS Ventura',
  'Turn on “Prevent cross-site tracking”': 'Activar «Impedir el seguimiento entre sitios»',
  'Turn on “Block all cookies”': 'Activar «Bloquear todas las cookies»',
  'Block All': 'Bloquear todas',
  'Manage Website Data…': 'Gestionar datos de sitios web…',
  'Search for {site} and select it': 'Busque {site} y selecciónelo',
  Remove: 'Eliminar',
  Done: 'OK',
  'Remove All': 'Eliminar todo',
  'Remove Now': 'Eliminar ahora',

  // Microsoft Edge (es-ES). From knowledge, not checked against a Spanish source.
  'Microsoft Edge on a computer': 'Microsoft Edge en un ordenador',
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09':
    'https://support.microsoft.com/es-es/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  '⋯ Settings and more': '⋯ Configuración y más',
  'Cookies and site permissions': 'Cookies y permisos del sitio',
  'Manage and delete cookies and site data': 'Administrar y eliminar cookies y datos del sitio',
  'Turn on “Block third-party cookies”': 'Activar «Bloquear cookies de terceros»',
  'Turn off “Allow sites to save and read cookie data”': 'Desactivar «Permitir que los sitios guarden y lean datos de cookies»',
  'See all cookies and site data': 'Ver todas las cookies y datos del sitio',
  'Privacy, search, and services': 'Privacidad, búsqueda y servicios',
  // Whale and Opera (Chromium) say «Borrar datos de navegación»; Edge has its own wording.
  'Clear browsing data': 'Borrar datos de navegación',
  'edge|Clear browsing data': 'Borrar datos de exploración',
  'edge|Time range: All time': 'Intervalo de tiempo: Todo el tiempo',
  'edge|Cookies and other site data': 'Cookies y otros datos del sitio',
  'edge|Cookies and site data': 'Cookies y datos del sitio',
  'Choose what to clear': 'Elegir lo que se debe borrar',
  'Clear now': 'Borrar ahora',
  'Microsoft Edge on phones and tablets': 'Microsoft Edge en móviles y tabletas',
  'On iPhone and iPad, Edge runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'En iPhone y iPad, Edge funciona con WebKit de Apple, que bloquea las cookies de terceros de forma predeterminada.',
  '⋯ Menu': '⋯ Menú',
  'Block all cookies': 'Bloquear todas las cookies',
  'Edge on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Edge en móviles y tabletas no ofrece una forma fiable de eliminar las cookies de un solo sitio; elimine todas las cookies.',
  'Clear data': 'Borrar datos',

  // Samsung Internet. From knowledge; menu names vary between versions.
  'Samsung Internet': 'Samsung Internet',
  'https://privacy.samsunginter.net/': 'https://privacy.samsunginter.net/',
  'Menu names differ a little between Samsung Internet versions.':
    'Los nombres de los menús varían un poco según la versión de Samsung Internet.',
  '≡ Menu': '≡ Menú',
  'Browsing privacy dashboard': 'Panel de privacidad de navegación',
  'Turn off “Allow cookies”': 'Desactivar «Permitir cookies»',
  'Sites and downloads': 'Sitios y descargas',
  'Manage website data': 'Administrar datos de sitios web',
  'Select {site}': 'Seleccione {site}',
  'Personal browsing data': 'Datos de navegación personales',

  // NAVER Whale (Chromium-based). From knowledge; whether Whale mobile offers a Spanish interface was not checked.
  'NAVER Whale on a computer': 'NAVER Whale en un ordenador',
  'https://whale.naver.com/': 'https://whale.naver.com/',
  'NAVER Whale on phones and tablets': 'NAVER Whale en móviles y tabletas',
  'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'En iPhone y iPad, Whale funciona con WebKit de Apple, que bloquea las cookies de terceros de forma predeterminada.',
  'Whale on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Whale en móviles y tabletas no ofrece una forma fiable de eliminar las cookies de un solo sitio; elimine todas las cookies.',

  // Firefox (es-ES), from Mozilla's own es-ES translations: https://github.com/mozilla-l10n/firefox-l10n (desktop)
  // and https://github.com/mozilla-l10n/android-l10n (Firefox for Android).
  // Settings: «Ajustes» (settings-page-title). Not read there: "Remove" (the shared «Eliminar»; newer versions show «Limpiar datos»).
  'firefox|Cookies and site data': 'Cookies y datos del sitio',
  'Firefox on a computer': 'Firefox en un ordenador',
  'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox':
    'https://support.mozilla.org/es/kb/clear-cookies-and-site-data-firefox',
  'Firefox’s standard protection already keeps each site’s third-party cookies in a separate jar (Total Cookie Protection).':
    'La protección estándar de Firefox ya guarda las cookies de terceros de cada sitio por separado (protección total contra cookies).',
  '☰ Open application menu': '☰ Abrir menú de aplicación',
  'Privacy & Security': 'Privacidad & Seguridad',
  // Desktop: «Protección contra el rastreo mejorada»; Android: «Protección contra rastreo mejorada».
  'Enhanced Tracking Protection': 'Protección contra el rastreo mejorada',
  Custom: 'Personalizado',
  'Cookies: All cross-site cookies': 'Cookies: Todas las cookies entre sitios',
  'Cookies: All cookies': 'Cookies: Todas las cookies',
  'On {site}, click the padlock in the address bar': 'En {site}, haga clic en el candado de la barra de direcciones',
  'Clear cookies and site data…': 'Limpiar cookies y datos del sitio…',
  'Cookies and Site Data': 'Cookies y datos del sitio',
  'Clear Data…': 'Limpiar datos…',
  Clear: 'Limpiar',
  'Firefox on Android': 'Firefox en Android',
  'https://support.mozilla.org/en-US/kb/enhanced-tracking-protection-firefox-android':
    'https://support.mozilla.org/es/kb/enhanced-tracking-protection-firefox-android',
  '⋮ Menu': '⋮ Menú',
  // Firefox for Android (es-ES) names this option «Todas las cookies de terceros (puede causar errores en los sitios web)».
  'All cross-site cookies': 'Todas las cookies de terceros',
  'All cookies': 'Todas las cookies',
  'On {site}, tap the padlock in the address bar': 'En {site}, toque el candado de la barra de direcciones',
  // Not found in the Android translation file; the desktop wording is used.
  'Clear cookies and site data': 'Limpiar cookies y datos del sitio',
  'Firefox on iPhone and iPad': 'Firefox en iPhone y iPad',
  'https://support.mozilla.org/en-US/products/ios': 'https://support.mozilla.org/es/products/ios',
  'Firefox on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Firefox en iPhone y iPad funciona con WebKit de Apple, que bloquea las cookies de terceros de forma predeterminada.',
  'Firefox on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'Firefox en iPhone y iPad no puede bloquear todas las cookies. Safari sí puede (consulte Safari en iPhone y iPad).',
  // Firefox for iOS: from knowledge, not checked.
  '☰ Menu': '☰ Menú',
  'Data Management': 'Gestión de datos',
  'Turn on “Cookies”': 'Activar «Cookies»',
  'Clear Private Data': 'Limpiar datos privados',

  // Opera. From knowledge; no Spanish version of Opera's help page was found, so the English page is kept.
  'Opera on a computer': 'Opera en un ordenador',
  'https://help.opera.com/en/latest/web-preferences/': 'https://help.opera.com/en/latest/web-preferences/',
  'Older versions keep cookies under Privacy & security › Site settings › Cookies.':
    'En versiones anteriores, las cookies están en Privacidad y seguridad › Configuración de sitios › Cookies.',
  'Settings (Alt+P)': 'Configuración (Alt+P)',
  'Privacy & security': 'Privacidad y seguridad',
  'View permissions and data stored across sites': 'Ver permisos y datos almacenados en todos los sitios',
  'Opera on phones and tablets': 'Opera en móviles y tabletas',
  'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'En iPhone y iPad, Opera funciona con WebKit de Apple, que bloquea las cookies de terceros de forma predeterminada.',
  'Opera menu (profile icon)': 'Menú de Opera (icono de perfil)',
  'Opera on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Opera en móviles y tabletas no ofrece una forma fiable de eliminar las cookies de un solo sitio; elimine todas las cookies.',

  // Internet Explorer 11 (es-ES), third-party pages: http://www.edarling.es/ayuda/registro-y-acceso-la-cuenta (Opciones
  // avanzadas, Invalidar…, Cookies de origen/de terceros) and https://www.rompecadenas.com.ar/articulos/eliminar-las-cookies.php.
  'Internet Explorer 11': 'Internet Explorer 11',
  'ie|Advanced': 'Opciones avanzadas',
  'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d':
    'https://support.microsoft.com/es-es/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.':
    'El modo Internet Explorer de Microsoft Edge también usa estos ajustes; se abren en Panel de control › Opciones de Internet.',
  '⚙ Tools (Alt+X)': '⚙ Herramientas (Alt+X)',
  'Internet options': 'Opciones de Internet',
  'Privacy tab': 'Pestaña Privacidad',
  'Override automatic cookie handling': 'Invalidar la administración automática de cookies',
  'if shown': 'si aparece',
  'Third-party Cookies: Block': 'Cookies de terceros: Bloquear',
  OK: 'Aceptar',
  'First-party Cookies: Block': 'Cookies de origen: Bloquear',
  'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.':
    'Internet Explorer no puede eliminar las cookies de un solo sitio; elimine todas las cookies.',
  Safety: 'Seguridad',
  'Delete browsing history…': 'Eliminar el historial de exploración…',
  'Cookies and website data': 'Cookies y datos del sitio web',

  // In-app browsers. From knowledge, not checked in the apps. KakaoTalk, LINE, Instagram and Facebook are believed to
  // offer a Spanish interface (not checked); the NAVER app is not known to have one.
  KakaoTalk: 'KakaoTalk',
  '⋮ (top right)': '⋮ (arriba a la derecha)',
  'Open in another browser': 'Abrir en otro navegador',
  'Share icon (bottom right)': 'Icono de compartir (abajo a la derecha)',
  'Open in Safari': 'Abrir en Safari',
  // NAVER app: no Spanish interface known, so the English menu labels it shows (assumed, not checked) are kept.
  'naver|Open in Safari': 'Open in Safari',
  'NAVER app': 'Aplicación de NAVER',
  'Open in default browser': 'Open in default browser',
  '⋯ (top right)': '⋯ (arriba a la derecha)',
  Instagram: 'Instagram',
  'Open in external browser': 'Abrir en navegador externo',
  Facebook: 'Facebook',
  LINE: 'LINE',
  'Open in other app': 'Abrir en otra app',
  'Share icon': 'Icono de compartir',
  'An app’s built-in browser': 'Navegador integrado de una aplicación',
  'Look for “Open in browser” in the app’s menu': 'Busque «Abrir en el navegador» en el menú de la aplicación',
};

/**
 * How sure these labels are, per guide id (`inapp-<id>` for in-app browsers); a guide not listed is
 * unverified. For tests and maintainers only.
 */
export const checked: LocaleChecks = {
  'firefox-desktop': 'official',
  ie: 'secondary',
};
