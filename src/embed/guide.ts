import type { NormalizedConfig } from '../core/types';
import type { GuideOption } from '../ui/types';
import type { GuidePart } from './parts/guide';

type Load = <T>(name: string) => Promise<T>;

/**
 * The cookie guide and cookie table of the script tag (the part `guide`, dist/consentry-guide.js), loaded
 * only where they are shown: `[data-consentry-guide]` / `[data-consentry-cookie-table]` elements, or the
 * dialog's guide disclosure. With `guide.url` in the config the dialog links to that page instead.
 * Returns the dialog's guide option and `mountPage()`, which fills the page's elements.
 */
export function embedGuide(
  config: NormalizedConfig,
  load: Load,
  nonce?: string,
  locale = config.locale,
): { option: GuideOption; mountPage(): void } {
  const gc: { url?: string; tasks?: unknown } = (config as { guide?: any }).guide || {};
  // the section is checked by the debug build and `consentry check`; guide.url is made safe where it is rendered
  const part = () => load<GuidePart>('guide');
  const failed = (e: unknown) => console.error('consentry: cookie guide unavailable:', e);
  const tasks = Array.isArray(gc.tasks) ? gc.tasks : undefined;
  return {
    option: gc.url
      ? { url: gc.url }
      : {
          mount: (el, locale) =>
            void part().then((p) => p.mounters(load).mountCookieGuide(el, { locale, tasks, headingLevel: 3, title: false, nonce }), failed),
        },
    mountPage() {
      const guides = document.querySelectorAll('[data-consentry-guide]');
      const tables = document.querySelectorAll('[data-consentry-cookie-table]');
      if (guides.length || tables.length)
        part().then((p) => {
          const m = p.mounters(load);
          // an element's own task list (data-consentry-guide="deleteSite deleteAll") beats the config's
          guides.forEach((el) =>
            m.mountCookieGuide(el, { locale, tasks: el.getAttribute('data-consentry-guide') ? undefined : tasks, nonce }),
          );
          tables.forEach((el) => m.mountCookieTable(el, { config, locale, nonce }));
        }, failed);
    },
  };
}
