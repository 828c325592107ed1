import { ConfigError } from './errors';
import type { Consent, CreateOptions } from './types';
import { validateConfig } from './validate';
import { consentFor } from './writer';

/**
 * Creates the consent instance for a site's config. Validates the config (throws one
 * `ConfigError` listing every problem), reads the consent cookie synchronously, and works in memory
 * where there is no storage (Node, blocked cookies, `storage: 'memory'`).
 *
 * ```ts
 * const consent = createConsent(config);
 * if (consent.needsDecision()) showBanner();
 * consent.on('change', () => consent.isGranted('analytics') && loadAnalytics());
 * ```
 */
export function createConsent(input: unknown, options: CreateOptions = {}): Consent {
  const { config, problems } = validateConfig(input);
  if (!config) throw new ConfigError(problems);
  return consentFor(config, options);
}
