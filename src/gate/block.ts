import type { Consent } from '../core/types';
import { localize, pickLocale } from '../core/localize';
import { pageNonce } from './nonce';
import { startCleanup } from './cleanup';
import { placeholder } from './placeholder';

export interface GateOptions {
  /** The document to gate (default: the global one). */
  root?: Document;
  /** CSP nonce for re-created scripts that have none of their own, and the placeholder style (default: the first `script[nonce]`). */
  nonce?: string;
  /** Show placeholders in front of blocked iframes (default true). */
  placeholder?: boolean;
  /** Delete a purpose's cookies when it stops being granted (default true; see startCleanup). */
  cleanup?: boolean;
  /** Placeholder language, `ko` or `en` (default: the config's locale, `<html lang>`, then the browser's). */
  locale?: string;
}

export interface GateController {
  /** Scans the whole document again (elements inserted while stopped, attributes changed by the site). */
  refresh(): void;
  /** Stops watching the document and the consent. Activated tags stay. */
  stop(): void;
}

const SELECTOR = '[data-consent]';

/**
 * Declarative blocking. `<script type="text/plain" data-consent="analytics">` (inline or with `data-src`)
 * and `iframe` / `img` / `link` / any element with `data-consent` + `data-src` are activated once every
 * purpose listed in `data-consent` is granted, in document order; scripts with a source run one after
 * another unless `async`. Inline scripts are re-created with the same text (never eval); `async`, `defer`,
 * `nonce`, `integrity`, `crossorigin`, `referrerpolicy` and every other attribute are kept, `data-type`
 * becomes `type` (`module`). Only http(s) and relative URLs load. `!id` in `data-consent` requires that
 * purpose NOT to be granted; elements without `data-src` (and not a text/plain script) are shown or
 * hidden (`hidden`) as their condition holds. Blocked iframes get a placeholder; an iframe whose purpose is
 * withdrawn is blocked again. Elements inserted later are handled the same way (MutationObserver).
 */
export function startGate(consent: Consent, opts: GateOptions = {}): GateController {
  const doc = opts.root || document;
  const win = doc.defaultView || window;
  const nonce = opts.nonce || pageNonce(doc);
  const config = consent.config;
  const known = (id: string) => config.purposes.some((p) => p.id == id);
  const lang =
    opts.locale || pickLocale([config.locale, doc.documentElement.lang, ...(win.navigator.languages || [])], ['ko', 'en']);
  const done = new WeakSet<Element>();
  const seen = new WeakSet<Element>();
  const holders = new WeakMap<Element, HTMLElement>();
  let chain = Promise.resolve();

  const warn = (what: string, el: Element) => win.console.warn(`consentry: ${what}`, el);
  const tokens = (el: Element) => (el.getAttribute('data-consent') || '').split(/\s+/).filter(Boolean);
  const allowed = (ids: string[]) =>
    ids.length > 0 && ids.every((t) => (t[0] == '!' ? !consent.isGranted(t.slice(1)) : consent.isGranted(t)));
  const safe = (url: string) => {
    try {
      return /^https?:$/.test(new URL(url, doc.baseURI).protocol);
    } catch {
      return false;
    }
  };
  // While the page is still parsing, a script element is complete only once something follows it.
  const parsed = (n: Node | null): boolean => doc.readyState != 'loading' || (!!n && (!!n.nextSibling || parsed(n.parentNode)));

  /** Inserts a live copy of a blocked script in its place; resolves when the next one may run. */
  const runScript = (old: HTMLScriptElement, url: string | null) =>
    new Promise<void>((next) => {
      if (!old.parentNode) return next(); // removed before its turn
      const s = doc.createElement('script');
      for (const a of Array.from(old.attributes))
        if (!/^(type|src|nonce|data-(src|type|consent))$/.test(a.name)) s.setAttribute(a.name, a.value);
      const type = old.getAttribute('data-type');
      if (type) s.type = type;
      const n = old.nonce || old.getAttribute('nonce') || nonce;
      if (n) s.nonce = n;
      // scripts inserted from JS are async by default; keep them ordered unless the page said async
      s.async = old.hasAttribute('async');
      const wait = !!url && !s.async;
      if (wait) s.onload = s.onerror = () => next();
      if (url) s.src = url;
      else s.text = old.text;
      old.parentNode.replaceChild(s, old);
      if (!wait) next();
    });

  function activate(el: Element): void {
    done.add(el);
    const script = el.tagName == 'SCRIPT';
    const url = el.getAttribute('data-src') || (script ? el.getAttribute('src') : null);
    if (url != null && !safe(url)) return warn('refused a data-src that is not http(s)', el);
    if (script) {
      chain = chain.then(() => runScript(el as HTMLScriptElement, url));
      return;
    }
    const holder = holders.get(el);
    if (holder) {
      holder.remove();
      holders.delete(el);
      (el as HTMLElement).hidden = false;
    }
    const srcset = el.getAttribute('data-srcset');
    if (srcset) el.setAttribute('srcset', srcset);
    el.setAttribute(el.tagName == 'LINK' ? 'href' : 'src', url!);
  }

  /** A fresh, unloaded copy of a frame whose purpose was withdrawn. */
  function reblock(el: Element): void {
    const copy = el.cloneNode(true) as Element;
    copy.removeAttribute('src');
    el.parentNode!.replaceChild(copy, el);
    run(copy);
  }

  function run(scope: ParentNode, changed?: string[]): void {
    const found = Array.from(scope.querySelectorAll(SELECTOR));
    if ((scope as Element).matches && (scope as Element).matches(SELECTOR)) found.unshift(scope as Element);
    for (const el of found) {
      const ids = tokens(el);
      const ok = allowed(ids);
      if (!seen.has(el)) {
        seen.add(el);
        for (const t of ids) if (!known(t.replace('!', ''))) warn(`unknown purpose "${t}" in data-consent`, el);
      }
      if (!el.hasAttribute('data-src') && !(el.tagName == 'SCRIPT' && (el as HTMLScriptElement).type == 'text/plain')) {
        ok ? el.removeAttribute('hidden') : el.setAttribute('hidden', '');
      } else if (done.has(el)) {
        if (!ok && el.tagName == 'IFRAME' && changed && ids.some((t) => changed.indexOf(t.replace('!', '')) >= 0)) reblock(el);
      } else if (ok) {
        if (el.tagName != 'SCRIPT' || parsed(el)) activate(el);
      } else if (el.tagName == 'IFRAME' && opts.placeholder !== false && !holders.has(el)) {
        const frame = el as HTMLIFrameElement;
        const wanted = ids.filter((t) => t[0] != '!');
        const titles = wanted.map((id) => localize(config.purposes.find((p) => p.id == id)?.title, lang) || id);
        holders.set(
          frame,
          placeholder(frame, {
            lang,
            nonce,
            purpose: titles.join(', '),
            onOnce: () => {
              activate(frame);
              frame.focus();
            },
            onAlways: () => {
              const choices: { [id: string]: 'agree' } = {};
              for (const id of wanted) if (!consent.isGranted(id)) choices[id] = 'agree';
              consent.decide(choices, { method: 'placeholder', locale: lang }).then(
                () => {
                  run(doc);
                  frame.focus();
                },
                (e) => warn(String(e), frame),
              );
            },
          }),
        );
      }
    }
  }

  run(doc);
  // While parsing, a batch may hold scripts still being written: rescan everything to keep document order.
  const observer = new win.MutationObserver((records) => {
    if (doc.readyState == 'loading') return run(doc);
    for (const r of records) r.addedNodes.forEach((n) => n.nodeType == 1 && run(n as Element));
  });
  observer.observe(doc, { childList: true, subtree: true });
  const ready = () => run(doc);
  doc.addEventListener('DOMContentLoaded', ready);
  const offChange = consent.on('change', (e) => run(doc, e.changed));
  const offCleanup = opts.cleanup === false ? () => {} : startCleanup(consent, doc);

  return {
    refresh: ready,
    stop() {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', ready);
      offChange();
      offCleanup();
    },
  };
}
