import { checkedConfig } from './checked';
import { createReader } from './reader';
import type { Consent, CreateOptions } from './types';

/**
 * Creates the consent instance for a site's config. Checks the config (throws one
 * `ConfigError` listing every problem: every one in development, the structural ones in production, see
 * `checkedConfig`), reads the consent cookie synchronously, and works in memory
 * where there is no storage (Node, blocked cookies, `storage: 'memory'`). The code that writes loads
 * with `import()` (an app's bundler splits it off): writes made before it is there wait for it, and
 * `await consent.ready` waits for it too.
 *
 * ```ts
 * const consent = createConsent(config);
 * if (consent.needsDecision()) showBanner();
 * consent.on('change', () => consent.isGranted('analytics') && loadAnalytics());
 * ```
 */
export function createConsent(input: unknown, given: CreateOptions = {}): Consent {
  const config = checkedConfig(input);
  // the writer arrives later: it takes the GPC signal as the reads found it
  const signal = typeof navigator != 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  const options = { ...given, globalPrivacyControl: given.globalPrivacyControl == null ? signal : given.globalPrivacyControl };
  let writing: Promise<Consent> | undefined;
  let destroyed = false;
  // The writing code is its own chunk (an app's bundler splits it off); it is requested at once, beside the
  // app's code, while the reads answer from the cookie.
  const full = (): Promise<Consent> =>
    (writing ||= import('./writer').then(
      (m) => {
        const w = m.consentFor(config, options, reader.ignored);
        if (destroyed) w.destroy();
        else reader.attach(w);
        return w;
      },
      (e) => {
        writing = undefined;
        throw e;
      },
    ));
  const reader = createReader(config, full, options);
  const consent = reader.consent;
  const destroy = consent.destroy;
  Object.defineProperties(consent, {
    ready: { get: () => full().then((w) => w.ready) },
    destroy: { value: () => ((destroyed = true), destroy()) },
  });
  full().catch(() => {});
  return consent;
}
