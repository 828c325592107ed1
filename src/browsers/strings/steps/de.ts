// Cookie guide: the browsers' own labels in de, keyed by the English label in the guides.
import type { LocaleChecks } from '../../guides/checks';
import type { StepLabels } from '../../types';

export const labels: StepLabels = {
  // Shared by several guides (Chromium spelling); a `<browser>|<English>` key below overrides one browser's spelling.
  Settings: 'Einstellungen',
  Delete: 'Löschen',
  Cookies: 'Cookies',
  Privacy: 'Datenschutz',
  Advanced: 'Erweitert',
  Remove: 'Entfernen',
  'Many sites, including sign-in pages, stop working without cookies.':
    'Ohne Cookies funktionieren viele Websites nicht mehr richtig, auch Anmeldeseiten.',
  'Search for {site}': 'Suchen Sie nach {site}',
  'There is no setting for this: third-party cookies are already blocked.':
    'Dafür gibt es keine Einstellung: Drittanbieter-Cookies sind bereits blockiert.',
  'Block all cookies': 'Alle Cookies blockieren',
  'Block third-party cookies': 'Drittanbieter-Cookies blockieren',
  'Clear browsing data': 'Browserdaten löschen',
  'Clear data': 'Daten löschen',
  'Cookies and site data': 'Cookies und Websitedaten',
  'Cookies and other site data': 'Cookies und andere Websitedaten',
  'Time range: All time': 'Zeitraum: Gesamte Zeit',
  'Delete (trash icon)': 'Löschen (Papierkorbsymbol)',
  'Turn on “Block third-party cookies”': '„Drittanbieter-Cookies blockieren“ aktivieren',
  'Turn off “Allow cookies”': '„Cookies zulassen“ deaktivieren',
  'See all cookies and site data': 'Alle Cookies und Websitedaten anzeigen',
  '⋯ Menu': '⋯ Menü',
  '≡ Menu': '≡ Menü',

  // Chrome. https://support.google.com/chrome/answer/95647?hl=de (Desktop and Android) and
  // https://support.google.com/chrome/answer/114662?hl=de: Dreipunkt-Menü, Datenschutz und Sicherheit, Drittanbieter-Cookies,
  // Website-Einstellungen, Alle Websitedaten und -berechtigungen ansehen, Browserdaten löschen, Gesamte Zeit, Cookies und
  // Websitedaten, Daten löschen. "Zusätzliche Inhaltseinstellungen" and "Websitedaten auf dem Gerät" from the German
  // privacyguides.org text (secondary). Chrome's German UI says "du", so the option is quoted in that form (unverified).
  'Chrome on a computer': 'Chrome auf dem Computer',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=de',
  '⋮ More': '⋮ Dreipunkt-Menü',
  'Privacy and security': 'Datenschutz und Sicherheit',
  'Third-party cookies': 'Drittanbieter-Cookies',
  'Site settings': 'Website-Einstellungen',
  'Additional content settings': 'Zusätzliche Inhaltseinstellungen',
  'On-device site data': 'Websitedaten auf dem Gerät',
  "Don't allow sites to save data on your device": 'Websites nicht erlauben, Daten auf deinem Gerät zu speichern',
  'See all site data and permissions': 'Alle Websitedaten und -berechtigungen ansehen',
  'Delete browsing data': 'Browserdaten löschen',
  'Delete data': 'Daten löschen',
  'Chrome on Android': 'Chrome auf Android-Geräten',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=de',
  'Turn off saving site data': 'Speichern von Websitedaten deaktivieren',
  'All sites': 'Alle Websites',
  'Tap {site}': 'Tippen Sie auf {site}',
  'Delete & reset': 'Löschen und zurücksetzen',
  'Chrome on iPhone and iPad': 'Chrome auf iPhone und iPad',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=de',
  'Chrome on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Chrome auf iPhone und iPad basiert auf Apples WebKit, das Drittanbieter-Cookies standardmäßig blockiert.',
  'Chrome on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'Chrome auf iPhone und iPad kann nicht alle Cookies blockieren. Safari kann es (siehe Safari auf iPhone und iPad).',
  'Chrome on iPhone and iPad cannot delete one site’s cookies; delete all cookies instead.':
    'In Chrome auf iPhone und iPad lassen sich die Cookies einer einzelnen Website nicht löschen. Löschen Sie stattdessen alle Cookies.',
  '⋯ More': '⋯ Mehr',
  'Cookies, Site Data': 'Cookies, Websitedaten',

  // Safari. Secondary: giga.de, macwelt.de, itfuermutti.de (iOS: Erweitert, Website-Daten, Verlauf und Websitedaten
  // löschen), the German privacyguides.org text (iOS: Cross-Sitetracking verhindern), enigmasoftware.de (Mac: Datenschutz,
  // Websitedaten verwalten, Alle entfernen, Jetzt entfernen). German macOS called "Preferences…" "Einstellungen …" too.
  'Safari on iPhone and iPad': 'Safari auf iPhone und iPad',
  'https://support.apple.com/en-us/105082': 'https://support.apple.com/de-de/105082',
  'Safari blocks third-party cookies by default; “Prevent cross-site tracking” keeps it that way.':
    'Safari blockiert Drittanbieter-Cookies standardmäßig; der Schutz vor websiteübergreifendem Tracking sorgt dafür, dass es so bleibt.',
  'Settings app': 'App „Einstellungen“',
  Apps: 'Apps',
  'iOS 18 and later': 'ab iOS 18',
  Safari: 'Safari',
  'Turn on “Prevent Cross-Site Tracking”': '„Cross-Sitetracking verhindern“ aktivieren',
  'Turn on “Block All Cookies”': '„Alle Cookies blockieren“ aktivieren',
  'Website Data': 'Website-Daten',
  'Swipe left on {site}': 'Wischen Sie auf {site} nach links',
  'Clear History and Website Data': 'Verlauf und Websitedaten löschen',
  Confirm: 'Bestätigen',
  'This also clears Safari’s browsing history.': 'Dabei wird auch der Verlauf von Safari gelöscht.',
  'Safari on Mac': 'Safari auf dem Mac',
  'https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac': 'https://support.apple.com/de-de/guide/safari/sfri11471/mac',
  'Safari menu': 'Menü „Safari“',
  'Settings…': 'Einstellungen …',
  '“Preferences…” before macOS Ventura': 'vor macOS Ventura ebenfalls „Einstellungen …“',
  'Turn on “Prevent cross-site tracking”': '„Websiteübergreifendes Tracking verhindern“ aktivieren',
  'Turn on “Block all cookies”': '„Alle Cookies blockieren“ aktivieren',
  'Block All': 'Alle blockieren',
  'Manage Website Data…': 'Websitedaten verwalten …',
  'Search for {site} and select it': 'Suchen Sie nach {site} und wählen Sie den Eintrag aus',
  Done: 'Fertig',
  'Remove All': 'Alle entfernen',
  'Remove Now': 'Jetzt entfernen',

  // Microsoft Edge. Secondary: illume-akademie.de (Einstellungen, Cookies und Websiteberechtigungen), elektronik.deuaq.com
  // (Datenschutz, Suche und Dienste); the other labels are unverified.
  'Microsoft Edge on a computer': 'Microsoft Edge auf dem Computer',
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09':
    'https://support.microsoft.com/de-de/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  '⋯ Settings and more': '⋯ Einstellungen und mehr',
  'Cookies and site permissions': 'Cookies und Websiteberechtigungen',
  'Manage and delete cookies and site data': 'Cookies und Websitedaten verwalten und löschen',
  'Turn off “Allow sites to save and read cookie data”': '„Websites das Speichern und Lesen von Cookiedaten erlauben“ deaktivieren',
  'Privacy, search, and services': 'Datenschutz, Suche und Dienste',
  'Choose what to clear': 'Zu löschende Elemente auswählen',
  'Clear now': 'Jetzt löschen',
  'Microsoft Edge on phones and tablets': 'Microsoft Edge auf Smartphone und Tablet',
  'On iPhone and iPad, Edge runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Auf iPhone und iPad basiert Edge auf Apples WebKit, das Drittanbieter-Cookies standardmäßig blockiert.',
  'Edge on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Edge auf Smartphone und Tablet kann Cookies einzelner Websites nicht zuverlässig löschen. Löschen Sie stattdessen alle Cookies.',

  // Samsung Internet (the vendor keeps the English product name in German). Unverified.
  'Samsung Internet': 'Samsung Internet',
  'https://privacy.samsunginter.net/': 'https://privacy.samsunginter.net/',
  'Menu names differ a little between Samsung Internet versions.':
    'Je nach Version von Samsung Internet können die Menünamen leicht abweichen.',
  'Browsing privacy dashboard': 'Datenschutz-Dashboard',
  'Sites and downloads': 'Seiten und Downloads',
  'Manage website data': 'Websitedaten verwalten',
  'Select {site}': 'Wählen Sie {site} aus',
  'Personal browsing data': 'Persönliche Browserdaten',

  // NAVER Whale (official name outside Korea). Labels follow the Chromium German wording; unverified.
  'NAVER Whale on a computer': 'NAVER Whale auf dem Computer',
  'https://whale.naver.com/': 'https://whale.naver.com/',
  'NAVER Whale on phones and tablets': 'NAVER Whale auf Smartphone und Tablet',
  'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Auf iPhone und iPad basiert Whale auf Apples WebKit, das Drittanbieter-Cookies standardmäßig blockiert.',
  'Whale on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Whale auf Smartphone und Tablet kann Cookies einzelner Websites nicht zuverlässig löschen. Löschen Sie stattdessen alle Cookies.',

  // Firefox. Desktop: Firefox's German translation (mozilla-l10n/firefox-l10n, de: preferences.ftl, appmenu.ftl,
  // browser.ftl identity-clear-site-data, preferences/clearSiteData.ftl). Android: Firefox for Android's German
  // strings.xml (mozilla-l10n/android-l10n); its cookie option still reads "Alle Cookies von Drittanbietern (…)".
  // iOS: unverified.
  'Firefox on a computer': 'Firefox auf dem Computer',
  'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox':
    'https://support.mozilla.org/de/kb/clear-cookies-and-site-data-firefox',
  'Firefox’s standard protection already keeps each site’s third-party cookies in a separate jar (Total Cookie Protection).':
    'Schon mit dem Standard-Schutz legt Firefox die Drittanbieter-Cookies jeder Website getrennt ab (vollständiger Cookie-Schutz).',
  '☰ Open application menu': '☰ Anwendungsmenü öffnen',
  'Privacy & Security': 'Datenschutz & Sicherheit',
  'Enhanced Tracking Protection': 'Verbesserter Schutz vor Aktivitätenverfolgung',
  Custom: 'Benutzerdefiniert',
  'Cookies: All cross-site cookies': 'Cookies: Alle seitenübergreifenden Cookies',
  'Cookies: All cookies': 'Cookies: Alle Cookies',
  'On {site}, click the padlock in the address bar': 'Öffnen Sie {site} und klicken Sie in der Adressleiste auf das Schloss-Symbol',
  'Clear cookies and site data…': 'Cookies und Website-Daten löschen…',
  'Cookies and Site Data': 'Cookies und Website-Daten',
  'Clear Data…': 'Daten entfernen…',
  Clear: 'Leeren',
  'Firefox on Android': 'Firefox auf Android-Geräten',
  'https://support.mozilla.org/en-US/kb/enhanced-tracking-protection-firefox-android':
    'https://support.mozilla.org/de/kb/enhanced-tracking-protection-firefox-android',
  '⋮ Menu': '⋮ Menü',
  'All cross-site cookies': 'Alle Cookies von Drittanbietern',
  'All cookies': 'Alle Cookies',
  'On {site}, tap the padlock in the address bar': 'Öffnen Sie {site} und tippen Sie in der Adressleiste auf das Schloss-Symbol',
  'Clear cookies and site data': 'Cookies und Website-Daten löschen',
  'firefox|Delete browsing data': 'Browser-Daten löschen',
  'firefox|Cookies and site data': 'Cookies und Website-Daten',
  'Firefox on iPhone and iPad': 'Firefox auf iPhone und iPad',
  'https://support.mozilla.org/en-US/products/ios': 'https://support.mozilla.org/de/products/ios',
  'Firefox on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Firefox auf iPhone und iPad basiert auf Apples WebKit, das Drittanbieter-Cookies standardmäßig blockiert.',
  'Firefox on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'Firefox auf iPhone und iPad kann nicht alle Cookies blockieren. Safari kann es (siehe Safari auf iPhone und iPad).',
  '☰ Menu': '☰ Menü',
  'Data Management': 'Datenverwaltung',
  'Turn on “Cookies”': '„Cookies“ aktivieren',
  'Clear Private Data': 'Private Daten löschen',

  // Opera. Labels follow the Chromium German wording ("Nach Websites sortierte Berechtigungen und gespeicherte Daten
  // aufrufen" as quoted on https://support.google.com/chrome/answer/114662?hl=de); unverified in Opera itself.
  'Opera on a computer': 'Opera auf dem Computer',
  // no German page on help.opera.com could be confirmed: the English one stays
  'https://help.opera.com/en/latest/web-preferences/': 'https://help.opera.com/en/latest/web-preferences/',
  'Older versions keep cookies under Privacy & security › Site settings › Cookies.':
    'In älteren Versionen finden Sie die Cookies unter Datenschutz und Sicherheit › Website-Einstellungen › Cookies.',
  'Settings (Alt+P)': 'Einstellungen (Alt+P)',
  'Privacy & security': 'Datenschutz und Sicherheit',
  'View permissions and data stored across sites': 'Nach Websites sortierte Berechtigungen und gespeicherte Daten aufrufen',
  'Opera on phones and tablets': 'Opera auf Smartphone und Tablet',
  'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'Auf iPhone und iPad basiert Opera auf Apples WebKit, das Drittanbieter-Cookies standardmäßig blockiert.',
  'Opera menu (profile icon)': 'Opera-Menü (Profilsymbol)',
  'Opera on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'Opera auf Smartphone und Tablet kann Cookies einzelner Websites nicht zuverlässig löschen. Löschen Sie stattdessen alle Cookies.',

  // Internet Explorer 11. Extras, Internetoptionen, Registerkarte „Datenschutz“, Browserverlauf löschen from German
  // third-party guides (ger.digiist.com, way-of-ella.com); the advanced privacy options are unverified.
  'Internet Explorer 11': 'Internet Explorer 11',
  'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d':
    'https://support.microsoft.com/de-de/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.':
    'Auch der Internet Explorer-Modus in Microsoft Edge nutzt diese Einstellungen; zu finden unter Systemsteuerung › Internetoptionen.',
  '⚙ Tools (Alt+X)': '⚙ Extras (Alt+X)',
  'Internet options': 'Internetoptionen',
  'Privacy tab': 'Registerkarte „Datenschutz“',
  'Override automatic cookie handling': 'Automatische Cookiebehandlung aufheben',
  'if shown': 'falls angezeigt',
  'Third-party Cookies: Block': 'Cookies von Drittanbietern: Blocken',
  OK: 'OK',
  'First-party Cookies: Block': 'Cookies von Erstanbietern: Blocken',
  'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.':
    'Im Internet Explorer lassen sich die Cookies einer einzelnen Website nicht löschen. Löschen Sie stattdessen alle Cookies.',
  Safety: 'Sicherheit',
  'Delete browsing history…': 'Browserverlauf löschen…',
  'Cookies and website data': 'Cookies und Websitedaten',

  // In-app browsers (all unverified). Position hints are our own words. KakaoTalk and the NAVER app have no German
  // interface, so their menu items stay in the English they show instead ("Open in Safari" is shared with LINE, which
  // may show "In Safari öffnen" in German). Instagram and Facebook have a German interface.
  KakaoTalk: 'KakaoTalk',
  '⋮ (top right)': '⋮ (oben rechts)',
  'Open in another browser': 'Open in another browser',
  'Share icon (bottom right)': 'Teilen-Symbol (unten rechts)',
  'Open in Safari': 'Open in Safari',
  'NAVER app': 'NAVER App',
  'Open in default browser': 'Open in default browser',
  '⋯ (top right)': '⋯ (oben rechts)',
  Instagram: 'Instagram',
  'Open in external browser': 'In externem Browser öffnen',
  Facebook: 'Facebook',
  LINE: 'LINE',
  'Open in other app': 'In anderer App öffnen',
  'Share icon': 'Teilen-Symbol',
  'An app’s built-in browser': 'Integrierter Browser einer App',
  'Look for “Open in browser” in the app’s menu': 'Suchen Sie im Menü der App nach „Im Browser öffnen“',
};

/**
 * How sure these labels are, per guide id (`inapp-<id>` for in-app browsers); a guide not listed is
 * unverified. For tests and maintainers only.
 */
export const checked: LocaleChecks = {
  // Google's German help page for most of the path; two blockAll labels secondary, the blockAll option unverified
  'chrome-desktop': 'secondary',
  // chrome-android (unverified): only the deleteAll path is on Google's German help page
  'safari-ios': 'secondary',
  'safari-macos': 'secondary',
  // edge-desktop (unverified): main path secondary, the options unverified
  // Firefox's own German translation files ("Entfernen" in the site-data dialog not read)
  'firefox-desktop': 'official',
  // Firefox for Android's German strings.xml ("⋮ Menü" and the padlock panel's item not read)
  'firefox-android': 'official',
};
