// Cookie guide: the browsers' own labels in fr, keyed by the English label in the guides.
// Sources: Chromium's French translations for the Chrome desktop settings labels
// (https://chromium.googlesource.com/chromium/src/+/main/chrome/app/resources/generated_resources_fr.xtb), Firefox's
// French localization for Firefox on a computer (https://github.com/mozilla-l10n/firefox-l10n/tree/main/fr/browser).
// Everything else is unverified (see `checked`). Own texts follow the widget's French strings (vous, « » and no-break
// spaces before : ; ? !).
import type { LocaleChecks } from '../../guides/checks';
import type { StepLabels } from '../../types';

export const labels: StepLabels = {
  // Shared labels and our own texts
  Settings: 'Paramètres',
  'Many sites, including sign-in pages, stop working without cookies.':
    'Sans cookies, de nombreux sites ne fonctionnent plus, y compris leurs pages de connexion.',
  'Search for {site}': 'Recherchez {site}',
  'Tap {site}': 'Appuyez sur {site}',
  'Select {site}': 'Sélectionnez {site}',
  'Swipe left on {site}': 'Balayez {site} vers la gauche',
  'Search for {site} and select it': 'Recherchez {site} et sélectionnez-le',
  'On {site}, click the padlock in the address bar': 'Sur {site}, cliquez sur le cadenas dans la barre d’adresse',
  'On {site}, tap the padlock in the address bar': 'Sur {site}, appuyez sur le cadenas dans la barre d’adresse',
  'There is no setting for this: third-party cookies are already blocked.':
    'Aucun paramètre n’est prévu pour cela : les cookies tiers sont déjà bloqués.',
  Delete: 'Supprimer',
  'Delete (trash icon)': 'Supprimer (icône de corbeille)',
  'Cookies and site data': 'Cookies et données des sites',
  Cookies: 'Cookies',
  'Block all cookies': 'Bloquer tous les cookies',
  'Clear browsing data': 'Effacer les données de navigation',
  'Clear data': 'Effacer les données',
  // Chrome, Opera and Whale share the Chromium label; Chrome's reads « Depuis le début ».
  'Time range: All time': 'Période : Depuis le début',

  // Chrome on a computer: https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=fr
  // Read in Chromium's French translations: Confidentialité et sécurité, Cookies tiers, Bloquer les cookies tiers,
  // Paramètres des sites, Paramètres de contenu supplémentaires, Données des sites sur l'appareil, Voir toutes les
  // données et autorisations des sites, Supprimer les données de navigation, Période, Depuis le début, Cookies et
  // autres données des sites, Supprimer les données, Tous les sites. Not found there: the "Don't allow…" option and
  // "⋮ More" (Google's French help calls the button « Plus »).
  'Chrome on a computer': 'Chrome sur ordinateur',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=fr',
  '⋮ More': '⋮ Plus',
  'Privacy and security': 'Confidentialité et sécurité',
  'Third-party cookies': 'Cookies tiers',
  'Block third-party cookies': 'Bloquer les cookies tiers',
  'Site settings': 'Paramètres des sites',
  'Additional content settings': 'Paramètres de contenu supplémentaires',
  'On-device site data': 'Données des sites sur l’appareil',
  "Don't allow sites to save data on your device": 'Ne pas autoriser les sites à enregistrer des données sur votre appareil',
  'See all site data and permissions': 'Voir toutes les données et autorisations des sites',
  'Delete browsing data': 'Supprimer les données de navigation',
  'Cookies and other site data': 'Cookies et autres données des sites',
  'Delete data': 'Supprimer les données',

  // Chrome on Android (unverified): https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=fr
  'Chrome on Android': 'Chrome sur Android',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=fr',
  'Turn off saving site data': 'Désactivez l’enregistrement des données des sites',
  'All sites': 'Tous les sites',
  'Delete & reset': 'Supprimer et réinitialiser',

  // Chrome on iPhone and iPad (unverified): https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=fr
  'Chrome on iPhone and iPad': 'Chrome sur iPhone et iPad',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=fr',
  'Chrome on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Sur iPhone et iPad, Chrome repose sur WebKit d’Apple, qui bloque les cookies tiers par défaut.',
  'Chrome on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'Chrome sur iPhone et iPad ne permet pas de bloquer tous les cookies. Safari le permet (voir Safari sur iPhone et iPad).',
  'Chrome on iPhone and iPad cannot delete one site’s cookies; delete all cookies instead.':
    'Chrome sur iPhone et iPad ne permet pas de supprimer les cookies d’un seul site ; supprimez plutôt tous les cookies.',
  '⋯ More': '⋯ Plus',
  'Cookies, Site Data': 'Cookies, données de sites',

  // Safari on iPhone and iPad (unverified): https://support.apple.com/fr-fr/105082
  'Safari on iPhone and iPad': 'Safari sur iPhone et iPad',
  'https://support.apple.com/en-us/105082': 'https://support.apple.com/fr-fr/105082',
  'Safari blocks third-party cookies by default; “Prevent cross-site tracking” keeps it that way.':
    'Safari bloque les cookies tiers par défaut ; l’option « Empêcher le suivi intersite » maintient ce réglage.',
  'Settings app': 'App Réglages',
  Apps: 'Apps',
  'iOS 18 and later': 'iOS 18 et versions ultérieures',
  Safari: 'Safari',
  'Turn on “Prevent Cross-Site Tracking”': 'Activez « Empêcher le suivi intersite »',
  'Turn on “Block All Cookies”': 'Activez « Bloquer tous les cookies »',
  Advanced: 'Avancé',
  'Website Data': 'Données de sites web',
  'Clear History and Website Data': 'Effacer historique, données de site',
  Confirm: 'Confirmez',
  'This also clears Safari’s browsing history.': 'L’historique de navigation de Safari est également effacé.',

  // Safari on Mac (unverified): https://support.apple.com/fr-fr/guide/safari/sfri11471/mac
  'Safari on Mac': 'Safari sur Mac',
  'https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac': 'https://support.apple.com/fr-fr/guide/safari/sfri11471/mac',
  'Safari menu': 'Menu Safari',
  'Settings…': 'Réglages…',
  '“Preferences…” before macOS Ventura': '« Préférences… » avant macOS Ventura',
  Privacy: 'Confidentialité',
  'Turn on “Prevent cross-site tracking”': 'Activez « Empêcher le suivi intersite »',
  'Turn on “Block all cookies”': 'Activez « Bloquer tous les cookies »',
  'Block All': 'Tout bloquer',
  'Manage Website Data…': 'Gérer les données de sites web…',
  Remove: 'Supprimer',
  Done: 'OK',
  'Remove All': 'Tout supprimer',
  'Remove Now': 'Supprimer maintenant',

  // Microsoft Edge (unverified):
  // https://support.microsoft.com/fr-fr/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09
  'Microsoft Edge on a computer': 'Microsoft Edge sur ordinateur',
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09':
    'https://support.microsoft.com/fr-fr/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  '⋯ Settings and more': '⋯ Paramètres et plus',
  'Cookies and site permissions': 'Cookies et autorisations de site',
  'Manage and delete cookies and site data': 'Gérer et supprimer les cookies et les données de site',
  'Turn on “Block third-party cookies”': 'Activez « Bloquer les cookies tiers »',
  'Turn off “Allow sites to save and read cookie data”': 'Désactivez « Autoriser les sites à enregistrer et lire les données de cookie »',
  'See all cookies and site data': 'Afficher tous les cookies et données de site',
  'Privacy, search, and services': 'Confidentialité, recherche et services',
  'Choose what to clear': 'Choisir les éléments à effacer',
  'Clear now': 'Effacer maintenant',
  'Microsoft Edge on phones and tablets': 'Microsoft Edge sur téléphone et tablette',
  'On iPhone and iPad, Edge runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Sur iPhone et iPad, Edge repose sur WebKit d’Apple, qui bloque les cookies tiers par défaut.',
  '⋯ Menu': '⋯ Menu',
  'Edge on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Edge sur téléphone et tablette n’offre pas de moyen fiable de supprimer les cookies d’un site ; supprimez plutôt tous les cookies.',

  // Samsung Internet (unverified; Samsung keeps the English product name in French)
  'Samsung Internet': 'Samsung Internet',
  'https://privacy.samsunginter.net/': 'https://privacy.samsunginter.net/',
  'Menu names differ a little between Samsung Internet versions.':
    'Le nom des menus peut varier légèrement selon la version de Samsung Internet.',
  '≡ Menu': '≡ Menu',
  'Browsing privacy dashboard': 'Tableau de bord de confidentialité',
  'Turn off “Allow cookies”': 'Désactivez « Autoriser les cookies »',
  'Sites and downloads': 'Sites et téléchargements',
  'Manage website data': 'Gérer les données des sites web',
  'Personal browsing data': 'Données de navigation personnelles',

  // NAVER Whale (unverified; Chromium-style French labels, the French interface was not checked)
  'NAVER Whale on a computer': 'NAVER Whale sur ordinateur',
  'https://whale.naver.com/': 'https://whale.naver.com/',
  'NAVER Whale on phones and tablets': 'NAVER Whale sur téléphone et tablette',
  'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Sur iPhone et iPad, Whale repose sur WebKit d’Apple, qui bloque les cookies tiers par défaut.',
  'Whale on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Whale sur téléphone et tablette n’offre pas de moyen fiable de supprimer les cookies d’un site ; supprimez plutôt tous les cookies.',

  // Firefox on a computer: https://support.mozilla.org/fr/kb/clear-cookies-and-site-data-firefox
  // Read in Firefox's French localization (settings, clear-data dialog, site panel): Vie privée et sécurité
  // section names, Protection renforcée contre le pistage, Personnalisée, Tous les cookies, Cookies et données de sites,
  // Effacer les données…, Effacer, Effacer les cookies et les données de sites…, protection totale contre les cookies.
  // Not found in the stored copy: the newer option « Tous les cookies intersites » and the app menu button's name.
  'Firefox on a computer': 'Firefox sur ordinateur',
  'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox':
    'https://support.mozilla.org/fr/kb/clear-cookies-and-site-data-firefox',
  'Firefox’s standard protection already keeps each site’s third-party cookies in a separate jar (Total Cookie Protection).':
    'La protection standard de Firefox isole déjà les cookies tiers de chaque site (protection totale contre les cookies).',
  '☰ Open application menu': '☰ Ouvrir le menu de l’application',
  'Privacy & Security': 'Vie privée et sécurité',
  'Enhanced Tracking Protection': 'Protection renforcée contre le pistage',
  Custom: 'Personnalisée',
  'Cookies: All cross-site cookies': 'Cookies : Tous les cookies intersites',
  'Cookies: All cookies': 'Cookies : Tous les cookies',
  'Clear cookies and site data…': 'Effacer les cookies et les données de sites…',
  'Cookies and Site Data': 'Cookies et données de sites',
  'Clear Data…': 'Effacer les données…',
  Clear: 'Effacer',

  // Firefox on Android (unverified): https://support.mozilla.org/fr/kb/enhanced-tracking-protection-firefox-android
  'Firefox on Android': 'Firefox sur Android',
  'https://support.mozilla.org/en-US/kb/enhanced-tracking-protection-firefox-android':
    'https://support.mozilla.org/fr/kb/enhanced-tracking-protection-firefox-android',
  '⋮ Menu': '⋮ Menu',
  'All cross-site cookies': 'Tous les cookies intersites',
  'All cookies': 'Tous les cookies',
  'Clear cookies and site data': 'Effacer les cookies et les données de sites',

  // Firefox on iPhone and iPad (unverified): https://support.mozilla.org/fr/products/ios
  'Firefox on iPhone and iPad': 'Firefox sur iPhone et iPad',
  'https://support.mozilla.org/en-US/products/ios': 'https://support.mozilla.org/fr/products/ios',
  'Firefox on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Sur iPhone et iPad, Firefox repose sur WebKit d’Apple, qui bloque les cookies tiers par défaut.',
  'Firefox on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'Firefox sur iPhone et iPad ne permet pas de bloquer tous les cookies. Safari le permet (voir Safari sur iPhone et iPad).',
  '☰ Menu': '☰ Menu',
  'Data Management': 'Gestion des données',
  'Turn on “Cookies”': 'Activez « Cookies »',
  'Clear Private Data': 'Effacer les données privées',

  // Opera (unverified): Opera's help has no French page, so the English one stays.
  'Opera on a computer': 'Opera sur ordinateur',
  'https://help.opera.com/en/latest/web-preferences/': 'https://help.opera.com/en/latest/web-preferences/',
  'Older versions keep cookies under Privacy & security › Site settings › Cookies.':
    'Dans les versions plus anciennes, les cookies se trouvent sous Confidentialité et sécurité › Paramètres des sites › Cookies.',
  'Settings (Alt+P)': 'Paramètres (Alt+P)',
  'Privacy & security': 'Confidentialité et sécurité',
  'View permissions and data stored across sites': 'Afficher les autorisations et les données stockées sur les sites',
  'Opera on phones and tablets': 'Opera sur téléphone et tablette',
  'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Sur iPhone et iPad, Opera repose sur WebKit d’Apple, qui bloque les cookies tiers par défaut.',
  'Opera menu (profile icon)': 'Menu Opera (icône de profil)',
  'Opera on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Opera sur téléphone et tablette n’offre pas de moyen fiable de supprimer les cookies d’un site ; supprimez plutôt tous les cookies.',

  // Internet Explorer 11 (unverified):
  // https://support.microsoft.com/fr-fr/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d
  'Internet Explorer 11': 'Internet Explorer 11',
  'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d':
    'https://support.microsoft.com/fr-fr/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.':
    'Le mode Internet Explorer d’Edge utilise aussi ces paramètres ; ouvrez-les via Panneau de configuration Windows › Options Internet.',
  '⚙ Tools (Alt+X)': '⚙ Outils (Alt+X)',
  'Internet options': 'Options Internet',
  'Privacy tab': 'Onglet Confidentialité',
  'Override automatic cookie handling': 'Ignorer la gestion automatique des cookies',
  'if shown': 'si l’option s’affiche',
  'Third-party Cookies: Block': 'Cookies tierce partie : Refuser',
  OK: 'OK',
  'First-party Cookies: Block': 'Cookies internes : Refuser',
  'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.':
    'Internet Explorer ne permet pas de supprimer les cookies d’un seul site ; supprimez plutôt tous les cookies.',
  Safety: 'Sécurité',
  'Delete browsing history…': 'Supprimer l’historique de navigation…',
  'Cookies and website data': 'Cookies et données de sites web',

  // In-app browsers (unverified, none checked in the apps)
  '⋮ (top right)': '⋮ (en haut à droite)',
  '⋯ (top right)': '⋯ (en haut à droite)',
  'Open in Safari': 'Ouvrir dans Safari',
  // KakaoTalk: French is not among its interface languages as far as known, so its English labels are kept.
  KakaoTalk: 'KakaoTalk',
  'Open in another browser': 'Open in another browser',
  'Share icon (bottom right)': 'Icône de partage (en bas à droite)',
  // NAVER app: Korean interface only, so the Korean label the app shows, with a French gloss.
  'NAVER app': 'Application NAVER',
  'Open in default browser': '« 기본 브라우저로 열기 » (ouvrir dans le navigateur par défaut)',
  Instagram: 'Instagram',
  'Open in external browser': 'Ouvrir dans un navigateur externe',
  Facebook: 'Facebook',
  LINE: 'LINE',
  'Open in other app': 'Ouvrir dans une autre app',
  'Share icon': 'Icône de partage',
  'An app’s built-in browser': 'Navigateur intégré d’une application',
  'Look for “Open in browser” in the app’s menu': 'Cherchez « Ouvrir dans le navigateur » dans le menu de l’application',
};

/**
 * How sure these labels are, per guide id (`inapp-<id>` for in-app browsers); a guide not listed is
 * unverified. For tests and maintainers only.
 */
export const checked: LocaleChecks = {
  // Most labels read in Chromium's French translations; "⋮ More" and the "Don't allow…" option are not (see above).
  'chrome-desktop': 'official',
  // Most labels read in Firefox's French localization; « Tous les cookies intersites » and the menu button are not.
  'firefox-desktop': 'official',
};
