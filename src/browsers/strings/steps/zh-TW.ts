// Cookie guide: the browsers' own labels in zh-TW, keyed by the English label in the guides.
import type { LocaleChecks } from '../../guides/checks';
import type { StepLabels } from '../../types';

export const labels: StepLabels = {
  // Shared by several guides. Where a browser or app words an item differently, a scoped key
  // ('<browser or app id>|<English>') gives it its own wording; the plain key serves the others.
  Settings: '設定',
  'Privacy and security': '隱私權和安全性',
  'Third-party cookies': '第三方 Cookie',
  'Block third-party cookies': '封鎖第三方 Cookie',
  'Site settings': '網站設定',
  'On-device site data': '裝置端網站資料',
  "Don't allow sites to save data on your device": '不允許網站在你的裝置上儲存資料',
  'Many sites, including sign-in pages, stop working without cookies.': '封鎖所有 Cookie 後，許多網站（包括登入頁面）將無法正常運作。',
  'Search for {site}': '搜尋 {site}',
  'Delete (trash icon)': '刪除（垃圾桶圖示）',
  Delete: '刪除',
  'Delete browsing data': '刪除瀏覽資料',
  // Chrome's wording (also Whale and Opera, Chromium-based). Edge says “所有時間” (Microsoft's usual term; not checked in Edge).
  'Time range: All time': '時間範圍：不限時間',
  'edge|Time range: All time': '時間範圍：所有時間',
  'Cookies and other site data': 'Cookie 和其他網站資料',
  'Delete data': '刪除資料',
  // Chrome's wording (Edge, Samsung Internet, Whale and Opera on phones not checked). Firefox's own wording below:
  // sanitize.ftl item-cookies-site-data (desktop) and fenix preferences_delete_browsing_data_cookies_and_site_data
  // (Android) both read “Cookie 與網站資料”,
  // https://github.com/mozilla-l10n/firefox-l10n/blob/main/zh-TW/browser/browser/sanitize.ftl
  // https://github.com/mozilla-l10n/android-l10n/blob/main/mozilla-mobile/fenix/app/src/main/res/values-zh-rTW/strings.xml
  'Cookies and site data': 'Cookie 和網站資料',
  'firefox|Cookies and site data': 'Cookie 與網站資料',
  'There is no setting for this: third-party cookies are already blocked.': '這裡沒有相關設定，因為第三方 Cookie 已預設封鎖。',
  // Edge's wording (Microsoft's zh-TW article, below); Whale and Opera get the same text, Chromium's older wording
  // that their guides' “Clear” label follows (not checked in those browsers).
  'Clear browsing data': '清除瀏覽資料',
  'Clear data': '清除資料',
  Privacy: '隱私權',
  Cookies: 'Cookie',
  'Block all cookies': '封鎖所有 Cookie',

  // Chrome. https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=zh-Hant (更多, 設定,
  // 隱私權和安全性, 網站設定, 第三方 Cookie, 刪除瀏覽資料, 不限時間, Cookie 和網站資料, 刪除資料); the other Chrome labels
  // (desktop and iOS pages, 裝置端網站資料, 所有網站, 刪除並重設…) were not checked against a zh-TW source.
  'Chrome on a computer': '電腦版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=zh-Hant',
  '⋮ More': '⋮ 更多',
  'Additional content settings': '其他內容設定',
  'See all site data and permissions': '查看所有網站資料和權限',
  'Chrome on Android': 'Android 版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=zh-Hant',
  'Turn off saving site data': '關閉網站資料儲存功能',
  'All sites': '所有網站',
  'Tap {site}': '輕觸 {site}',
  'Delete & reset': '刪除並重設',
  'Chrome on iPhone and iPad': 'iPhone 和 iPad 版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=zh-Hant',
  'Chrome on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone 和 iPad 版 Chrome 採用 Apple 的 WebKit 引擎，第三方 Cookie 已預設封鎖。',
  'Chrome on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'iPhone 和 iPad 版 Chrome 無法封鎖所有 Cookie，但 Safari 可以（請參閱 iPhone 和 iPad 版 Safari）。',
  'Chrome on iPhone and iPad cannot delete one site’s cookies; delete all cookies instead.':
    'iPhone 和 iPad 版 Chrome 無法只刪除單一網站的 Cookie，請改為刪除所有 Cookie。',
  '⋯ More': '⋯ 更多',
  'Cookies, Site Data': 'Cookie、網站資料',

  // Safari (Apple's zh-TW wording from best knowledge, not checked against the zh-TW help pages).
  'Safari on iPhone and iPad': 'iPhone 和 iPad 版 Safari',
  'https://support.apple.com/en-us/105082': 'https://support.apple.com/zh-tw/105082',
  'Safari blocks third-party cookies by default; “Prevent cross-site tracking” keeps it that way.':
    'Safari 預設會封鎖第三方 Cookie；開啟「防止跨網站追蹤」即可維持此設定。',
  'Settings app': '「設定」App',
  Apps: 'App',
  'iOS 18 and later': 'iOS 18 以上版本',
  Safari: 'Safari',
  'Turn on “Prevent Cross-Site Tracking”': '開啟「防止跨網站追蹤」',
  'Turn on “Block All Cookies”': '開啟「阻擋所有 Cookie」',
  Advanced: '進階',
  'Website Data': '網站資料',
  'Swipe left on {site}': '在 {site} 上向左滑動',
  'Clear History and Website Data': '清除瀏覽記錄和網站資料',
  Confirm: '確認',
  'This also clears Safari’s browsing history.': '這也會一併清除 Safari 的瀏覽記錄。',
  'Safari on Mac': 'Mac 版 Safari',
  'https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac': 'https://support.apple.com/zh-tw/guide/safari/sfri11471/mac',
  'Safari menu': '「Safari」選單',
  'Settings…': '設定⋯',
  '“Preferences…” before macOS Ventura': 'macOS Ventura 之前的版本為「偏好設定⋯」',
  'Turn on “Prevent cross-site tracking”': '開啟「防止跨網站追蹤」',
  'Turn on “Block all cookies”': '開啟「阻擋所有 Cookie」',
  'Block All': '全部阻擋',
  'Manage Website Data…': '管理網站資料⋯',
  'Search for {site} and select it': '搜尋 {site} 並加以選取',
  // “移除” is also the button of Firefox's “移除 Cookie 與網站資料” dialog.
  Remove: '移除',
  Done: '完成',
  'Remove All': '全部移除',
  'Remove Now': '立即移除',

  // Microsoft Edge. 設定及其他, 清除瀏覽資料, 選擇要清除的項目, 時間範圍 and 立即清除 read in Microsoft's own zh-TW article,
  // https://github.com/isabella232/OfficeDocs-AlchemyInsights-pr.zh-TW/blob/HEAD/AlchemyInsights/clear-browsing-data-on-computer.md
  // (desktop); the other Edge labels and the mobile ones are best knowledge, not checked.
  'Microsoft Edge on a computer': '電腦版 Microsoft Edge',
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09':
    'https://support.microsoft.com/zh-tw/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  '⋯ Settings and more': '⋯ 設定及其他',
  'Cookies and site permissions': 'Cookie 和網站權限',
  'Manage and delete cookies and site data': '管理及刪除 Cookie 和網站資料',
  'Turn on “Block third-party cookies”': '開啟「封鎖第三方 Cookie」',
  'Turn off “Allow sites to save and read cookie data”': '關閉「允許網站儲存及讀取 Cookie 資料」',
  'See all cookies and site data': '查看所有 Cookie 和網站資料',
  'Privacy, search, and services': '隱私權、搜尋與服務',
  'Choose what to clear': '選擇要清除的項目',
  'Clear now': '立即清除',
  'Microsoft Edge on phones and tablets': '手機和平板電腦版 Microsoft Edge',
  'On iPhone and iPad, Edge runs on Apple’s WebKit, which blocks third-party cookies by default.':
    '在 iPhone 和 iPad 上，Edge 採用 Apple 的 WebKit 引擎，第三方 Cookie 已預設封鎖。',
  '⋯ Menu': '⋯ 選單',
  'Edge on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    '手機和平板電腦版 Edge 沒有可靠的方法只刪除單一網站的 Cookie，請改為刪除所有 Cookie。',

  // Samsung Internet (best knowledge, not checked on a zh-TW device).
  'Samsung Internet': 'Samsung Internet',
  'https://privacy.samsunginter.net/': 'https://privacy.samsunginter.net/',
  'Menu names differ a little between Samsung Internet versions.': 'Samsung Internet 各版本的選單名稱可能略有不同。',
  '≡ Menu': '≡ 選單',
  'Browsing privacy dashboard': '瀏覽隱私權儀表板',
  'Turn off “Allow cookies”': '關閉「允許 Cookie」',
  'Sites and downloads': '網站和下載',
  'Manage website data': '管理網站資料',
  'Select {site}': '選取 {site}',
  'Personal browsing data': '個人瀏覽資料',

  // NAVER Whale (no zh-TW source found; Chromium-style wording).
  'NAVER Whale on a computer': '電腦版 NAVER Whale',
  'https://whale.naver.com/': 'https://whale.naver.com/',
  'NAVER Whale on phones and tablets': '手機和平板電腦版 NAVER Whale',
  'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.':
    '在 iPhone 和 iPad 上，Whale 採用 Apple 的 WebKit 引擎，第三方 Cookie 已預設封鎖。',
  'Whale on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    '手機和平板電腦版 Whale 沒有可靠的方法只刪除單一網站的 Cookie，請改為刪除所有 Cookie。',

  // Firefox on a computer: Firefox's own zh-TW strings, https://github.com/mozilla-l10n/firefox-l10n/tree/main/zh-TW/browser/browser
  // (preferences, sanitize, appmenu and identity panel strings).
  'Firefox on a computer': '電腦版 Firefox',
  'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox':
    'https://support.mozilla.org/zh-TW/kb/clear-cookies-and-site-data-firefox',
  'Firefox’s standard protection already keeps each site’s third-party cookies in a separate jar (Total Cookie Protection).':
    'Firefox 的標準保護已會將每個網站的第三方 Cookie 分開存放（全方位 Cookie 保護）。',
  '☰ Open application menu': '☰ 開啟應用程式選單',
  'Privacy & Security': '隱私權與安全性',
  'Enhanced Tracking Protection': '加強型追蹤保護',
  Custom: '自訂',
  'Cookies: All cross-site cookies': 'Cookie：所有跨網站 Cookie',
  'Cookies: All cookies': 'Cookie：所有 Cookie',
  'On {site}, click the padlock in the address bar': '在 {site} 上，點擊網址列中的鎖頭圖示',
  'Clear cookies and site data…': '清除 Cookie 與網站資料…',
  'Cookies and Site Data': 'Cookie 與網站資料',
  'Clear Data…': '清除資料…',
  Clear: '清除',

  // Firefox on Android: Firefox's own zh-TW strings, https://github.com/mozilla-l10n/android-l10n (fenix values-zh-rTW);
  // “所有跨網站 Cookie” and “清除 Cookie 與網站資料” follow the desktop wording (not found in the Android strings read).
  'Firefox on Android': 'Android 版 Firefox',
  'https://support.mozilla.org/en-US/kb/enhanced-tracking-protection-firefox-android':
    'https://support.mozilla.org/zh-TW/kb/enhanced-tracking-protection-firefox-android',
  '⋮ Menu': '⋮ 選單',
  'All cross-site cookies': '所有跨網站 Cookie',
  'All cookies': '所有 Cookie',
  'On {site}, tap the padlock in the address bar': '在 {site} 上，點擊網址列中的鎖頭圖示',
  'Clear cookies and site data': '清除 Cookie 與網站資料',

  // Firefox on iPhone and iPad (best knowledge, not checked against the zh-TW strings).
  'Firefox on iPhone and iPad': 'iPhone 和 iPad 版 Firefox',
  'https://support.mozilla.org/en-US/products/ios': 'https://support.mozilla.org/zh-TW/products/ios',
  'Firefox on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone 和 iPad 版 Firefox 採用 Apple 的 WebKit 引擎，第三方 Cookie 已預設封鎖。',
  'Firefox on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'iPhone 和 iPad 版 Firefox 無法封鎖所有 Cookie，但 Safari 可以（請參閱 iPhone 和 iPad 版 Safari）。',
  '☰ Menu': '☰ 選單',
  'Data Management': '資料管理',
  'Turn on “Cookies”': '開啟「Cookie」',
  'Clear Private Data': '清除隱私資料',

  // Opera (best knowledge; help.opera.com has no zh-TW page, so the English one stays).
  'Opera on a computer': '電腦版 Opera',
  'https://help.opera.com/en/latest/web-preferences/': 'https://help.opera.com/en/latest/web-preferences/',
  'Older versions keep cookies under Privacy & security › Site settings › Cookies.':
    '舊版 Opera 的 Cookie 設定位於「隱私權與安全性 › 網站設定 › Cookie」。',
  'Settings (Alt+P)': '設定 (Alt+P)',
  'Privacy & security': '隱私權與安全性',
  'View permissions and data stored across sites': '查看各網站儲存的權限和資料',
  'Opera on phones and tablets': '手機和平板電腦版 Opera',
  'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.':
    '在 iPhone 和 iPad 上，Opera 採用 Apple 的 WebKit 引擎，第三方 Cookie 已預設封鎖。',
  'Opera menu (profile icon)': 'Opera 選單（個人資料圖示）',
  'Opera on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    '手機和平板電腦版 Opera 沒有可靠的方法只刪除單一網站的 Cookie，請改為刪除所有 Cookie。',

  // Internet Explorer 11 (best knowledge of the zh-TW Windows wording, not checked).
  'Internet Explorer 11': 'Internet Explorer 11',
  'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d':
    'https://support.microsoft.com/zh-tw/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.':
    'Microsoft Edge 的 Internet Explorer 模式也會使用這些設定；您可以從 Windows「控制台 › 網際網路選項」開啟。',
  '⚙ Tools (Alt+X)': '⚙ 工具 (Alt+X)',
  'Internet options': '網際網路選項',
  'Privacy tab': '「隱私權」索引標籤',
  'Override automatic cookie handling': '覆寫自動 Cookie 處理',
  'if shown': '如有顯示',
  'Third-party Cookies: Block': '第三方 Cookie：封鎖',
  OK: '確定',
  'First-party Cookies: Block': '第一方 Cookie：封鎖',
  'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.':
    'Internet Explorer 無法只刪除單一網站的 Cookie，請改為刪除所有 Cookie。',
  Safety: '安全性',
  'Delete browsing history…': '刪除瀏覽歷程記錄...',
  'Cookies and website data': 'Cookie 和網站資料',

  // In-app browsers (best knowledge, not checked in the apps).
  KakaoTalk: 'KakaoTalk',
  '⋮ (top right)': '⋮（右上角）',
  'Open in another browser': '用其他瀏覽器開啟',
  'Share icon (bottom right)': '分享圖示（右下角）',
  // KakaoTalk and LINE on iOS (not checked in the apps). The NAVER app has no Traditional Chinese interface, so it
  // gets the English it shows (see below).
  'Open in Safari': '在 Safari 中開啟',
  'naver|Open in Safari': 'Open in Safari',
  // The NAVER app has no Traditional Chinese interface (Korean/English only), so its English labels stay.
  'NAVER app': 'NAVER App',
  'Open in default browser': 'Open in default browser',
  '⋯ (top right)': '⋯（右上角）',
  Instagram: 'Instagram',
  'Open in external browser': '在外部瀏覽器中開啟',
  Facebook: 'Facebook',
  LINE: 'LINE',
  'Open in other app': '用其他應用程式開啟',
  'Share icon': '分享圖示',
  'An app’s built-in browser': 'App 的內建瀏覽器',
  'Look for “Open in browser” in the app’s menu': '請在 App 選單中尋找「在瀏覽器中開啟」',
};

/**
 * How sure these labels are, per guide id (`inapp-<id>` for in-app browsers); a guide not listed is
 * unverified. For tests and maintainers only.
 */
export const checked: LocaleChecks = {
  // Most labels read on Google's zh-Hant help page; 裝置端網站資料, 所有網站, 刪除並重設 and the block options were not.
  'chrome-android': 'official',
  'firefox-desktop': 'official',
  // Firefox's own zh-TW strings, except “所有跨網站 Cookie” and the padlock's “清除 Cookie 與網站資料” (desktop wording).
  'firefox-android': 'official',
};
