// Cookie guide: the browsers' own labels in ja, keyed by the English label in the guides.
import type { LocaleChecks } from '../../guides/checks';
import type { StepLabels } from '../../types';

export const labels: StepLabels = {
  // Shared by several guides. Where a browser or app words an item differently, a scoped key
  // ('<browser or app id>|<English>') gives it its own wording; the plain key serves the others.
  Settings: '設定',
  'Many sites, including sign-in pages, stop working without cookies.':
    'Cookie をすべてブロックすると、ログインなど多くのサイトの機能が動作しなくなります。',
  'There is no setting for this: third-party cookies are already blocked.':
    'この操作の設定はありません。サードパーティ Cookie はすでにブロックされています。',
  'Search for {site}': '{site} を検索',
  Delete: '削除',
  'Delete (trash icon)': '削除（ゴミ箱アイコン）',
  // Chrome's wording; Samsung Internet and Firefox for Android say 「閲覧データを削除」 (not checked in those apps).
  'Delete browsing data': '閲覧履歴データを削除',
  'samsung|Delete browsing data': '閲覧データを削除',
  'firefox|Delete browsing data': '閲覧データを削除',
  // Chrome's wording (also Whale and Opera, Chromium-based); Edge's own wording below.
  // Edge: 「時間の範囲」 and 「閲覧データのクリア」 in Microsoft's Japanese article,
  // https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.ja-JP/blob/HEAD/AlchemyInsights/clear-browsing-data-on-computer.md
  'Time range: All time': '期間: 全期間',
  'edge|Time range: All time': '時間の範囲: すべての期間',
  // Chrome's wording (also Whale and Opera, Chromium-based); Edge's own wording below.
  'Cookies and other site data': 'Cookie と他のサイトデータ',
  'edge|Cookies and other site data': 'Cookie およびその他のサイト データ',
  // Chrome on Android and Firefox (sanitize.ftl item-cookies-site-data: 「Cookie とサイトデータ」); Edge, Samsung
  // Internet, Whale and Opera on phones not checked.
  'Cookies and site data': 'Cookie とサイトデータ',
  // Chrome's wording (also Whale and Opera); Edge says 「サードパーティの Cookie をブロックする」 (as in its desktop toggle).
  'Block third-party cookies': 'サードパーティ Cookie をブロックする',
  'edge|Block third-party cookies': 'サードパーティの Cookie をブロックする',
  'Block all cookies': 'すべての Cookie をブロック',
  Cookies: 'Cookie',
  Privacy: 'プライバシー',
  // Whale and Opera (Chromium wording); Edge's own wording below.
  'Clear browsing data': '閲覧履歴データを削除',
  'edge|Clear browsing data': '閲覧データをクリア',
  // Whale and Opera (Chromium wording); Edge's own wording below.
  'Clear data': 'データを削除',
  'edge|Clear data': 'データをクリア',
  '⋯ Menu': '⋯ メニュー',
  '≡ Menu': '≡ メニュー',
  'Turn off “Allow cookies”': '「Cookie を許可」をオフにする',
  // Edge's wording; Whale keeps Chromium's older 「すべての Cookie とサイトデータを表示」 (not checked in Whale).
  'See all cookies and site data': 'すべての Cookie とサイト データを表示する',
  'whale|See all cookies and site data': 'すべての Cookie とサイトデータを表示',
  'Turn on “Block third-party cookies”': '「サードパーティの Cookie をブロックする」をオンにする',
  'Swipe left on {site}': '{site} を左にスワイプ',
  // Apple's wording; Firefox for iOS uses the same term.
  'Website Data': 'Web サイトデータ',
  // Safari on iPhone shows 「詳細」; Internet Explorer's button in the Privacy tab reads 「詳細設定」.
  Advanced: '詳細',
  'ie|Advanced': '詳細設定',
  // Safari on Mac and Firefox both say 「削除」 on this button.
  Remove: '削除',

  // Chrome: https://support.google.com/chrome/answer/95647?hl=ja (and its Android/iOS variants),
  // https://developer.chrome.com/docs/privacy-sandbox/cookies/basics/cookie-blocking?hl=ja (Google's own Japanese pages)
  'Chrome on a computer': 'パソコン版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=ja',
  '⋮ More': '⋮ その他',
  'Privacy and security': 'プライバシーとセキュリティ',
  'Third-party cookies': 'サードパーティ Cookie',
  'Site settings': 'サイトの設定',
  'Additional content settings': 'その他のコンテンツの設定',
  'On-device site data': 'デバイス上のサイトデータ',
  "Don't allow sites to save data on your device": 'サイトがデバイスにデータを保存することを許可しない',
  'See all site data and permissions': 'すべてのサイトデータと権限を表示',
  'Delete data': 'データを削除',
  'Chrome on Android': 'Android 版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=ja',
  'Turn off saving site data': 'サイトデータの保存をオフにする',
  'All sites': 'すべてのサイト',
  'Tap {site}': '{site} をタップ',
  'Delete & reset': '削除してリセット',
  'Chrome on iPhone and iPad': 'iPhone・iPad 版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=ja',
  'Chrome on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone・iPad 版 Chrome は Apple の WebKit で動作しており、サードパーティ Cookie は初期設定でブロックされています。',
  'Chrome on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'iPhone・iPad 版 Chrome では、すべての Cookie をブロックすることはできません。Safari ではブロックできます（「iPhone・iPad 版 Safari」をご覧ください）。',
  'Chrome on iPhone and iPad cannot delete one site’s cookies; delete all cookies instead.':
    'iPhone・iPad 版 Chrome では、特定のサイトの Cookie だけを削除することはできません。すべての Cookie を削除してください。',
  '⋯ More': '⋯ その他',
  'Cookies, Site Data': 'Cookie、サイトデータ',

  // Safari: https://support.apple.com/ja-jp/guide/safari/sfri11471/mac (Apple's Japanese guide; older macOS wording),
  // https://www.choge-blog.com/programming/safari-trackingblock, https://3kjiro.com/archives/6999
  'Safari on iPhone and iPad': 'iPhone・iPad 版 Safari',
  'https://support.apple.com/en-us/105082': 'https://support.apple.com/ja-jp/105082',
  'Safari blocks third-party cookies by default; “Prevent cross-site tracking” keeps it that way.':
    'Safari は初期設定でサードパーティ Cookie をブロックしています。「サイト越えトラッキングを防ぐ」をオンにしておくと、この状態が保たれます。',
  'Settings app': '「設定」アプリ',
  Apps: 'アプリ',
  'iOS 18 and later': 'iOS 18 以降',
  Safari: 'Safari',
  'Turn on “Prevent Cross-Site Tracking”': '「サイト越えトラッキングを防ぐ」をオンにする',
  'Turn on “Block All Cookies”': '「すべての Cookie をブロック」をオンにする',
  'Clear History and Website Data': '履歴と Web サイトデータを消去',
  Confirm: '確認画面で消去を選択',
  'This also clears Safari’s browsing history.': 'Safari の閲覧履歴も消去されます。',
  'Safari on Mac': 'Mac 版 Safari',
  'https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac': 'https://support.apple.com/ja-jp/guide/safari/sfri11471/mac',
  'Safari menu': 'Safari メニュー',
  'Settings…': '設定…',
  '“Preferences…” before macOS Ventura': 'macOS Ventura より前は「環境設定…」',
  'Turn on “Prevent cross-site tracking”': '「サイト越えトラッキングを防ぐ」をオンにする',
  'Turn on “Block all cookies”': '「すべての Cookie をブロック」をオンにする',
  'Block All': 'すべてブロック',
  'Manage Website Data…': 'Web サイトデータを管理…',
  'Search for {site} and select it': '{site} を検索して選択',
  Done: '完了',
  'Remove All': 'すべてを削除',
  'Remove Now': '今すぐ削除',

  // Microsoft Edge: no Japanese source found for the settings labels (best knowledge of Edge's Japanese UI).
  'Microsoft Edge on a computer': 'パソコン版 Microsoft Edge',
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09':
    'https://support.microsoft.com/ja-jp/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  '⋯ Settings and more': '⋯ 設定など',
  'Cookies and site permissions': 'Cookie とサイトのアクセス許可',
  'Manage and delete cookies and site data': 'Cookie とサイト データの管理と削除',
  'Turn off “Allow sites to save and read cookie data”': '「Cookie データの保存と読み取りをサイトに許可する」をオフにする',
  'Privacy, search, and services': 'プライバシー、検索、サービス',
  'Choose what to clear': 'クリアするデータの選択',
  'Clear now': '今すぐクリア',
  'Microsoft Edge on phones and tablets': 'スマートフォン・タブレット版 Microsoft Edge',
  'On iPhone and iPad, Edge runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone・iPad の Edge は Apple の WebKit で動作しており、サードパーティ Cookie は初期設定でブロックされています。',
  'Edge on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'スマートフォン・タブレット版 Edge には、特定のサイトの Cookie だけを確実に削除する方法がありません。すべての Cookie を削除してください。',

  // Samsung Internet: not checked (labels vary between versions).
  'Samsung Internet': 'Samsung Internet',
  'https://privacy.samsunginter.net/': 'https://privacy.samsunginter.net/',
  'Menu names differ a little between Samsung Internet versions.':
    'Samsung Internet のバージョンによって、メニューの名前が少し異なる場合があります。',
  'Browsing privacy dashboard': 'ブラウジングプライバシーダッシュボード',
  'Sites and downloads': 'サイトとダウンロード',
  'Manage website data': 'Web サイトデータを管理',
  'Select {site}': '{site} を選択',
  'Personal browsing data': '個人のブラウジングデータ',

  // NAVER Whale: not checked; the official site has no Japanese help page.
  'NAVER Whale on a computer': 'パソコン版 NAVER Whale',
  'https://whale.naver.com/': 'https://whale.naver.com/',
  'NAVER Whale on phones and tablets': 'スマートフォン・タブレット版 NAVER Whale',
  'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone・iPad の Whale は Apple の WebKit で動作しており、サードパーティ Cookie は初期設定でブロックされています。',
  'Whale on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'スマートフォン・タブレット版 Whale には、特定のサイトの Cookie だけを確実に削除する方法がありません。すべての Cookie を削除してください。',

  // Firefox: Firefox's own Japanese strings (preferences.ftl, appmenu.ftl, browser.ftl, siteDataSettings.ftl, sanitize.ftl),
  // https://github.com/mozilla-l10n/firefox-l10n/tree/main/ja/browser/browser
  'Firefox on a computer': 'パソコン版 Firefox',
  'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox':
    'https://support.mozilla.org/ja/kb/clear-cookies-and-site-data-firefox',
  'Firefox’s standard protection already keeps each site’s third-party cookies in a separate jar (Total Cookie Protection).':
    'Firefox の標準の保護設定でも、サードパーティ Cookie はサイトごとに分けて保存されています（包括的 Cookie 保護機能）。',
  '☰ Open application menu': '☰ アプリケーションメニューを開きます',
  'Privacy & Security': 'プライバシーとセキュリティ',
  'Enhanced Tracking Protection': '強化型トラッキング防止機能',
  Custom: 'カスタム',
  'Cookies: All cross-site cookies': 'Cookie: すべてのクロスサイト Cookie',
  'Cookies: All cookies': 'Cookie: すべての Cookie',
  'On {site}, click the padlock in the address bar': '{site} を開き、アドレスバーの鍵アイコンをクリック',
  'Clear cookies and site data…': 'Cookie とサイトデータを消去…',
  'Cookies and Site Data': 'Cookie とサイトデータ',
  'Clear Data…': 'データを消去…',
  Clear: '消去',
  // Firefox for Android and iOS: not checked against their own string files.
  'Firefox on Android': 'Android 版 Firefox',
  'https://support.mozilla.org/en-US/kb/enhanced-tracking-protection-firefox-android':
    'https://support.mozilla.org/ja/kb/enhanced-tracking-protection-firefox-android',
  '⋮ Menu': '⋮ メニュー',
  'All cross-site cookies': 'すべてのクロスサイト Cookie',
  'All cookies': 'すべての Cookie',
  'On {site}, tap the padlock in the address bar': '{site} を開き、アドレスバーの鍵アイコンをタップ',
  'Clear cookies and site data': 'Cookie とサイトデータを消去',
  'Firefox on iPhone and iPad': 'iPhone・iPad 版 Firefox',
  'https://support.mozilla.org/en-US/products/ios': 'https://support.mozilla.org/ja/products/ios',
  'Firefox on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone・iPad 版 Firefox は Apple の WebKit で動作しており、サードパーティ Cookie は初期設定でブロックされています。',
  'Firefox on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'iPhone・iPad 版 Firefox では、すべての Cookie をブロックすることはできません。Safari ではブロックできます（「iPhone・iPad 版 Safari」をご覧ください）。',
  '☰ Menu': '☰ メニュー',
  'Data Management': 'データ管理',
  'Turn on “Cookies”': '「Cookie」をオンにする',
  'Clear Private Data': 'プライベートデータを消去',

  // Opera: not checked; no Japanese help page is known on help.opera.com, so the English page stays.
  'Opera on a computer': 'パソコン版 Opera',
  'https://help.opera.com/en/latest/web-preferences/': 'https://help.opera.com/en/latest/web-preferences/',
  'Older versions keep cookies under Privacy & security › Site settings › Cookies.':
    '以前のバージョンでは、Cookie の設定は「プライバシーとセキュリティ › サイトの設定 › Cookie」にあります。',
  'Settings (Alt+P)': '設定 (Alt+P)',
  'Privacy & security': 'プライバシーとセキュリティ',
  'View permissions and data stored across sites': 'すべてのサイトに保存されている権限とデータを表示',
  'Opera on phones and tablets': 'スマートフォン・タブレット版 Opera',
  'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone・iPad の Opera は Apple の WebKit で動作しており、サードパーティ Cookie は初期設定でブロックされています。',
  'Opera menu (profile icon)': 'Opera メニュー（プロフィールアイコン）',
  'Opera on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    'スマートフォン・タブレット版 Opera には、特定のサイトの Cookie だけを確実に削除する方法がありません。すべての Cookie を削除してください。',

  // Internet Explorer 11: https://support.microsoft.com/kb/283185/ja (Microsoft, IE 6 era wording),
  // http://salty1.com/backnumber/947.html, https://121ware.com/qasearch/1007/app/servlet/relatedqa?QID=015971
  'Internet Explorer 11': 'Internet Explorer 11',
  'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d':
    'https://support.microsoft.com/ja-jp/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.':
    'Microsoft Edge の Internet Explorer モードもこの設定を使用します。Windows の「コントロール パネル › インターネット オプション」からも開けます。',
  '⚙ Tools (Alt+X)': '⚙ ツール (Alt+X)',
  'Internet options': 'インターネット オプション',
  'Privacy tab': 'プライバシー タブ',
  'Override automatic cookie handling': '自動 Cookie 処理を上書きする',
  'if shown': '表示されている場合',
  'Third-party Cookies: Block': 'サード パーティの Cookie: ブロックする',
  OK: 'OK',
  'First-party Cookies: Block': 'ファースト パーティの Cookie: ブロックする',
  'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.':
    'Internet Explorer では、特定のサイトの Cookie だけを削除することはできません。すべての Cookie を削除してください。',
  Safety: 'セーフティ',
  'Delete browsing history…': '閲覧の履歴の削除…',
  'Cookies and website data': 'クッキーと Web サイト データ',

  // In-app browsers: not checked in the apps. KakaoTalk, Instagram, Facebook and LINE have a Japanese interface.
  KakaoTalk: 'カカオトーク',
  '⋮ (top right)': '⋮（右上）',
  'Open in another browser': '他のブラウザで開く',
  'Share icon (bottom right)': '共有アイコン（右下）',
  // KakaoTalk and LINE (Japanese interface); the NAVER app shows its English menu (see below).
  'Open in Safari': 'Safari で開く',
  'naver|Open in Safari': 'Open in Safari',
  'NAVER app': 'NAVER アプリ',
  // The NAVER app has no Japanese interface; with the phone set to Japanese it shows its English (or Korean) menu.
  'Open in default browser': 'Open in default browser',
  '⋯ (top right)': '⋯（右上）',
  Instagram: 'Instagram',
  'Open in external browser': '外部ブラウザで開く',
  Facebook: 'Facebook',
  LINE: 'LINE',
  'Open in other app': '他のアプリで開く',
  'Share icon': '共有アイコン',
  'An app’s built-in browser': 'アプリ内ブラウザ',
  'Look for “Open in browser” in the app’s menu': 'アプリのメニューから「ブラウザで開く」などの項目を探して選択',
};

/**
 * How sure these labels are, per guide id (`inapp-<id>` for in-app browsers); a guide not listed is
 * unverified. For tests and maintainers only.
 */
export const checked: LocaleChecks = {
  // Mostly Google's own Japanese pages (older versions of the help article); the blockAll option and the newest
  // "Delete browsing data" wording only from third-party pages.
  'chrome-desktop': 'secondary',
  'chrome-ios': 'secondary',
  'safari-ios': 'secondary',
  'safari-macos': 'secondary',
  'firefox-desktop': 'official',
  ie: 'secondary',
};
