import type { GuideTask } from '../browsers/types';
import type { NormalizedConfig } from '../core/types';
import type { GuideOption } from '../ui/types';
import type { GuidePart } from './parts/guide';

type Load = <T>(name: string) => Promise<T>;

/** The config's `guide.tasks` when it is a list (the section is checked by the debug build and `consentry check`). */
export const guideTasks = (config: NormalizedConfig): GuideTask[] | undefined => {
  const tasks = ((config as { guide?: { tasks?: unknown } }).guide || {}).tasks;
  return Array.isArray(tasks) ? tasks : undefined;
};

/**
 * The dialog's cookie guide on the script tag: with `guide.url` in the config a link to that page (made safe
 * where it is rendered), else the guide itself from the part `guide` (dist/consentry-guide.js), loaded when
 * the visitor opens the disclosure. The page's own guide and table elements are filled by that part
 * (src/embed/parts/guide.ts), which the boot loads without the banner.
 */
export function guideOption(config: NormalizedConfig, load: Load, nonce?: string): GuideOption {
  const url = ((config as { guide?: { url?: string } }).guide || {}).url;
  return url
    ? { url }
    : {
        mount: (el, locale) =>
          void load<GuidePart>('guide').then(
            (p) => p.mounters(load).mountCookieGuide(el, { locale, tasks: guideTasks(config), headingLevel: 3, title: false, nonce }),
            (e) => console.error('consentry: cookie guide unavailable:', e),
          ),
      };
}
