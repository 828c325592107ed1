// How sure every guide's labels are, gathered for tests and maintainers. Nothing shipped to visitors
// imports this file, so the marks stay out of the bundles.
import type { BrowserGuideId, Confidence, GuideCheck, InAppId } from '../types';
import { chromeChecks } from './chrome';
import { edgeChecks } from './edge';
import { firefoxChecks } from './firefox';
import { ieChecks } from './ie';
import { operaChecks } from './opera';
import { safariChecks } from './safari';
import { samsungChecks } from './samsung';
import { whaleChecks } from './whale';

export { inAppChecks } from './inapp';

export const guideChecks: Partial<Record<BrowserGuideId, GuideCheck>> = {
  ...chromeChecks,
  ...edgeChecks,
  ...safariChecks,
  ...firefoxChecks,
  ...samsungChecks,
  ...whaleChecks,
  ...operaChecks,
  ...ieChecks,
};

/** A guide as the locales' marks name it: its id, or `inapp-<app>` for an app's built-in browser. */
export type MarkedGuideId = BrowserGuideId | `inapp-${InAppId}`;

/**
 * How sure one locale's labels (`strings/steps/<locale>.ts`) are, per guide. Only the guides whose labels
 * were read somewhere are listed; a guide left out is `unverified`.
 */
export type LocaleChecks = { readonly [id in MarkedGuideId]?: Exclude<Confidence, 'unverified'> };
