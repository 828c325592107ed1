// Tiny constructors that keep the guide data readable (and small once minified).
import type { Label, PartKind, StepPart } from '../types';

export const L = (en: string, ko: string): Label => ({ en, ko });

const part =
  (kind: PartKind) =>
  (en: string, ko: string, when?: Label): StepPart =>
    when ? { kind, label: { en, ko }, when } : { kind, label: { en, ko } };

/** A button, menu item or settings page to tap. */
export const m = part('menu');
/** A setting to choose or switch. */
export const o = part('option');
/** An action in our own words; `{site}` becomes the site's host name. */
export const t = part('text');
