/**
 * The widget's first layer over time: the banner while a decision is needed (the age question or the guardian
 * step first, while a child's consent needs them), else the reopen button; the banner's buttons run the
 * decisions. Decisions made elsewhere (another tab, the API) show or hide it.
 */
import type { Consent, MarketingResult } from '../core/types';
import { activeElement } from '../dom/element';
import type { MountOptions } from './types';
import type { FirstLayer, WidgetState, WithViews } from './widget';
import { ageGate } from './widget-gate';

/**
 * Starts the first layer of the widget `w` for `consent` and sets `w.$refresh`, which shows what is due now: the
 * banner before `layer` (which is in the host's shadow root), or the age step in it, or the reopen button (once
 * the widget has put it there). `firstLayer` loads the banner's code (the first time a banner is due), `warm` the
 * views; `say` speaks in the live region, `failed` tells a failed load, `painted`
 * is called once the first thing is on the page, `showResult` shows a marketing result notice. Returns the
 * function that stops it.
 */
export function startFirstLayer(
  w: WidgetState,
  consent: Consent,
  options: MountOptions,
  locale: string,
  layer: HTMLElement,
  say: (text: string) => void,
  withViews: WithViews,
  firstLayer: () => Promise<FirstLayer>,
  warm: () => void,
  failed: (e: unknown) => void,
  painted: () => void,
  showResult: (r: MarketingResult) => void,
): () => void {
  const shadow = layer.getRootNode() as ShadowRoot;
  let first: FirstLayer | undefined;
  let fetching: Promise<void> | undefined;
  let holdGate = false;
  let busy = false;

  // refresh() decides when the age step stands in for the banner; what its answer does to the widget is here
  const showGate = ageGate(
    withViews,
    layer,
    (decided, note) => {
      holdGate = false;
      w.$dismissed = decided;
      // the guardian's dialog that had focus goes: focus goes to the reopen button (or, once it is there, to it)
      if (note) say(note), (w.$refocus = true);
      refresh();
    },
    (on) => (holdGate = on),
    painted,
  );

  /** Runs a decision from a banner button; the buttons are disabled meanwhile, a failure is shown. */
  function act(fn: () => Promise<unknown>, then?: () => void): void {
    if (busy) return;
    busy = true;
    say('');
    const buttons = w.$banner!.querySelectorAll('button');
    buttons.forEach((b) => (b.disabled = true));
    fn()
      .then(
        () => ((w.$dismissed = true), then && then()),
        (e) => {
          console.error('consentry:', e);
          say(w.$t!.failed);
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
    const t = w.$t;
    if (w.$destroyed || options.layout == 'form' || !t) return;
    const need = !w.$dialog && !w.$dismissed && consent.needsDecision();
    const s = consent.snapshot();
    const kids = consent.config.children;
    // the age question; the guardian step; a refused child told so again
    const ageFirst =
      (need && !!kids && (!s.ageGroup || consent.needsGuardian() || (s.ageGroup == 'child' && kids.mode == 'refuse'))) || holdGate;
    // focus in the widget now, or left by what closed while the banner's or the reopen button's code was on its
    // way (the age step, the dialog)
    const refocus = w.$refocus;
    const focused = refocus || !!shadow.activeElement;
    w.$refocus = false;
    showGate(ageFirst);
    const show = need && !ageFirst;
    let banner = w.$banner;
    if (show && !banner) {
      if (first) layer.before((banner = w.$banner = first[0](consent, locale, t, act, w.$open, warm)));
      // the banner's code, once (a failed load is tried again on the next refresh)
      else
        fetching ||= firstLayer().then(
          (m) => ((first = m), (w.$refocus ||= focused), refresh()),
          (e) => ((fetching = undefined), failed(e)),
        );
    }
    if (banner) {
      banner.hidden = !show;
      // the age question was answered under the visitor's focus: carry it to the banner
      // (unless the visitor has since moved it somewhere on the page)
      if (show && focused && activeElement() == document.body) banner.querySelector('button')!.focus();
    }
    const reopen = w.$reopen;
    if (reopen) {
      reopen.hidden = need || !!w.$dialog;
      // (unless the visitor has since moved it somewhere on the page)
      if (refocus && !reopen.hidden && activeElement() == document.body) (reopen.firstChild as HTMLElement).focus();
    }
    // on the page: the banner, or nothing to show (the age step says when it is there)
    if (w.$placed && (show ? banner : !ageFirst)) painted();
  }
  w.$refresh = refresh;

  // answered elsewhere (another tab, the API): the first layer is no longer needed, or is again
  const offChange = consent.on('change', () => void (busy || refresh()));
  // a refused child's optional items were refused for them: no notice over the refusal
  const offResult = consent.on('marketing-result', (r) => void (holdGate || !w.$t || showResult(r)));
  return () => {
    showGate(false);
    offChange();
    offResult();
  };
}
