// How sure every guide's labels are, gathered for tests and maintainers. Nothing shipped to visitors
// imports this file, so the marks stay out of the bundles.
import type { BrowserGuideId, GuideCheck } from '../types';
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
