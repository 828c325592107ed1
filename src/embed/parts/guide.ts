/**
 * dist/consentry-guide.js — the cookie guide and cookie table, loaded on demand by the script tag
 * (`loadPart('guide')`) only on pages that show them, so the guide data never weighs on the banner's first paint.
 */
import { mountCookieGuide, mountCookieTable } from '../../browsers/mount';
import { registerPart } from '../register';

/** What `loadPart('guide')` resolves with. */
export interface GuidePart {
  mountCookieGuide: typeof mountCookieGuide;
  mountCookieTable: typeof mountCookieTable;
}

registerPart('guide', { mountCookieGuide, mountCookieTable } satisfies GuidePart);
