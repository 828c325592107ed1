import type { NormalizedConfig } from '../core/types';
import type { GuideOption } from '../ui/types';
import type { GuidePart } from './parts/guide';

type Load = <T>(name: string) => Promise<T>;

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
            (p) => p.mountDialog(el, config, load, locale, nonce),
            (e) => console.error('consentry: cookie guide unavailable:', e),
          ),
      };
}
