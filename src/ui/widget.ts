/**
 * The widget host, written without Preact so the script tag's first paint stays small: the controller
 * that shows the first layer (its plain-DOM parts in widget-banner.ts) in the host element
 * (widget-host.ts, put on the page by widget-attach.ts), answers the page's links (widget-links.ts), and
 * opens the Preact views (preferences dialog, age question and guardian step in widget-gate.ts, result
 * notice in widget-notices.ts, inline form), loaded with the texts they need by widget-texts.ts. The
 * banner's code, the views and the texts come through loaders: `mountConsentUI` (npm) gets them with
 * `import()`, the script tag from its parts (src/embed/parts/banner.ts, ui.ts, locale-*).
 */
import type { Consent, ConsentSnapshot, MarketingResult } from '../core/types';
import type { Locale } from '../core/locales';
import { activeElement, el } from '../dom/element';
import type { ConsentUI, MountOptions, Strings, ViewContext } from './types';
import { reopenButton } from './reopen';
import type { makeBanner, showOptedOut } from './widget-banner';
import { placeHost, whenParsed } from './widget-attach';
import { ageGate } from './widget-gate';
import { createHost } from './widget-host';
import { notices, optOutAll } from './widget-notices';
import { baseCss } from './css/base';
import { linkClicks, optOutLinks } from './widget-links';
import { widgetTexts } from './widget-texts';

/** Calls `show` with the views and a fresh context once they are loaded, unless the widget is destroyed by then. */
export type WithViews = (show: (v: Views, c: ViewContext) => void) => void;

/** A rendered view; calling it unmounts the view. */
export type Unmount = () => void;

/** The inline form's controls, as the form view hands them to the host. */
export interface FormView {
  valid(): boolean;
  submit(): Promise<ConsentSnapshot>;
  unmount: Unmount;
}

/** The Preact views the host opens (src/ui/views/index.tsx). */
export interface Views {
  css: string;
  /** The preferences dialog; `done(saved)` when it closes. `rest`: ids the banner's "Agree to all" left to it. */
  preferences(root: HTMLElement, ctx: ViewContext, done: (saved: boolean) => void, rest?: string[]): Unmount;
  /**
   * The first layer while children are configured and the age is unknown, a guardian is missing, or a child
   * is refused: the age question, then the guardian step or the refusal. `done(decided, note)` when it is
   * over (`decided`: the child refused all; `note`: what to tell the visitor). While `hold(true)`, the host
   * keeps it even if no decision is needed any more (a refusal being read).
   */
  age(root: HTMLElement, ctx: ViewContext, done: (decided: boolean, note?: string) => void, hold: (on: boolean) => void): Unmount;
  /** The marketing result notice (Network Act 50⑦); `done()` when the visitor closes it. */
  result(root: HTMLElement, ctx: ViewContext, result: MarketingResult, done: () => void): Unmount;
  /** The inline consent form. */
  form(root: HTMLElement, ctx: ViewContext): FormView;
}

/**
 * The built-in strings of `locale`: `banner` (the first layer) at mount, `more` (dialog, form, age and
 * guardian steps, results) with the views. A promise when they are loaded on demand: the widget shows
 * nothing until they are there (no flash of another language).
 */
export type LoadStrings = (locale: Locale, part: 'banner' | 'more') => { [key: string]: string } | Promise<{ [key: string]: string }>;

/** The first layer's plain-DOM code (./widget-banner.ts), as a tuple: the script tag's first paint pays for property names. */
export type FirstLayer = [make: typeof makeBanner, optedOut: typeof showOptedOut];

/**
 * Mounts the widget for `consent` in `locale` (the page's, from `uiLocale`); `loadViews` supplies the Preact
 * views, `loadStrings` the texts (now or on demand), `firstLayer` the banner's code (the first time a banner or
 * an opt-out notice is to be shown).
 */
export function createWidget(
  consent: Consent,
  options: MountOptions,
  loadViews: () => Views | Promise<Views>,
  loadStrings: LoadStrings,
  firstLayer: () => Promise<FirstLayer>,
  locale: string,
): ConsentUI {
  const form = options.layout == 'form';
  let t!: Strings;
  // the live region, and the layer before which the banners go and into which the views render
  const live = el('p', { class: 'cs-sr', role: 'status' });
  const layer = el('div');
  const root = el('div', { class: 'cs-root' }, live, layer);
  const host = createHost(locale, options, root, baseCss);
  const shadow = host.shadowRoot!;

  const [ready, load, ctx, loaded] = widgetTexts(consent, locale, options, shadow, loadViews, loadStrings, (s) => (t = s));
  const warm = () => void load().catch(() => {});
  let first: FirstLayer | undefined;
  let fetching: Promise<void> | undefined;
  let refocus = false;

  let banner: HTMLElement | undefined;
  let status: HTMLElement | undefined;
  let reopen: HTMLElement | undefined;
  let dialog: Unmount | undefined;
  let holdGate = false;
  let formReady: Promise<FormView> | undefined;
  let formView: FormView | undefined;
  let opener: Element | null | undefined;
  let dismissed = false;
  let busy = false;
  let destroyed = false;
  // settles once the widget first shows something, or cannot: what a page loads after the banner waits for it
  let painted!: () => void;
  const shown = new Promise<void>((r) => (painted = r));
  // the host went on the page (it may have been taken off since: then nothing more can show)
  let placed = false;

  const say = (text: string) => {
    live.textContent = text;
    if (status) status.textContent = text;
  };
  const failed = (e: unknown) => {
    painted();
    console.error('consentry:', e);
    say(t.loadFailed);
  };
  // what every view waits for in one place: the load, nothing after destroy(), a failed load said
  const withViews: WithViews = (show) => void load().then((v) => void (destroyed || show(v, ctx())), failed);
  const [showResult, confirmOptOut, closeResult] = notices(withViews, layer, say, openDialog, warm);
  // refresh() decides when the age step stands in for the banner; what its answer does to the widget is here
  const showGate = ageGate(
    withViews,
    layer,
    (decided, note) => {
      holdGate = false;
      dismissed = decided;
      if (note) say(note);
      refresh();
      // the guardian's dialog that had focus is gone: focus goes to the reopen button
      if (note && reopen && !reopen.hidden) (reopen.firstChild as HTMLElement).focus();
    },
    (on) => (holdGate = on),
    painted,
  );

  /** Runs a decision from a banner button; the buttons are disabled meanwhile, a failure is shown. */
  function act(fn: () => Promise<unknown>, then?: () => void): void {
    if (busy) return;
    busy = true;
    say('');
    const buttons = banner!.querySelectorAll('button');
    buttons.forEach((b) => (b.disabled = true));
    fn()
      .then(
        () => ((dismissed = true), then && then()),
        (e) => {
          console.error('consentry:', e);
          say(t.failed);
        },
      )
      .then(() => {
        busy = false;
        buttons.forEach((b) => (b.disabled = false));
        refresh();
      });
  }

  /** Shows the first layer while a decision is needed (age question first for children), else the reopen button. */
  function refresh(): void {
    if (destroyed || form || !t) return;
    const need = !dialog && !dismissed && consent.needsDecision();
    const s = consent.snapshot();
    const kids = consent.config.children;
    // the age question; the guardian step; a refused child told so again
    const ageFirst =
      (need && !!kids && (!s.ageGroup || consent.needsGuardian() || (s.ageGroup == 'child' && kids.mode == 'refuse'))) || holdGate;
    // focus in the widget now, or when the banner's code was asked for (the age step it was on is gone since)
    const focused = refocus || !!shadow.activeElement;
    refocus = false;
    showGate(ageFirst);
    const show = need && !ageFirst;
    if (show && !banner) {
      if (first) {
        layer.before((banner = first[0](consent, locale, t, act, openDialog, warm)));
        status = banner.lastChild as HTMLElement;
      }
      // the banner's code, once (a failed load is tried again on the next refresh)
      else
        fetching ||= firstLayer().then(
          (m) => ((first = m), (refocus ||= focused), refresh()),
          (e) => ((fetching = undefined), failed(e)),
        );
    }
    if (banner) {
      banner.hidden = !show;
      // the age question was answered under the visitor's focus: carry it to the banner
      // (unless the visitor has since moved it somewhere on the page)
      if (show && focused && activeElement() == document.body) banner.querySelector('button')!.focus();
    }
    if (options.reopenButton) {
      if (!reopen) root.append((reopen = reopenButton(t, options.reopenButton, openDialog, warm)));
      reopen.hidden = need || !!dialog;
    }
    // on the page: the banner, or nothing to show (the age step says when it is there)
    if (placed && (show ? banner : !ageFirst)) painted();
  }

  /** Opens the preferences dialog (`rest`: what the banner left to it); focus returns to where it was when it closes. */
  function openDialog(rest?: string[]): void {
    if (dialog || destroyed) return;
    // opened before the texts are here: once they are
    // (texts that failed to load were logged once, by whenParsed)
    if (!t)
      return void ready!.then(
        () => openDialog(rest),
        () => {},
      );
    opener = activeElement();
    if (!loaded()) say(t.loading);
    withViews((v, c) => {
      if (dialog) return;
      say('');
      dialog = v.preferences(
        layer,
        c,
        (saved) => {
          // a saved choice answers the first layer for this page
          if (saved) (dismissed = true), say(c.t.saved);
          close();
        },
        rest,
      );
      refresh();
    });
  }

  function close(): void {
    if (!dialog) return;
    dialog();
    dialog = undefined;
    refresh();
    // back to where focus was; if that is gone, hidden or nowhere (the body: the script tag's lone reopen
    // button was replaced), to the banner's Choose or the reopen button
    for (const e of [opener, banner && banner.querySelector('[data-action=preferences]'), reopen && reopen.firstChild] as HTMLElement[]) {
      if (!e || e == document.body) continue;
      if (e.isConnected) e.focus();
      if (activeElement() == e) break;
    }
    // none took it and the banner's code is still on its way: the banner takes focus when it comes
    if (!banner && activeElement() == document.body) refocus = true;
    opener = null;
  }

  /** The "Do not sell or share" link: the refusal, then its confirmation on screen. */
  const optOut = (): Promise<void> =>
    optOutAll(consent, locale).then(
      // stored: the confirmation needs the texts and the banner's code; without them, the live region says it
      () =>
        Promise.resolve(ready)
          .then(firstLayer)
          .then(
            (m) => void (destroyed || confirmOptOut(m, t)),
            () => t && say(t.optOutDone),
          ),
      (e) => {
        console.error('consentry:', e);
        say(t.failed);
      },
    );

  // answered elsewhere (another tab, the API): the first layer is no longer needed, or is again
  const offChange = consent.on('change', () => void (busy || refresh()));
  // a refused child's optional items were refused for them: no notice over the refusal
  const offResult = consent.on('marketing-result', (r) => void (holdGate || !t || showResult(r)));
  const onDocClick = linkClicks(openDialog, optOut);
  document.addEventListener('click', onDocClick);

  const attach = () => {
    if (destroyed || !(placed = placeHost(host, options, form))) return painted();
    if (form) (formReady = load().then((v) => (formView = v.form(layer, ctx())))).then(painted, failed);
    // after the IndexedDB mirror is read: a consent it restores must not flash the banner
    else consent.ready.then(refresh, refresh);
    optOutLinks(consent, options, t, root);
  };
  whenParsed(options, ready, attach);
  if (ready) ready.catch(painted);

  return {
    el: host,
    shown,
    open: () => openDialog(),
    close,
    optOut,
    get valid() {
      return !!formView && formView.valid();
    },
    submit() {
      // the form is attached once the texts are here
      return Promise.resolve(ready).then(() =>
        formReady ? formReady.then((f) => f.submit()) : Promise.reject(new Error('consentry: submit() needs the form layout, mounted')),
      );
    },
    destroy() {
      if (destroyed) return;
      if (dialog) dialog();
      showGate(false);
      closeResult();
      if (formReady)
        formReady.then(
          (f) => f.unmount(),
          () => {},
        );
      destroyed = true;
      painted();
      offChange();
      offResult();
      document.removeEventListener('click', onDocClick);
      document.removeEventListener('DOMContentLoaded', attach);
      host.remove();
    },
  };
}
