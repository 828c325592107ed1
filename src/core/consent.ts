import { checkedConfig } from './checked';
import type { Consent, CreateOptions } from './types';
import { consentFor } from './writer';

/**
 * Creates the consent instance for a site's config. Checks the config (throws one
 * `ConfigError` listing every problem: every one in development, the structural ones in production, see
 * `checkedConfig`), reads the consent cookie synchronously, and works in memory
 * where there is no storage (Node, blocked cookies, `storage: 'memory'`).
 *
 * ```ts
 * const consent = createConsent(config);
 * if (consent.needsDecision()) showBanner();
 * consent.on('change', () => consent.isGranted('analytics') && loadAnalytics());
 * ```
 */
export function createConsent(input: unknown, options: CreateOptions = {}): Consent {
  return consentFor(checkedConfig(input), options);
}
