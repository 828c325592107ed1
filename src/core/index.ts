/**
 * consentry: the headless consent core. No DOM, UI, Google or network here, and
 * nothing runs at import time: importing this in Node is safe, and `createConsent` works there in memory.
 */
export { createConsent } from './consent';
export { validateConfig, isLocalized, isObject, safeUrl, nearest, checks, type Check } from './validate';
export { ConfigError, ConsentError, type ConfigProblem } from './errors';
export { localize, pickLocale } from './localize';
export { bannerGrants, lifetimeDays, transfers, isMarketing } from './kinds';
export { VERSION } from './version';
export type * from './types';
