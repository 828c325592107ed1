/**
 * The widget's preferences dialog: opened from the banner, the reopen button, the page's links or the API once
 * the views are loaded, over whatever the first layer shows; when it closes, focus goes back to where it was.
 */
import { activeElement } from '../dom/element';
import type { WidgetState, WithViews } from './widget';

/**
 * Sets `w.$open(rest)`, which opens the preferences dialog in `layer` (`rest`: the ids the banner's "Agree to
 * all" left to it), and returns the function that closes it. `ready` settles when the first layer's texts are
 * there, `loaded()` says whether the views are; `say` speaks in the live region.
 */
export function dialogControl(
  w: WidgetState,
  layer: HTMLElement,
  say: (text: string) => void,
  withViews: WithViews,
  ready: Promise<void> | undefined,
  loaded: () => boolean,
): () => void {
  let opener: Element | null | undefined;

  w.$open = function open(rest) {
    if (w.$dialog || w.$destroyed) return;
    // opened before the texts are here: once they are
    // (texts that failed to load were logged once, by whenParsed)
    if (!w.$t)
      return void ready!.then(
        () => open(rest),
        () => {},
      );
    opener = activeElement();
    if (!loaded()) say(w.$t.loading);
    withViews((v, c) => {
      if (w.$dialog) return;
      say('');
      w.$dialog = v.preferences(
        layer,
        c,
        (saved) => {
          // a saved choice answers the first layer for this page
          if (saved) (w.$dismissed = true), say(c.t.saved);
          close();
        },
        rest,
      );
      w.$refresh();
    });
  };

  function close(): void {
    if (!w.$dialog) return;
    w.$dialog();
    w.$dialog = undefined;
    w.$refresh();
    // back to where focus was; if that is gone, hidden or nowhere (the body: the script tag's lone reopen
    // button was replaced), to the banner's Choose or the reopen button
    for (const e of [
      opener,
      w.$banner && w.$banner.querySelector('[data-action=preferences]'),
      w.$reopen && w.$reopen.firstChild,
    ] as HTMLElement[]) {
      if (!e || e == document.body) continue;
      if (e.isConnected) e.focus();
      if (activeElement() == e) break;
    }
    // none took it and the banner's or the reopen button's code is still on its way: it takes focus when it comes
    if (activeElement() == document.body) w.$refocus = true;
    opener = null;
  }
  return close;
}
