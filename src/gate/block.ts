import type { Consent } from '../core/types';
import { localize } from '../core/localize';
import { formatList } from '../core/fmt';
import { pickPageLocale } from '../core/locales';
import { pageNonce } from './nonce';
import { runScript } from './run-script';
import { startCleanup } from './cleanup';
import type { PlaceholderProps } from './placeholder';

/** Builds the placeholder for a blocked iframe (see placeholder.ts); may arrive later (an on-demand part). */
export type PlaceholderFactory = (frame: HTMLIFrameElement, props: PlaceholderProps) => HTMLElement | Promise<HTMLElement>;

export interface GateOptions {
  /** The document to gate (default: the global one). */
  root?: Document;
  /**
   * The page's CSP nonce (default: the first `<script nonce>` that is not a tagged one). On a page with a
   * nonce, only blocked scripts that carry this same nonce are released: under `'strict-dynamic'` a script
   * the gate creates runs whatever its own nonce, so the gate is the check. The placeholder's style gets it
   * too. Re-created scripts keep their own nonce and never get this one.
   */
  nonce?: string;
  /** Placeholders in front of blocked iframes: `true` (default) for the built-in one, `false` for none, or your own factory. */
  placeholder?: boolean | PlaceholderFactory;
  /** Delete a purpose's cookies when it stops being granted (default true; see startCleanup). */
  cleanup?: boolean;
  /** Placeholder language, one of the built-in locales (default: the config's locale, `<html lang>`, then the browser's; Korean when none matches). */
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
 * Declarative blocking (the engine behind `startGate`; placeholders come from `opts.placeholder` when it is
 * a factory). See index.ts for the contract.
 */
export function gate(consent: Consent, opts: GateOptions = {}): GateController {
  const doc = opts.root || document;
  const win = doc.defaultView || window;
  const nonce = opts.nonce || pageNonce(doc);
  const config = consent.config;
  const granted = (id: string) => consent.isGranted(id);
  const lang = pickPageLocale([opts.locale, config.locale, doc.documentElement.lang, ...(win.navigator.languages || [])]);
  const done = new WeakSet<Element>();
  const seen = new WeakSet<Element>();
  const holders = new WeakMap<Element, HTMLElement | null>();
  let chain = Promise.resolve();

  const warn = (what: string, el: Element) => win.console.warn('consentry: ' + what, el);
  const bare = (t: string) => t.replace('!', '');
  const known = (t: string) => config.purposes.some((p) => p.id == bare(t));
  const safe = (url: string) => {
    try {
      return /^https?:$/.test(new URL(url, doc.baseURI).protocol);
    } catch {
      return false;
    }
  };
  // While the page is still parsing, a script element is complete only once something follows it.
  const parsed = (n: Node | null): boolean => doc.readyState != 'loading' || (!!n && (!!n.nextSibling || parsed(n.parentNode)));

  function activate(el: Element): void {
    done.add(el);
    const script = el.tagName == 'SCRIPT';
    const url = el.getAttribute('data-src') || (script ? el.getAttribute('src') : null);
    if (url != null && !safe(url)) return warn('refused a data-src that is not http(s)', el);
    // Markup injected into a nonce page has no nonce (it cannot guess it): the CSP would stop it, except
    // that 'strict-dynamic' trusts whatever a trusted script creates — so the gate refuses it itself.
    if (script && nonce && ((el as HTMLScriptElement).nonce || el.getAttribute('nonce')) != nonce)
      return warn("refused a script that does not carry the page's nonce", el);
    if (script) {
      chain = chain.then(() => runScript(doc, el as HTMLScriptElement, url));
      return;
    }
    const holder = holders.get(el);
    holders.delete(el);
    if (holder) {
      holder.remove();
      (el as HTMLElement).hidden = false;
    }
    const srcset = el.getAttribute('data-srcset');
    if (srcset) el.setAttribute('srcset', srcset);
    el.setAttribute(el.tagName == 'LINK' ? 'href' : 'src', url!);
  }

  function hold(frame: HTMLIFrameElement, ids: string[], make: PlaceholderFactory): void {
    holders.set(frame, null);
    const wanted = ids.filter((t) => t[0] != '!');
    const props: PlaceholderProps = {
      lang,
      nonce,
      purpose: formatList(
        wanted.map((id) => localize(config.purposes.find((p) => p.id == id)?.title, lang) || id),
        lang,
      ),
      onOnce() {
        activate(frame);
        frame.focus();
      },
      onAlways() {
        const choices: { [id: string]: 'agree' } = {};
        for (const id of wanted) if (!granted(id)) choices[id] = 'agree';
        consent.decide(choices, { method: 'placeholder', locale: lang }).then(
          () => {
            run(doc);
            frame.focus();
          },
          (e) => warn(String(e), frame),
        );
      },
    };
    Promise.resolve(make(frame, props)).then(
      (box) => {
        // the frame may have been allowed (or removed) while the placeholder was on its way
        if (holders.get(frame) !== null || !frame.parentNode) return;
        holders.set(frame, box);
        frame.parentNode.insertBefore(box, frame);
        frame.hidden = true;
      },
      (e) => warn(String(e), frame),
    );
  }

  function run(scope: ParentNode, changed?: string[]): void {
    const found = Array.from(scope.querySelectorAll(SELECTOR));
    if ((scope as Element).matches && (scope as Element).matches(SELECTOR)) found.unshift(scope as Element);
    for (const el of found) {
      const ids = (el.getAttribute('data-consent') || '').split(/\s+/).filter(Boolean);
      // An id the config does not have keeps the element blocked, `!id` included (it is never "not granted").
      const ok = ids.length > 0 && ids.every((t) => known(t) && (t[0] == '!') != granted(bare(t)));
      if (!seen.has(el)) {
        seen.add(el);
        for (const t of ids) if (!known(t)) warn(`unknown purpose "${t}" in data-consent keeps it blocked`, el);
      }
      if (!el.hasAttribute('data-src') && !(el.tagName == 'SCRIPT' && (el as HTMLScriptElement).type == 'text/plain')) {
        // plain content: shown while its condition holds (`!id`: while the purpose is not granted)
        ok ? el.removeAttribute('hidden') : el.setAttribute('hidden', '');
      } else if (done.has(el)) {
        // a frame whose purpose was just withdrawn goes back behind its placeholder, unloaded
        if (!ok && el.tagName == 'IFRAME' && changed && ids.some((t) => changed.indexOf(bare(t)) >= 0)) {
          const copy = el.cloneNode(true) as Element;
          copy.removeAttribute('src');
          el.parentNode!.replaceChild(copy, el);
          run(copy);
        }
      } else if (ok) {
        if (el.tagName != 'SCRIPT' || parsed(el)) activate(el);
      } else if (el.tagName == 'IFRAME' && typeof opts.placeholder == 'function' && !holders.has(el) && ids.every(known)) {
        hold(el as HTMLIFrameElement, ids, opts.placeholder);
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
  const refresh = () => run(doc);
  doc.addEventListener('DOMContentLoaded', refresh);
  const offChange = consent.on('change', (e) => run(doc, e.changed));
  const offCleanup = opts.cleanup === false ? () => {} : startCleanup(consent, doc);

  return {
    refresh,
    stop() {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', refresh);
      offChange();
      offCleanup();
    },
  };
}
