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
export function createConsent(input: unknown, options: CreateOptions = {}): Consent {
  const config = checkedConfig(input);
  let writing: Promise<Consent> | undefined;
  // one promise per attempt to load the writer (a failed one stays failed until a write tries again)
  let ready: Promise<void>;
  // The writing code is its own chunk (an app's bundler splits it off); it is requested at once, beside the
  // app's code, while the reads answer from the cookie.
  const full = (): Promise<Consent> => {
    if (writing) return writing;
    writing = import('./writer').then(
      (m) => {
        // the writer arrives later: it takes the GPC signal as the reads found it
        const w = m.consentFor(config, { ...options, globalPrivacyControl: reader.gpc }, reader.ignored);
        reader.attach(w);
        return w;
      },
      (e) => {
        writing = undefined;
        throw e;
      },
    );
    ready = writing.then((w) => w.ready);
    ready.catch(() => {});
    return writing;
  };
  const reader = createReader(config, full, options);
  const consent = reader.consent;
  const destroy = consent.destroy;
  full();
  Object.defineProperties(consent, {
    ready: { get: () => ready },
    // writes made before destroy() still run, with their events, when the writer arrives; then it stops
    destroy: {
      value: () => {
        destroy();
        if (writing)
          writing.then(
            (w) => w.destroy(),
            () => {},
          );
      },
    },
  });
  return consent;
}
