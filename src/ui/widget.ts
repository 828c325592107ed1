/**
 * The widget, written without Preact so the script tag's first paint stays small: the host element
 * (widget-host.ts, put on the page by widget-attach.ts) and the widget's lifetime. In it, the first layer over
 * time (widget-first-layer.ts: the plain-DOM banner of widget-banner.ts, the age question and guardian step of
 * widget-gate.ts, the reopen button of reopen.ts), the preferences dialog (widget-dialog.ts), the notices
 * (widget-notices.ts), the inline form, and the page's links (widget-links.ts). The Preact views come with the
 * texts they need (widget-texts.ts). The banner's code, the reopen button's, the views and the texts come
 * through loaders: `mountConsentUI` (npm) gets them with `import()`, the script tag from its parts
 * (src/embed/parts/banner.ts, ui.ts, locale-*).
 */
import type { Consent, ConsentSnapshot, MarketingResult } from '../core/types';
import type { Locale } from '../core/locales';
import { el } from '../dom/element';
import type { ConsentUI, MountOptions, Strings, ViewContext } from './types';
import type { reopenButton } from './reopen';
import type { makeBanner, showOptedOut } from './widget-banner';
import { placeHost, whenParsed } from './widget-attach';
import { createHost } from './widget-host';
import { dialogControl } from './widget-dialog';
import { startFirstLayer } from './widget-first-layer';
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
 * What the widget's modules (./widget-first-layer.ts, ./widget-dialog.ts) share. The `$` names are internal: the
 * build shortens exactly these (rollup.config.mjs reads them from here), so sharing state this way costs the
 * first paint little.
 */
export interface WidgetState {
  /** The first layer's strings, once they are there. */
  $t?: Strings;
  /** The banner, once it was due and its code was there (its last child is its status line). */
  $banner?: HTMLElement;
  /** The reopen button (its `aside`), once its code and the texts are there. */
  $reopen?: HTMLElement;
  /** The open preferences dialog (calling it unmounts it). */
  $dialog?: Unmount;
  /** The first layer was answered on this page (or a child refused all). */
  $dismissed?: boolean;
  $destroyed?: boolean;
  /** The host went on the page (it may have been taken off since: then nothing more can show). */
  $placed?: boolean;
  /**
   * Focus to give on the next refresh: the widget had it when the banner's code was asked for, or the dialog or
   * the guardian step left it; the banner or the reopen button takes it when it is there.
   */
  $refocus?: boolean;
  /** Shows what is due now (./widget-first-layer.ts). */
  $refresh(): void;
  /** Opens the preferences dialog (./widget-dialog.ts). */
  $open(rest?: string[]): void;
}

/**
 * Mounts the widget for `consent` in `locale` (the page's, from `uiLocale`); `loadViews` supplies the Preact
 * views, `loadStrings` the texts (now or on demand), `firstLayer` the banner's code (the first time a banner or
 * an opt-out notice is to be shown), `loadReopen` the reopen button's (with `reopenButton` set and the banner
 * layout, once the stored consent is read).
 */
export function createWidget(
  consent: Consent,
  options: MountOptions,
  loadViews: () => Views | Promise<Views>,
  loadStrings: LoadStrings,
  firstLayer: () => Promise<FirstLayer>,
  loadReopen: () => Promise<typeof reopenButton>,
  locale: string,
): ConsentUI {
  const form = options.layout == 'form';
  // no prototype: a page that adds to Object.prototype cannot reach the state through its short names
  const w = Object.create(null) as WidgetState;
  // the live region, and the layer before which the banners go and into which the views render
  const live = el('p', { class: 'cs-sr', role: 'status' });
  const layer = el('div');
  const root = el('div', { class: 'cs-root' }, live, layer);
  const host = createHost(locale, options, root, baseCss);
  const [ready, load, ctx, loaded] = widgetTexts(consent, locale, options, host.shadowRoot!, loadViews, loadStrings, w);
  const warm = () => void load().catch(() => {});
  let formReady: Promise<FormView> | undefined;
  let formView: FormView | undefined;
  // settles once the widget first shows something, or cannot: what a page loads after the banner waits for it
  let painted!: () => void;
  const shown = new Promise<void>((r) => (painted = r));

  const say = (text: string) => {
    live.textContent = text;
    // and on screen, in the banner's status line
    if (w.$banner) w.$banner.lastChild!.textContent = text;
  };
  const failed = (e: unknown) => {
    painted();
    console.error('consentry:', e);
    say(w.$t!.loadFailed);
  };
  // what every view waits for in one place: the load, nothing after destroy(), a failed load said
  const withViews: WithViews = (show) => void load().then((v) => void (w.$destroyed || show(v, ctx())), failed);
  // first: it sets w.$open, which the calls below take
  const close = dialogControl(w, layer, say, withViews, ready, loaded);
  const [showResult, confirmOptOut, closeResult] = notices(withViews, layer, say, w.$open, warm);
  const stop = startFirstLayer(w, consent, options, locale, layer, say, withViews, firstLayer, warm, failed, painted, showResult);

  /** The "Do not sell or share" link: the refusal, then its confirmation on screen. */
  const optOut = (): Promise<void> =>
    optOutAll(consent, locale).then(
      // stored: the confirmation needs the texts and the banner's code; without them, the live region says it
      () =>
        Promise.resolve(ready)
          .then(firstLayer)
          .then(
            (m) => void (w.$destroyed || confirmOptOut(m, w.$t!)),
            () => w.$t && say(w.$t.optOutDone),
          ),
      (e) => {
        console.error('consentry:', e);
        say(w.$t!.failed);
      },
    );
  const onDocClick = linkClicks(w.$open, optOut);
  document.addEventListener('click', onDocClick);

  const attach = () => {
    if (w.$destroyed || !(w.$placed = placeHost(host, options, form))) return painted();
    if (form) (formReady = load().then((v) => (formView = v.form(layer, ctx())))).then(painted, failed);
    else {
      // after the IndexedDB mirror is read: a consent it restores must not flash the banner
      const read = consent.ready.then(w.$refresh, w.$refresh);
      // then the reopen button, once its code is here; nothing waits for it. A failed load is logged (the page's
      // links and ui.open() still open the preferences).
      if (options.reopenButton)
        read
          .then(loadReopen)
          .then(
            (make) => void (w.$destroyed || (root.append((w.$reopen = make(w.$t!, options.reopenButton!, w.$open, warm))), w.$refresh())),
          )
          .catch((e) => console.error('consentry:', e));
    }
    optOutLinks(consent, options, w.$t!, root);
  };
  whenParsed(options, ready, attach);
  if (ready) ready.catch(painted);

  return {
    el: host,
    shown,
    open: () => w.$open(),
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
      if (w.$destroyed) return;
      if (w.$dialog) w.$dialog();
      stop();
      closeResult();
      if (formReady)
        formReady.then(
          (f) => f.unmount(),
          () => {},
        );
      w.$destroyed = true;
      painted();
      document.removeEventListener('click', onDocClick);
      document.removeEventListener('DOMContentLoaded', attach);
      host.remove();
    },
  };
}
