/**
 * dist/consentry-banner.js — what the script tag shows: the widget host (first-layer banner in plain DOM,
 * its CSS, the reopen button, the `data-consentry-open` hook) and the dialog's cookie guide option.
 * The boot loads it only when something is to be shown: a decision is needed, the form layout is
 * configured, the visitor opens the preferences, or the page offers the opt-out link. It also carries the
 * structural config check, which a page that shows the banner runs before anything else (src/embed/boot.ts). The
 * Preact views (dialog, guardian step, form) are the further part `ui`; the texts are the parts of the
 * page's locale (src/embed/locale.ts), none of them bundled here.
 */
import { structureProblems } from '../../core/structure';
import type { ConsentUI, MountOptions } from '../../ui/types';
import { reopenButton } from '../../ui/reopen';
import { createWidget, type Views } from '../../ui/widget';
import { makeBanner, showOptedOut } from '../../ui/widget-banner';
import { guideOption } from '../guide';
import { partStrings } from '../locale';
import { registerPart } from '../register';
import type { ScriptConsent } from '../window';

type Load = <T>(name: string) => Promise<T>;

/** What `loadPart('banner')` resolves with. */
export interface BannerPart {
  /** Mounts the widget for `consent` (the script tag's `window.consentry`) in the page's `locale` (`uiLocale`). */
  mount(consent: ScriptConsent, ui: MountOptions, load: Load, locale: string): ConsentUI;
  /** The structural config check, for a first visit that needs the banner anyway (else it is the part `check`). */
  problems: typeof structureProblems;
}

registerPart('banner', {
  mount(consent, ui, load, locale) {
    return createWidget(
      consent,
      { ...ui, guide: guideOption(consent.config, load, ui.nonce) },
      () => load<Views>('ui'),
      partStrings(load),
      () => Promise.resolve([makeBanner, showOptedOut]),
      () => Promise.resolve(reopenButton),
      locale,
    );
  },
  problems: structureProblems,
} satisfies BannerPart);
