// Functions that run inside the page, in every engine. A test passes one to `tab.run(fn, ...args)`, which
// calls it in the page as `fn(helpers, ...args)` with the helpers below (see `pageScript`). A page function
// must not use anything from its own module (imports are renamed by the test runner's transform, and the
// page has none of them): only its arguments and the page's globals. What it takes and returns must
// survive JSON.

/** The first element matching `selector` in the document or any open shadow root (breadth first). */
export function deep(selector: string): HTMLElement | null {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    const hit = roots[i].querySelector<HTMLElement>(selector);
    if (hit) return hit;
    roots[i].querySelectorAll('*').forEach((e) => e.shadowRoot && roots.push(e.shadowRoot));
  }
  return null;
}

/** Whether `selector` matches an element that is rendered (not hidden, not display:none). */
export function shown(selector: string): boolean {
  const e = deep(selector);
  return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
}

/** The focused element (through shadow roots), described by its hooks. */
export function focused(): {
  tag: string;
  action: string | null;
  name: string | null;
  value: string | null;
  checked: boolean;
  role: string | null;
  inDialog: boolean;
  inBanner: boolean;
} | null {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  if (!a || a === document.body) return null;
  return {
    tag: a.tagName.toLowerCase(),
    action: a.getAttribute('data-action'),
    name: a.getAttribute('name'),
    value: a.getAttribute('value'),
    checked: !!(a as HTMLInputElement).checked,
    role: a.getAttribute('role'),
    inDialog: !!a.closest('[role="dialog"]'),
    inBanner: !!a.closest('[data-consentry-banner]'),
  };
}

/** The raw value of the first cookie called `name`, or null. */
export function cookie(name: string): string | null {
  const pair = document.cookie.split('; ').find((p) => p.startsWith(name + '='));
  return pair ? pair.slice(name.length + 1) : null;
}

/**
 * `key` in IndexedDB database `db`, object store `store`; undefined when the database does not exist yet.
 * It never creates the database: opening a missing one would create it without its stores, and the page's
 * own later open would then find no store to write to.
 */
export async function idbGet(db: string, store: string, key?: string): Promise<unknown> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes(db)) return undefined;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(db);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const d = open.result;
      if (!d.objectStoreNames.contains(store)) return (d.close(), resolve(undefined));
      const s = d.transaction(store).objectStore(store);
      const q = key === undefined ? s.getAll() : s.get(key);
      q.onsuccess = () => (d.close(), resolve(q.result));
      q.onerror = () => (d.close(), reject(q.error));
    };
  });
}

/** Scrolls the element into view and returns the centre of its box, in viewport pixels. */
export function centre(selector: string): { x: number; y: number } | string {
  const e = deep(selector);
  if (!e) return `no element matches ${selector}`;
  e.scrollIntoView({ block: 'center', inline: 'center' });
  const r = e.getBoundingClientRect();
  if (!r.width || !r.height) return `${selector} is not rendered`;
  const x = Math.round(r.left + r.width / 2);
  const y = Math.round(r.top + r.height / 2);
  // what a pointer there would hit, through shadow roots: another element on top would take the click
  let hit: Element | null = document.elementFromPoint(x, y);
  while (hit && hit.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  if (!hit || !(hit === e || e.contains(hit)))
    return `${selector} is covered by <${hit ? hit.tagName.toLowerCase() : 'nothing'}> at ${x},${y}`;
  return { x, y };
}

const HELPERS = { deep, shown, focused, cookie, idbGet, centre };

/** What a page function gets as its first argument. */
export type Helpers = typeof HELPERS;

/** A page function: runs in the page with the helpers, then JSON-safe arguments. */
export type PageFn<A extends unknown[], R> = (h: Helpers, ...args: A) => R | Promise<R>;

/** A script (an expression that yields a promise) that runs `fn(helpers, ...args)` in the page. */
export function pageScript(fn: PageFn<any[], unknown>, args: unknown[]): string {
  // each helper under its own name, so that they can call one another
  const defs = Object.entries(HELPERS)
    .map(([name, h]) => `const ${name} = ${h.toString()};`)
    .join('\n');
  return `(async () => {\n${defs}\nreturn (${fn.toString()})({ ${Object.keys(HELPERS).join(', ')} }, ...${JSON.stringify(args)});\n})()`;
}
