/**
 * dist/consentry-banner.js — what the script tag shows: the widget host (first-layer banner in plain DOM,
 * its CSS, the reopen button, the `data-consentry-open` hook) and the cookie guide's glue.
 * The boot loads it only when something is to be shown: a decision is needed, the form layout or the
 * reopen button is configured, the visitor opens the preferences, or the page has guide elements. The
 * Preact views (dialog, guardian step, form) are the further part `ui`; the texts are the parts of the
 * page's locale (src/embed/locale.ts), none of them bundled here.
 */
import type { NormalizedConfig } from '../../core/types';
import type { ConsentUI, MountOptions } from '../../ui/types';
import { createWidget, type Views } from '../../ui/widget';
import { embedGuide } from '../guide';
import { partStrings } from '../locale';
import { registerPart } from '../register';
import type { ScriptConsent } from '../window';

type Load = <T>(name: string) => Promise<T>;

/** What `loadPart('banner')` resolves with. */
export interface BannerPart {
  /** Mounts the widget for `consent` (the script tag's `window.consentry`). */
  mount(consent: ScriptConsent, ui: MountOptions, load: Load): ConsentUI;
  /** Fills the page's `[data-consentry-guide]` / `[data-consentry-cookie-table]` elements. */
  guides(config: NormalizedConfig, load: Load, nonce?: string, locale?: string): void;
}

registerPart('banner', {
  mount(consent, ui, load) {
    const guide = embedGuide(consent.config, load, ui.nonce);
    return createWidget(consent, { ...ui, guide: guide.option }, () => load<Views>('ui'), partStrings(load));
  },
  guides: (config, load, nonce, locale) => embedGuide(config, load, nonce, locale || config.locale).mountPage(),
} satisfies BannerPart);
