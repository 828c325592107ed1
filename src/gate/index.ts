/**
 * `consentry/gate`: declarative blocking of any tag (`data-consent`), accessible iframe placeholders, and
 * per-purpose cookie cleanup on withdrawal. Google Consent Mode lives in `consentry/google`.
 *
 * ```ts
 * import { createConsent } from 'consentry';
 * import { startGate } from 'consentry/gate';
 * const gate = startGate(createConsent(config));
 * ```
 */
export { startGate } from './block';
export type { GateOptions, GateController } from './block';
export { startCleanup, cleanupPurpose } from './cleanup';
export { deleteCookies, cookieMatcher, cookieNames } from './delete-cookies';
export type { DeleteOptions } from './delete-cookies';
export { cookieDomains, cookiePaths } from './cookie-variants';
