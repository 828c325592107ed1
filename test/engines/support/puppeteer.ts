// Chromium (CDP) and Firefox ESR (WebDriver BiDi) through puppeteer-core, with the system's browsers: no
// download. Each profile is a browser context (Firefox: a user context), so cookies and storage start empty.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs } from '../../support/chromium';
import { clickPoint, pageScript, stopProcess, VIEWPORT, type Engine, type Key, type Profile, type Tab } from './browser';

/** Firefox preferences: every request not for the loopback goes to the test's proxy (`host:port`). */
function firefoxPrefs(proxy: string): Record<string, unknown> {
  const [host, port] = proxy.split(':');
  return {
    'network.proxy.type': 1, // manual
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.share_proxy_settings': true,
    // localhost and 127.0.0.1 stay direct: the test's own servers
    'network.proxy.allow_hijacking_localhost': false,
    // no DNS over HTTPS, no background connectivity or captive-portal probes, no speculative connections
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.predictor.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
  };
}

/**
 * What these browsers fetch by themselves on this machine (seen at the sink with a blank page): Chromium's
 * component updater, network time and account checks (Google's service hosts; Debian's build has API keys,
 * and switches such as --disable-component-update do not stop all of it), Firefox's remote-settings sync
 * (its server preference is ignored by release builds).
 */
const OWN_TRAFFIC = {
  chromium:
    /^(CONNECT (update\.googleapis\.com|accounts\.google\.com|clients\d*\.google\.com):443|(GET|POST) http:\/\/(update\.googleapis\.com|clients\d*\.google\.com)\/)/,
  firefox: /^CONNECT ([a-z0-9-]+\.)+(mozilla\.(com|net|org)|firefox\.com):443$/,
};

function tabOf(page: Page): Tab {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    run: (fn, ...args) => page.evaluate(pageScript(fn, args)) as Promise<never>,
    async click(selector) {
      const { x, y } = await clickPoint(this, selector);
      await page.mouse.click(x, y);
    },
    async press(key: Key) {
      if (key === 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(key === 'Space' ? ' ' : key);
    },
    close: () => page.close(),
  };
}

export async function launchPuppeteer(name: 'chromium' | 'firefox', executablePath: string, proxy: string): Promise<Engine> {
  const browser: Browser = await puppeteer.launch(
    name === 'firefox'
      ? {
          browser: 'firefox',
          protocol: 'webDriverBiDi',
          executablePath,
          headless: true,
          defaultViewport: VIEWPORT,
          extraPrefsFirefox: firefoxPrefs(proxy),
        }
      : // loopback addresses bypass a proxy in Chromium without being listed
        {
          browser: 'chrome',
          executablePath,
          headless: true,
          defaultViewport: VIEWPORT,
          args: [...chromiumArgs, `--proxy-server=http://${proxy}`],
        },
  );
  const pid = browser.process()?.pid;
  return {
    name,
    version: await browser.version(),
    ownTraffic: OWN_TRAFFIC[name],
    async profile(): Promise<Profile> {
      const context = await browser.createBrowserContext();
      const requests: string[] = [];
      return {
        requests,
        async open(url) {
          const page = await context.newPage();
          page.on('request', (r) => void requests.push(r.url()));
          await page.goto(url, { waitUntil: 'load' });
          return tabOf(page);
        },
        close: () => context.close(),
      };
    },
    async close() {
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
      await stopProcess(pid);
    },
  };
}
