/**
 * The widget on demand: the script tag loads the banner part only when something must be shown. A returning
 * visitor's page gets the reopen button alone (its own small part). On every page, until the widget is mounted, a
 * click on the page's "cookie settings" (`data-consentry-open`) or "Do not sell or share"
 * (`data-consentry-opt-out`) link loads it, and the widget does what was asked; from then on, the widget's own
 * listener answers.
 */
import type { ConsentUI, MountOptions } from '../ui/types';
import { linkClicks } from '../ui/widget-links';
import type { BannerPart } from './parts/banner';
import type { ReopenPart } from './parts/reopen';
import { loadPart } from './runtime';
import { idle, onReady } from './schedule';
import type { ScriptConsent } from './window';

/**
 * Returns `show()` for `c` with the options `ui` in the page's `locale()`, which mounts the widget (once; a load that failed is tried
 * again) and hands it to `add` (as `ui`: the boot adds it to `window.consentry`). Unless a decision is `needed`,
 * also puts up the lone reopen button. `load` loads a part once the config is known to be good; what
 * shows disclosures waits for `vendors`.
 */
export function widgetOnDemand(
  c: ScriptConsent,
  ui: MountOptions,
  locale: () => string,
  load: <T>(name: string) => Promise<T>,
  vendors: Promise<void> | undefined,
  add: (members: Partial<ScriptConsent>) => unknown,
  needed: boolean,
): () => Promise<ConsentUI> {
  let shown: Promise<ConsentUI> | undefined;
  // the reopen button alone, until the widget (which has its own) is mounted
  let reopen: Promise<() => void> | undefined;
  // the page's links until the widget is mounted, its code loading included, with the widget's own rules (the
  // link is not followed; a load that failed is tried again on the next click). A refused config
  // (window.consentry is no longer `c`) leaves them to the page.
  const links = linkClicks(
    () =>
      void show().then(
        (h) => h.open(),
        () => {},
      ),
    () =>
      show().then(
        (h) => h.optOut(),
        () => {},
      ),
  );
  const opener = (e: Event) => window.consentry == c && links(e);
  const show = (): Promise<ConsentUI> =>
    (shown ||= Promise.all([load<BannerPart>('banner'), vendors]).then(
      ([p]) => {
        // from now on the widget's own listener answers
        document.removeEventListener('click', opener);
        const widget = p.mount(c, ui, loadPart, locale());
        add({ ui: widget });
        if (reopen)
          reopen.then(
            (remove) => remove(),
            () => {},
          );
        return widget;
      },
      (e) => {
        shown = undefined;
        console.error('consentry: the banner did not load:', e);
        throw e;
      },
    ));

  // a returning visitor: the button without the banner part; the widget comes when it is used
  if (!needed && ui.reopenButton)
    idle(() =>
      onReady(() => {
        if (shown) return;
        reopen = load<ReopenPart>('reopen').then((p) => p.mount(c, ui, loadPart, locale()));
        reopen.catch((e) => console.error('consentry: the reopen button did not load:', e));
      }),
    );
  document.addEventListener('click', opener);
  return show;
}
