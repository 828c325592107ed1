// Waiting for a page to go quiet before a test asserts that something did NOT happen.
//
// Playwright's `waitForLoadState('networkidle')` is a lifecycle event: it fires once per navigation, so
// after the first time it returns at once (waiting for nothing), and a request held by `page.route` can
// keep it from ever firing (a CI run timed out on it). Here the requests of a browser context are counted
// from before its pages load anything (`watchRequests`), and `settle` waits until the page has none open,
// naming the open ones when it gives up.
import type { BrowserContext, Frame, Page, Request } from '@playwright/test';

interface Traffic {
  open: Set<Request>;
  /** When a request of the page last started or ended. */
  last: number;
}
/** The watched contexts, and the traffic of each of their pages. */
const watched = new WeakSet<BrowserContext>();
const traffic = new WeakMap<Page, Traffic>();

/** The page a request belongs to (undefined for a service worker's). */
const pageOf = (r: Request): Page | undefined => {
  try {
    return r.frame().page();
  } catch {
    return undefined;
  }
};

/** Starts counting the requests of every page of `context`: call it before a page of it loads anything. */
export function watchRequests(context: BrowserContext): void {
  if (watched.has(context)) return;
  watched.add(context);
  const of = (r: Request) => {
    const page = pageOf(r);
    if (!page) return;
    if (!traffic.has(page)) traffic.set(page, { open: new Set(), last: Date.now() });
    const t = traffic.get(page)!;
    t.last = Date.now();
    return t;
  };
  const end = (r: Request) => void of(r)?.open.delete(r);
  context.on('request', (r) => void of(r)?.open.add(r));
  const frameOf = (r: Request): Frame | undefined => {
    try {
      return r.frame();
    } catch {
      return undefined;
    }
  };
  // A navigation cancels the old document's requests without a requestfailed event: drop them. The same for
  // a frame (an iframe the gate unloads on a withdrawal, or one taken off the page) that navigates again or
  // goes away while its document is still loading.
  const navigated = (page: Page) => (frame: Frame) => {
    const t = traffic.get(page);
    if (!t) return;
    if (frame == page.mainFrame()) {
      for (const r of t.open) if (!r.isNavigationRequest()) t.open.delete(r);
    } else for (const r of t.open) if (frameOf(r) == frame && !(r.isNavigationRequest() && r.url() == frame.url())) t.open.delete(r);
  };
  const detached = (page: Page) => (frame: Frame) => {
    const t = traffic.get(page);
    if (t) for (const r of t.open) if (frameOf(r) == frame) t.open.delete(r);
  };
  const follow = (page: Page) => {
    page.on('framenavigated', navigated(page));
    page.on('framedetached', detached(page));
  };
  context.on('page', follow);
  for (const page of context.pages()) follow(page);
  context.on('requestfinished', end);
  context.on('requestfailed', end);
}

/**
 * Resolves when `page` has fired `load` and none of its requests has been open or has started or ended for
 * `quietMs`. Throws after `maxMs`, naming the requests still open, and at once when its context is
 * not watched (requests started before would go unseen).
 */
export async function settle(page: Page, { quietMs = 500, maxMs = 15_000 } = {}): Promise<void> {
  if (!watched.has(page.context())) throw new Error('settle: call watchRequests(context) before the page loads anything');
  const deadline = Date.now() + maxMs;
  await page.waitForLoadState('load', { timeout: maxMs });
  const t = () => traffic.get(page) || { open: new Set<Request>(), last: 0 };
  while (t().open.size || Date.now() - t().last < quietMs) {
    if (Date.now() > deadline) {
      const urls = [...t().open].map((r) => r.url()).join(', ');
      throw new Error(`the page did not go quiet within ${maxMs} ms; still open: ${urls}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
