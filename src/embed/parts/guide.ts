/**
 * dist/consentry-guide.js — the cookie guide and cookie table, loaded on demand by the script tag
 * (`loadPart('guide')`) only on pages that show them, so the guide data never weighs on the banner's first paint.
 */
import { validateGuideConfig } from '../../browsers/config';
import { mountCookieGuide, mountCookieTable } from '../../browsers/mount';
import { registerPart } from '../register';

/** What `loadPart('guide')` resolves with. */
export interface GuidePart {
  mountCookieGuide: typeof mountCookieGuide;
  mountCookieTable: typeof mountCookieTable;
  /** Checks the config's `guide` section (the script tag reports problems when it first uses the guide). */
  validateGuideConfig: typeof validateGuideConfig;
}

registerPart('guide', { mountCookieGuide, mountCookieTable, validateGuideConfig } satisfies GuidePart);
