// One small interface over three engines, so that one scenario file runs in each:
// Chromium (Debian's, over CDP) and Firefox ESR (over WebDriver BiDi) through puppeteer-core, WebKitGTK
// through WebKitWebDriver (W3C WebDriver) with the `webdriver` client. Input is real input (pointer clicks
// at an element's centre, key presses), not element.click().
import type { ChildProcess } from 'node:child_process';
import type { EngineName } from '../../tools/engines.mjs';
import { pageScript, type PageFn } from './in-page';

export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space';

export interface Tab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(helpers, ...args)` in the page (see in-page.ts); awaits what it returns. */
  run<A extends unknown[], R>(fn: PageFn<A, R>, ...args: A): Promise<R>;
  /** Clicks the centre of the element `selector` finds (through open shadow roots) with the pointer. */
  click(selector: string): Promise<void>;
  press(key: Key): Promise<void>;
  close(): Promise<void>;
}

/** A fresh browser profile: its own cookies and storage, shared by its tabs. */
export interface Profile {
  /**
   * Every URL its pages requested (documents, scripts, fetches), where the engine reports them
   * (Chromium and Firefox); null where it cannot (WebKitGTK over WebDriver).
   */
  requests: string[] | null;
  /** A new tab of this profile, at `url` (loaded). */
  open(url: string): Promise<Tab>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** What the engine says it is, e.g. `firefox/153.8.0`. */
  version: string;
  /**
   * Requests the browser makes by itself (updates, time, settings sync), whatever the page: they reach the
   * sink like everything else, are refused there and counted, but are not the page's doing. Pages are
   * checked through `Profile.requests` in these engines.
   */
  ownTraffic: RegExp;
  profile(): Promise<Profile>;
  /** Stops everything the engine started, by process id. */
  close(): Promise<void>;
}

/** The window every engine uses, so layouts match. */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * The centre of `selector` for a pointer, once the element is rendered and nothing covers it (as a visitor
 * waits for a button to appear); a clear error saying why when that does not happen in 5 s.
 */
export async function clickPoint(tab: Tab, selector: string): Promise<{ x: number; y: number }> {
  const end = Date.now() + 5_000;
  for (;;) {
    const c = await tab.run((h, s) => h.centre(s), selector);
    if (typeof c !== 'string') return c;
    if (Date.now() > end) throw new Error(`cannot click: ${c}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Polls `fn` in the page until it returns something truthy; fails with `what` and the last value. */
export async function until<A extends unknown[], R>(tab: Tab, what: string, fn: PageFn<A, R>, ...args: A): Promise<R> {
  const end = Date.now() + 15_000;
  let last: R | undefined;
  for (;;) {
    last = await tab.run(fn, ...args);
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const started = new Set<number>();
const killStarted = () => {
  for (const pid of started)
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
};

/**
 * Remembers a process the harness started (Xvfb, WebKitWebDriver), so that it is killed by its id even when
 * the test process ends without closing the engine (a crash, a timeout, Ctrl+C). An Xvfb left behind keeps
 * its display; MiniBrowser goes when its Xvfb does.
 */
export function ownProcess(child: ChildProcess): void {
  const pid = child.pid;
  if (!pid) return;
  if (!started.size) {
    process.once('exit', killStarted);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
      process.once(signal, () => {
        killStarted();
        process.exit(1);
      });
  }
  started.add(pid);
  child.once('exit', () => started.delete(pid));
}

/** Stops `pid` if it still runs: SIGTERM, then SIGKILL after `ms`. Resolves when it is gone. */
export async function stopProcess(pid: number | undefined, ms = 3000): Promise<void> {
  if (!pid) return;
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const end = Date.now() + ms;
  while (alive() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
  if (alive()) process.kill(pid, 'SIGKILL');
}

export { pageScript };
