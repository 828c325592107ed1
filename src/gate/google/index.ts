/**
 * `consentry/google`: Google Consent Mode v2, GA4 loading (basic / advanced), the GA opt-out flag and GA
 * cookie deletion on withdrawal, for a consent instance.
 *
 * ```ts
 * import { createConsent } from 'consentry';
 * import { startGoogle } from 'consentry/google';
 * const consent = createConsent(config);
 * const google = startGoogle(consent, { measurementId: 'G-XXXXXXX' });
 * router.afterEach((to) => google.pageView(to.fullPath));
 * ```
 */
export { startGoogle } from './consent-mode';
export type { GoogleController, GoogleEnv, Gtag } from './consent-mode';
export { validateGoogleConfig } from './config';
export type { GoogleConfig } from './config';
export { SIGNALS, resolveSignals, signalState } from './signals';
export type { ConsentSignal, SignalSource, SignalValue } from './signals';
export { GA_COOKIES, ADS_COOKIES } from './cookies';
