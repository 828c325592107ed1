// Waiting for a page to go quiet before a test asserts that something did NOT happen.
//
// Playwright's `waitForLoadState('networkidle')` is a lifecycle event: it fires once per navigation, so
// after the first time it returns at once (waiting for nothing), and a request held by `page.route` can
// keep it from ever firing (a CI run timed out on it). This helper waits for quiet from the moment it is
// called and, when the page never goes quiet, says which requests are still open.
import type { Page, Request } from '@playwright/test';

/**
 * Resolves when the page has fired `load` and no request of the page has been in flight for `quietMs`.
 * Throws after `maxMs`, naming the requests still open.
 */
export async function settle(page: Page, { quietMs = 500, maxMs = 15_000 } = {}): Promise<void> {
  const open = new Set<Request>();
  let last = Date.now();
  const start = (r: Request) => {
    open.add(r);
    last = Date.now();
  };
  const end = (r: Request) => {
    open.delete(r);
    last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    const deadline = Date.now() + maxMs;
    await page.waitForLoadState('load', { timeout: maxMs });
    while (open.size || Date.now() - last < quietMs) {
      if (Date.now() > deadline) {
        const urls = [...open].map((r) => r.url()).join(', ');
        throw new Error(`the page did not go quiet within ${maxMs} ms; still open: ${urls || '(none)'}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}
