// WebKitGTK through WebKitWebDriver (W3C WebDriver) and the `webdriver` client. MiniBrowser needs a
// display, so the engine starts its own Xvfb (on a display number Xvfb picks itself) and its own
// WebKitWebDriver on a free port, and stops both by process id. Each profile is one WebDriver session: a
// fresh MiniBrowser with an ephemeral profile. WebDriver has no request interception: proxy environment
// variables send every request for another host to the test's sink instead (see `startDriver`).
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import WebDriver, { type Client } from 'webdriver';
import { clickPoint, ownProcess, pageScript, stopProcess, VIEWPORT, type Engine, type Key, type Profile, type Tab } from './browser';

export interface WebKitPrograms {
  driver: string;
  miniBrowser: string;
  xvfb: string;
}

const KEYS: Record<Key, string[]> = {
  Tab: ['\uE004'],
  'Shift+Tab': ['\uE008', '\uE004'],
  Enter: ['\uE007'],
  Space: ['\uE00D'],
};

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = net.createServer().once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => ok(port));
    });
  });

/** Output kept for the error message when a program dies early. */
const tail = (child: ChildProcess) => {
  let out = '';
  const keep = (c: Buffer) => void (out = (out + c.toString()).slice(-2000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => out.trim();
};

/** Starts Xvfb; resolves with its display (`:N`) once it accepts clients (it writes N to fd 3 then). */
async function startXvfb(path: string): Promise<{ child: ChildProcess; display: string }> {
  const child = spawn(path, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  ownProcess(child);
  const output = tail(child);
  const display = await new Promise<string>((ok, fail) => {
    let got = '';
    child.stdio[3]!.on('data', (c: Buffer) => {
      got += c.toString();
      if (got.includes('\n')) ok(':' + got.trim());
    });
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it was ready: ${output()}`)));
    setTimeout(() => fail(new Error(`Xvfb did not start in 10 s: ${output()}`)), 10_000);
  });
  return { child, display };
}

/**
 * Starts WebKitWebDriver. Every request for another host goes to the test's sink through the proxy
 * environment variables, which MiniBrowser inherits (GLib's proxy resolver reads them). The session's
 * `proxy` capability did the same but made one MiniBrowser start in six or so hang for good.
 */
async function startDriver(path: string, display: string, proxy: string): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISPLAY: display,
    http_proxy: `http://${proxy}`,
    https_proxy: `http://${proxy}`,
    no_proxy: '127.0.0.1,localhost',
  };
  for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY', 'all_proxy']) delete env[k];
  const child = spawn(path, [`--port=${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  ownProcess(child);
  const output = tail(child);
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const end = Date.now() + 10_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`WebKitWebDriver exited (${exited}) before it was ready: ${output()}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return { child, port };
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`WebKitWebDriver did not answer on port ${port} in 10 s: ${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function tabOf(client: Client, handle: string, session: { current: string }): Tab {
  /** Commands go to the session's current window: make it this tab's first. */
  const mine = async () => {
    if (session.current !== handle) {
      await client.switchToWindow(handle);
      session.current = handle;
    }
  };
  return {
    goto: async (url) => (await mine(), void (await client.navigateTo(url))),
    reload: async () => (await mine(), void (await client.refresh())),
    async run(fn, ...args) {
      await mine();
      return (await client.executeScript(`return ${pageScript(fn, args)}`, [])) as never;
    },
    async click(selector) {
      await mine();
      const { x, y } = await clickPoint(this, selector);
      await client.performActions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, origin: 'viewport', x, y },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]);
      await client.releaseActions();
    },
    async press(key) {
      await mine();
      const keys = KEYS[key];
      const actions = [
        ...keys.map((value) => ({ type: 'keyDown', value })),
        ...[...keys].reverse().map((value) => ({ type: 'keyUp', value })),
      ];
      await client.performActions([{ type: 'key', id: 'keyboard', actions }]);
      await client.releaseActions();
    },
    async close() {
      await mine();
      await client.closeWindow();
    },
  };
}

/** A WebKitWebDriver process; it serves one session at a time, so `free` says when it can take the next. */
interface Driver {
  child: ChildProcess;
  port: number;
  free: Promise<void>;
}

export async function launchWebKit(programs: WebKitPrograms, proxy: string): Promise<Engine> {
  const xvfb = await startXvfb(programs.xvfb);
  const drivers: Driver[] = [];
  const stopAll = async () => {
    for (const d of drivers) await stopProcess(d.child.pid);
    await stopProcess(xvfb.child.pid);
  };
  try {
    // two drivers: while a test uses a session of one, the next test's session starts on the other
    for (const d of await Promise.all([
      startDriver(programs.driver, xvfb.display, proxy),
      startDriver(programs.driver, xvfb.display, proxy),
    ]))
      drivers.push({ ...d, free: Promise.resolve() });
  } catch (e) {
    await stopAll();
    throw e;
  }
  const newSession = (port: number) =>
    WebDriver.newSession({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      // a MiniBrowser start that hangs (rare since the proxy comes from the environment) is given up after
      // 20 s and started again on a fresh driver (see `prepare`)
      connectionRetryTimeout: 20_000,
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        // plain W3C WebDriver: WebKitWebDriver does not offer BiDi and refuses a session that asks for it
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: programs.miniBrowser, args: ['--automation'] },
      } as WebdriverIO.Capabilities,
    });
  /**
   * A session starting on `driver` as soon as it is free. A start that hangs is tried again, up to three
   * times, on a freshly started driver in the same slot: a stuck driver refuses every later session too.
   * The first session (the one that tells the version) goes through here as well.
   */
  const prepare = (driver: Driver) => {
    const session = driver.free.then(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await newSession(driver.port);
        } catch (e) {
          if (attempt === 3) throw e;
          await stopProcess(driver.child.pid);
          Object.assign(driver, await startDriver(programs.driver, xvfb.display, proxy));
        }
      }
    });
    session.catch(() => {}); // reported when a profile takes it
    return { driver, session };
  };
  let next = prepare(drivers[0]);
  let other = drivers[1];
  const open = new Set<Client>();
  let version: string;
  try {
    version = `MiniBrowser/${(await next.session).capabilities.browserVersion} (WebKitGTK)`;
  } catch (e) {
    await stopAll();
    throw e;
  }

  return {
    name: 'webkit',
    version,
    // MiniBrowser fetches nothing by itself: every request at the sink is a page's
    ownTraffic: /$^/,
    async profile(): Promise<Profile> {
      const { driver, session } = next;
      const client = await session;
      open.add(client);
      let release!: () => void;
      driver.free = new Promise((r) => (release = r));
      next = prepare(other);
      other = driver;
      const state = { current: await client.getWindowHandle() };
      await client.setWindowRect(0, 0, VIEWPORT.width, VIEWPORT.height);
      let fresh = true;
      return {
        requests: null,
        async open(url) {
          if (!fresh) {
            const { handle } = await client.createWindow('tab');
            await client.switchToWindow(handle);
            state.current = handle;
          }
          fresh = false;
          const tab = tabOf(client, state.current, state);
          await tab.goto(url);
          return tab;
        },
        async close() {
          open.delete(client);
          await client.deleteSession().catch(() => {});
          release();
        },
      };
    },
    async close() {
      for (const c of open) await c.deleteSession().catch(() => {});
      const spare = await next.session.catch(() => undefined);
      await spare?.deleteSession().catch(() => {});
      await stopAll();
    },
  };
}
