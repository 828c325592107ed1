// Holding a response back, to see what a page does while a file is still on its way.
import type { BrowserContext, Page } from '@playwright/test';

/**
 * Holds the answer to every request for `url` (a glob) on `target` until `release()`: `requested` counts them,
 * `asked` settles at the first. Add it after the network guard (the route added last answers first). A held
 * script the page inserts holds back its load event too: navigate with `waitUntil: 'domcontentloaded'`.
 */
export async function holdBack(target: Page | BrowserContext, url: string) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let first!: () => void;
  const state = { requested: 0, asked: new Promise<void>((r) => (first = r)), release };
  await target.route(url, async (route) => {
    state.requested++;
    first();
    await held;
    await route.continue();
  });
  return state;
}
