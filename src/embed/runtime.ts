/**
 * The script-tag bundle's runtime for on-demand parts.
 *
 * `installRuntime()` defines `window.__consentryRuntime = { preact, hooks, jsx, register }`: parts
 * (src/embed/parts/<name>.ts → dist/consentry-<name>.js, built with Preact external) share one Preact
 * instance through it. The first-paint bundle draws its banner without Preact (that keeps it small), so
 * Preact itself is the part `preact` (src/embed/parts/preact.ts, which fills in `preact`, `hooks`, `jsx`):
 * `loadPart(name)` loads it before the parts that draw with it (`PREACT_PARTS`). Each part is injected as
 * `<script src="<folder of consentry.js>/consentry-<name>.js">` with the nonce of the consentry script tag,
 * and `loadPart` resolves with the API the part hands to `register(name, api)` (see src/embed/register.ts).
 */
import type * as preact from 'preact';
import type * as hooks from 'preact/hooks';
import type * as jsx from 'preact/jsx-runtime';

export interface ConsentryRuntime {
  /** Set by the `preact` part. */
  preact?: typeof preact;
  hooks?: typeof hooks;
  jsx?: typeof jsx;
  register(name: string, api: unknown): void;
  /** Modules the boot shares with the parts (see src/embed/shared.ts), so no part carries a copy. */
  m?: { [module: string]: unknown };
}

type Pending = {
  promise: Promise<unknown>;
  resolve(api: unknown): void;
  reject(err: Error): void;
  /** the part's script tag was injected */
  started?: boolean;
  /** the part called register() */
  done?: boolean;
};

const parts: { [name: string]: Pending } = {};
let base = '';
let nonce = '';

function pending(name: string): Pending {
  let p = parts[name];
  if (!p) {
    const d = {} as Pending;
    d.promise = new Promise((resolve, reject) => ((d.resolve = resolve), (d.reject = reject)));
    p = parts[name] = d;
  }
  return p;
}

/**
 * The consentry script tag: `document.currentScript` while the script runs, else (a module script, a
 * callback) the tag whose file is consentry.js or consentry.debug.js. Only that exact file name: the parts
 * load from its folder with its nonce, so another script that merely mentions "consentry" must not count.
 */
export function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current) return current;
  const tags = document.querySelectorAll<HTMLScriptElement>('script[src]');
  for (let i = tags.length - 1; i >= 0; i--) if (/\/consentry(\.debug)?\.js([?#]|$)/.test(tags[i].src)) return tags[i];
  return null;
}

/**
 * Defines `window.__consentryRuntime` and remembers where consentry.js came from and its CSP nonce.
 * Call synchronously while the script runs (so `document.currentScript` is the consentry script tag).
 */
export function installRuntime(script: HTMLScriptElement | null = ownScript()): ConsentryRuntime {
  const el = script;
  if (el && el.src) base = el.src.slice(0, el.src.lastIndexOf('/') + 1);
  nonce = (el && (el.nonce || el.getAttribute('nonce'))) || '';
  const w = window;
  return (w.__consentryRuntime = w.__consentryRuntime || {
    register(name, api) {
      const p = pending(name);
      p.done = true;
      p.resolve(api);
    },
  });
}

/** The nonce of the consentry script tag ('' when it has none); the UI reuses it for its fallback `<style>`. */
export function scriptNonce(): string {
  return nonce;
}

/**
 * The parts drawn with Preact: their IIFE reads `__consentryRuntime.preact`, so the part `preact` loads first.
 * (test/embed/preact-parts.test.ts checks the built parts against this list.)
 */
export const PREACT_PARTS = ['ui', 'rights', 'guide'];

const url = (name: string) => `${base}consentry-${name}.js`;

/**
 * Hints the browser to fetch part `name` now (`<link rel="preload" as="script">`, with the nonce), for a
 * part the page is about to need: the fetch starts before the boot has finished running.
 */
export function preloadPart(name: string): void {
  const l = document.createElement('link');
  l.rel = 'preload';
  l.as = 'script';
  l.href = url(name);
  if (nonce) l.nonce = nonce;
  document.head.appendChild(l);
}

/**
 * Loads `consentry-<name>.js` from the folder consentry.js was served from (once; later calls share the
 * promise). Rejects when the file fails to load or does not register itself; a later call tries again.
 */
export function loadPart<T = unknown>(name: string): Promise<T> {
  if (!/^[a-z0-9-]+$/.test(name)) return Promise.reject(new Error(`consentry: bad part name "${name}"`));
  // these parts run against the shared Preact, so it loads first; the others draw without it
  if (PREACT_PARTS.includes(name)) return loadPart('preact').then(() => inject<T>(name));
  return inject<T>(name);
}

function inject<T>(name: string): Promise<T> {
  const p = pending(name);
  if (!p.started && !p.done) {
    p.started = true;
    const s = document.createElement('script');
    s.src = url(name);
    s.async = true;
    if (nonce) s.nonce = nonce;
    const fail = (why: string) => {
      // forget this attempt so the next call can retry (e.g. after a network blip)
      if (parts[name] === p) delete parts[name];
      s.remove();
      p.reject(new Error(`consentry: part "${name}" ${why} (${s.src})`));
    };
    s.onerror = () => fail('failed to load');
    // a part registers while its script runs, i.e. before `load` fires
    s.onload = () => p.done || fail('did not register');
    document.head.appendChild(s);
  }
  return p.promise as Promise<T>;
}
