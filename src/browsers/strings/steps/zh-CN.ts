// Cookie guide: the browsers' own labels in zh-CN, keyed by the English label in the guides.
import type { LocaleChecks } from '../../guides/checks';
import type { StepLabels } from '../../types';

export const labels: StepLabels = {
  // Shared by several guides (menu labels as Chromium/Chrome show them in zh-CN, see Chrome below). Where a
  // browser or app words a shared item differently, a scoped key ('<browser or app>|<English>') holds its own text.
  Settings: '设置',
  'Many sites, including sign-in pages, stop working without cookies.': '阻止所有 Cookie 后，包括登录页面在内的许多网站将无法正常运行。',
  'There is no setting for this: third-party cookies are already blocked.': '无需进行此项设置：第三方 Cookie 已被阻止。',
  'Search for {site}': '搜索 {site}',
  'Delete (trash icon)': '删除（垃圾桶图标）',
  Delete: '删除',
  Cookies: 'Cookie',

  // Google Chrome. Desktop labels read in Chromium's own zh-CN translation (Chromium 156, the strings Chrome
  // ships); help page: https://support.google.com/chrome/answer/95647?hl=zh-Hans
  // Android- and iOS-only labels (Delete & reset, Turn off saving site data, Cookies, Site Data) were not checked.
  'Chrome on a computer': '电脑版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DDesktop&hl=zh-Hans',
  '⋮ More': '⋮ 更多',
  'Privacy and security': '隐私与安全',
  'Third-party cookies': '第三方 Cookie',
  'Block third-party cookies': '阻止第三方 Cookie',
  'Site settings': '网站设置',
  'Additional content settings': '更多内容设置',
  'On-device site data': '设备端网站数据',
  "Don't allow sites to save data on your device": '不允许网站将数据保存在设备上',
  'See all site data and permissions': '查看所有网站数据和权限',
  'Delete browsing data': '删除浏览数据',
  'Time range: All time': '时间范围：时间不限',
  'Cookies and other site data': 'Cookie 及其他网站数据',
  'Delete data': '删除数据',
  'Chrome on Android': 'Android 版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DAndroid&hl=zh-Hans',
  'Turn off saving site data': '关闭网站数据保存',
  'All sites': '所有网站',
  'Tap {site}': '点按 {site}',
  'Delete & reset': '删除并重置',
  'Cookies and site data': 'Cookie 和网站数据',
  'Chrome on iPhone and iPad': 'iPhone 和 iPad 版 Chrome',
  'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=en':
    'https://support.google.com/chrome/answer/95647?co=GENIE.Platform%3DiOS&hl=zh-Hans',
  'Chrome on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone 和 iPad 版 Chrome 基于 Apple 的 WebKit 引擎运行，该引擎默认阻止第三方 Cookie。',
  'Chrome on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'iPhone 和 iPad 版 Chrome 无法阻止所有 Cookie。Safari浏览器可以做到（请参阅“iPhone 和 iPad 上的 Safari浏览器”）。',
  'Chrome on iPhone and iPad cannot delete one site’s cookies; delete all cookies instead.':
    'iPhone 和 iPad 版 Chrome 无法单独删除某个网站的 Cookie，请改为删除所有 Cookie。',
  '⋯ More': '⋯ 更多',
  'Cookies, Site Data': 'Cookie、网站数据',

  // Apple Safari. Apple writes the app as “Safari浏览器” and “Cookie” without a space in zh-CN.
  // “设置” › App › “Safari浏览器” and “防止跨站跟踪” read on https://www.apple.com.cn/legal/privacy/data/zh-cn/safari/
  // (iOS 18); the other Safari labels are from memory, not checked.
  'Safari on iPhone and iPad': 'iPhone 和 iPad 上的 Safari浏览器',
  'https://support.apple.com/en-us/105082': 'https://support.apple.com/zh-cn/105082',
  'Safari blocks third-party cookies by default; “Prevent cross-site tracking” keeps it that way.':
    'Safari浏览器默认阻止第三方 Cookie；开启“防止跨站跟踪”可保持这一设置。',
  'Settings app': '“设置”App',
  Apps: 'App',
  'iOS 18 and later': 'iOS 18 及更高版本',
  Safari: 'Safari浏览器',
  'Turn on “Prevent Cross-Site Tracking”': '打开“防止跨站跟踪”',
  'Turn on “Block All Cookies”': '打开“阻止所有Cookie”',
  Advanced: '高级',
  'Website Data': '网站数据',
  'Swipe left on {site}': '在 {site} 上向左轻扫',
  'Clear History and Website Data': '清除历史记录与网站数据',
  Confirm: '确认',
  'This also clears Safari’s browsing history.': '此操作也会清除 Safari浏览器的浏览历史记录。',
  'Safari on Mac': 'Mac 上的 Safari浏览器',
  'https://support.apple.com/guide/safari/manage-cookies-sfri11471/mac': 'https://support.apple.com/zh-cn/guide/safari/sfri11471/mac',
  'Safari menu': '“Safari浏览器”菜单',
  'Settings…': '设置…',
  '“Preferences…” before macOS Ventura': 'macOS Ventura 之前的版本为“偏好设置…”',
  Privacy: '隐私',
  'Turn on “Prevent cross-site tracking”': '打开“防止跨站跟踪”',
  'Turn on “Block all cookies”': '打开“阻止所有Cookie”',
  'Block All': '全部阻止',
  'Manage Website Data…': '管理网站数据…',
  'Search for {site} and select it': '搜索并选择 {site}',
  Remove: '移除',
  Done: '完成',
  'Remove All': '全部移除',
  'Remove Now': '立即移除',

  // Microsoft Edge. Desktop labels (设置, Cookie 和网站权限, 管理和删除 Cookie 和站点数据, 查看所有 Cookie 和站点数据,
  // 阻止第三方 Cookie, 允许站点保存和读取 Cookie 数据, 隐私、搜索和服务, 清除浏览数据) agree across several independent
  // Simplified Chinese user guides; “设置及其他”, “选择要清除的内容”, “立即清除” and the mobile labels were not checked.
  // Edge writes “站点” where Chromium writes “网站”, and names the time range “所有时间”, so its clear-data options
  // have scoped keys (Edge wording as remembered, not checked; Chrome's wording stays under the plain keys).
  'Microsoft Edge on a computer': '电脑版 Microsoft Edge',
  'https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09':
    'https://support.microsoft.com/zh-cn/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09',
  '⋯ Settings and more': '⋯ 设置及其他',
  'Cookies and site permissions': 'Cookie 和网站权限',
  'Manage and delete cookies and site data': '管理和删除 Cookie 和站点数据',
  'Turn on “Block third-party cookies”': '打开“阻止第三方 Cookie”',
  'Turn off “Allow sites to save and read cookie data”': '关闭“允许站点保存和读取 Cookie 数据”',
  'See all cookies and site data': '查看所有 Cookie 和站点数据',
  'Privacy, search, and services': '隐私、搜索和服务',
  'Clear browsing data': '清除浏览数据',
  'Choose what to clear': '选择要清除的内容',
  'Clear now': '立即清除',
  'edge|Time range: All time': '时间范围：所有时间',
  'edge|Cookies and other site data': 'Cookie 和其他站点数据',
  'edge|Cookies and site data': 'Cookie 和站点数据',
  'Microsoft Edge on phones and tablets': '手机和平板电脑版 Microsoft Edge',
  'On iPhone and iPad, Edge runs on Apple’s WebKit, which blocks third-party cookies by default.':
    '在 iPhone 和 iPad 上，Edge 基于 Apple 的 WebKit 引擎运行，该引擎默认阻止第三方 Cookie。',
  '⋯ Menu': '⋯ 菜单',
  'Block all cookies': '阻止所有 Cookie',
  'Edge on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    '手机和平板电脑版 Edge 没有可靠的方法单独删除某个网站的 Cookie，请改为删除所有 Cookie。',
  'Clear data': '清除数据',

  // Samsung Internet (“三星浏览器” in mainland China). Not checked on a device.
  'Samsung Internet': '三星浏览器',
  'https://privacy.samsunginter.net/': 'https://privacy.samsunginter.net/',
  'Menu names differ a little between Samsung Internet versions.': '不同版本的三星浏览器中，菜单名称可能略有不同。',
  '≡ Menu': '≡ 菜单',
  'Browsing privacy dashboard': '浏览隐私仪表板',
  'Turn off “Allow cookies”': '关闭“允许 Cookie”',
  'Sites and downloads': '网站和下载',
  'Manage website data': '管理网站数据',
  'Select {site}': '选择 {site}',
  'Personal browsing data': '个人浏览数据',

  // NAVER Whale. Its Chinese interface was not checked; no Chinese help page is known.
  'NAVER Whale on a computer': '电脑版 NAVER Whale',
  'https://whale.naver.com/': 'https://whale.naver.com/',
  'NAVER Whale on phones and tablets': '手机和平板电脑版 NAVER Whale',
  'On iPhone and iPad, Whale runs on Apple’s WebKit, which blocks third-party cookies by default.':
    '在 iPhone 和 iPad 上，Whale 基于 Apple 的 WebKit 引擎运行，该引擎默认阻止第三方 Cookie。',
  'Whale on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    '手机和平板电脑版 Whale 没有可靠的方法单独删除某个网站的 Cookie，请改为删除所有 Cookie。',

  // Mozilla Firefox. Desktop labels read in Firefox's own zh-CN translation (Firefox ESR 153 and an older
  // release); newer versions label the “Clear Data…” button “清除浏览数据”. Android labels read in Firefox for
  // Android's zh-CN translation, except “所有跨站 Cookie” (the version read still had “所有第三方 Cookie”) and the
  // padlock item; iOS labels not checked. Help: https://support.mozilla.org/zh-CN/kb/clear-cookies-and-site-data-firefox
  'Firefox on a computer': '电脑版 Firefox',
  'https://support.mozilla.org/en-US/kb/clear-cookies-and-site-data-firefox':
    'https://support.mozilla.org/zh-CN/kb/clear-cookies-and-site-data-firefox',
  'Firefox’s standard protection already keeps each site’s third-party cookies in a separate jar (Total Cookie Protection).':
    'Firefox 的标准保护已将每个网站的第三方 Cookie 分开存放（全方位 Cookie 保护）。',
  '☰ Open application menu': '☰ 打开应用程序菜单',
  'Privacy & Security': '隐私与安全',
  'Enhanced Tracking Protection': '增强型跟踪保护',
  Custom: '自定义',
  'Cookies: All cross-site cookies': 'Cookie：所有跨站 Cookie',
  'Cookies: All cookies': 'Cookie：所有 Cookie',
  'On {site}, click the padlock in the address bar': '在 {site} 页面上，点击地址栏中的锁形图标',
  'Clear cookies and site data…': '清除 Cookie 和网站数据…',
  'Cookies and Site Data': 'Cookie 和网站数据',
  'Clear Data…': '清除数据…',
  Clear: '清除',
  'Firefox on Android': 'Android 版 Firefox',
  'https://support.mozilla.org/en-US/kb/enhanced-tracking-protection-firefox-android':
    'https://support.mozilla.org/zh-CN/kb/enhanced-tracking-protection-firefox-android',
  '⋮ Menu': '⋮ 菜单',
  'All cross-site cookies': '所有跨站 Cookie',
  'All cookies': '所有 Cookie',
  'On {site}, tap the padlock in the address bar': '在 {site} 页面上，点按地址栏中的锁形图标',
  'Clear cookies and site data': '清除 Cookie 和网站数据',
  'Firefox on iPhone and iPad': 'iPhone 和 iPad 版 Firefox',
  'https://support.mozilla.org/en-US/products/ios': 'https://support.mozilla.org/zh-CN/products/ios',
  'Firefox on iPhone and iPad runs on Apple’s WebKit, which blocks third-party cookies by default.':
    'iPhone 和 iPad 版 Firefox 基于 Apple 的 WebKit 引擎运行，该引擎默认阻止第三方 Cookie。',
  'Firefox on iPhone and iPad cannot block all cookies. Safari can (see Safari on iPhone and iPad).':
    'iPhone 和 iPad 版 Firefox 无法阻止所有 Cookie。Safari浏览器可以做到（请参阅“iPhone 和 iPad 上的 Safari浏览器”）。',
  '☰ Menu': '☰ 菜单',
  'Data Management': '数据管理',
  'Turn on “Cookies”': '打开“Cookie”',
  'Clear Private Data': '清除隐私数据',

  // Opera. No Simplified Chinese help page is known, so the English one stays. Labels not checked in Opera;
  // the Chromium-shared ones follow Chromium's zh-CN strings (e.g. “查看各网站的权限及储存的数据”).
  'Opera on a computer': '电脑版 Opera',
  'https://help.opera.com/en/latest/web-preferences/': 'https://help.opera.com/en/latest/web-preferences/',
  'Older versions keep cookies under Privacy & security › Site settings › Cookies.':
    '旧版本中，Cookie 设置位于“隐私和安全 › 网站设置 › Cookie”。',
  'Settings (Alt+P)': '设置 (Alt+P)',
  'Privacy & security': '隐私和安全',
  'View permissions and data stored across sites': '查看各网站的权限及储存的数据',
  'Opera on phones and tablets': '手机和平板电脑版 Opera',
  'On iPhone and iPad, Opera runs on Apple’s WebKit, which blocks third-party cookies by default.':
    '在 iPhone 和 iPad 上，Opera 基于 Apple 的 WebKit 引擎运行，该引擎默认阻止第三方 Cookie。',
  'Opera menu (profile icon)': 'Opera 菜单（个人资料图标）',
  'Opera on phones and tablets has no dependable way to delete one site’s cookies; delete all cookies instead.':
    '手机和平板电脑版 Opera 没有可靠的方法单独删除某个网站的 Cookie，请改为删除所有 Cookie。',

  // Internet Explorer 11 (Windows in Simplified Chinese). From memory of the Windows UI, not checked.
  'Internet Explorer 11': 'Internet Explorer 11',
  'https://support.microsoft.com/en-us/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d':
    'https://support.microsoft.com/zh-cn/windows/delete-and-manage-cookies-168dab11-0753-043d-7c16-ede5947fc64d',
  'Internet Explorer mode in Microsoft Edge uses these settings too; Windows Control Panel › Internet Options opens them.':
    'Microsoft Edge 中的 Internet Explorer 模式也使用这些设置；可通过 Windows“控制面板 › Internet 选项”打开。',
  '⚙ Tools (Alt+X)': '⚙ 工具 (Alt+X)',
  'Internet options': 'Internet 选项',
  'Privacy tab': '“隐私”选项卡',
  'Override automatic cookie handling': '替代自动 cookie 处理',
  'if shown': '如有显示',
  'Third-party Cookies: Block': '第三方 Cookie：阻止',
  OK: '确定',
  'First-party Cookies: Block': '第一方 Cookie：阻止',
  'Internet Explorer cannot delete one site’s cookies; delete all cookies instead.':
    'Internet Explorer 无法单独删除某个网站的 Cookie，请改为删除所有 Cookie。',
  Safety: '安全',
  'Delete browsing history…': '删除浏览历史记录…',
  'Cookies and website data': 'Cookie 和网站数据',

  // In-app browsers. None checked in the apps. KakaoTalk, Instagram, Facebook and LINE have a Simplified Chinese
  // interface (labels below are best knowledge); the NAVER app has a Korean-only interface, so its own menu item
  // is given as the app shows it (Korean), with a Chinese gloss.
  KakaoTalk: 'KakaoTalk',
  '⋮ (top right)': '⋮（右上角）',
  'Open in another browser': '用其他浏览器打开',
  'Share icon (bottom right)': '分享图标（右下角）',
  'Open in Safari': '在 Safari 中打开',
  'NAVER app': 'NAVER 应用',
  // NAVER app: Korean-only UI, so the Korean on-screen labels (the iOS item too, via a scoped key).
  'Open in default browser': '“기본 브라우저로 열기”（用默认浏览器打开）',
  'naver|Open in Safari': '“Safari로 열기”（在 Safari 中打开）',
  '⋯ (top right)': '⋯（右上角）',
  Instagram: 'Instagram',
  'Open in external browser': '在外部浏览器中打开',
  Facebook: 'Facebook',
  LINE: 'LINE',
  'Open in other app': '用其他应用打开',
  'Share icon': '分享图标',
  'An app’s built-in browser': '应用内置浏览器',
  'Look for “Open in browser” in the app’s menu': '请在应用菜单中查找“在浏览器中打开”',
};

/**
 * How sure these labels are, per guide id (`inapp-<id>` for in-app browsers); a guide not listed is
 * unverified. For tests and maintainers only.
 */
export const checked: LocaleChecks = {
  'chrome-desktop': 'official',
  'edge-desktop': 'secondary',
  'firefox-desktop': 'official',
};
