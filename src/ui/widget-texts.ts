/**
 * The widget's texts and Preact views: the first layer's strings at mount (now, or once loaded), the other
 * strings with the views, both loaded once for every caller. The views' stylesheet goes into the host's shadow
 * root when they arrive.
 */
import type { Consent } from '../core/types';
import { builtinLocale } from '../core/locales';
import { addStyles } from '../dom/styles';
import { resolveStrings } from './locale';
import type { MountOptions, Strings, ViewContext } from './types';
import type { LoadStrings, Views, WidgetState } from './widget';

type Texts = { [key: string]: string };

/**
 * What `widgetTexts` gives the widget, as a tuple (the script tag's first paint pays for property names):
 * - settles when the first layer's strings are there (undefined when they were there at once);
 * - loads the views and the rest of the strings once (a failed load is tried again on the next call);
 * - the context a view renders with (every string of the locale: call after the load);
 * - whether the views are loaded.
 */
export type WidgetTexts = [ready: Promise<void> | undefined, load: () => Promise<Views>, ctx: () => ViewContext, loaded: () => boolean];

/**
 * Starts loading the first layer's strings of `locale` (a locale only the site's own strings cover is built on
 * English) and puts them, resolved against `options.strings`, in the widget's `w.$t`.
 */
export function widgetTexts(
  consent: Consent,
  locale: string,
  options: MountOptions,
  shadow: ShadowRoot,
  loadViews: () => Views | Promise<Views>,
  loadStrings: LoadStrings,
  w: WidgetState,
): WidgetTexts {
  const base = builtinLocale(locale) || 'en';
  let first: Texts;
  // the rest of the strings, there once the views are
  let more: Texts | undefined;
  const setFirst = (b: Texts): undefined => {
    first = b;
    w.$t = resolveStrings(locale, [b], options.strings);
  };
  const got = loadStrings(base, 'banner');
  const ready = 'then' in got ? (got as Promise<Texts>).then(setFirst) : setFirst(got);

  // one promise for every caller: once settled, what waits on it runs in the same order as the calls
  let loading: Promise<Views> | undefined;
  const load = (): Promise<Views> =>
    (loading ||= Promise.all([loadViews(), loadStrings(base, 'more')]).then(
      // once: a load that succeeded is kept
      ([v, m]) => {
        addStyles(shadow, v.css, options.nonce);
        more = m;
        const o = options.strings || {};
        for (const loc in o)
          for (const k in o[loc])
            if (!(k in first) && !(k in m)) console.warn(`consentry: ui.strings.${loc}.${k} is not a string name; it is ignored`);
        return v;
      },
      (e) => {
        // the next click tries again
        loading = undefined;
        throw e;
      },
    ));

  return [ready, load, () => ({ consent, locale, options, t: resolveStrings(locale, [first, more!], options.strings) }), () => !!more];
}
