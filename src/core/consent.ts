import { checkedConfig, unreadable } from './checked';
import { createReader, type Reader } from './reader';
import type { Consent, CreateOptions } from './types';

/**
 * Creates the consent instance for a site's config. Reads the consent cookie synchronously, and works in
 * memory where there is no storage (Node, blocked cookies, `storage: 'memory'`). The code that writes loads
 * with `import()` (an app's bundler splits it off): writes made before it is there wait for it, and
 * `await consent.ready` waits for it too.
 *
 * The config is checked. Under Node and in tests (`NODE_ENV` other than `production`) this throws one
 * `ConfigError` listing every problem. A browser build keeps the check out of the app's first bytes: the structural
 * check loads beside the writer, and until it passes nothing counts as granted (unless the consent cookie
 * says this very config passed it before). A config it refuses is logged once and grants nothing, ever:
 * `ready` and every write reject with the `ConfigError`. A config too broken to read throws at once.
 *
 * ```ts
 * const consent = createConsent(config);
 * if (consent.needsDecision()) showBanner();
 * consent.on('change', () => consent.isGranted('analytics') && loadAnalytics());
 * ```
 */
export function createConsent(input: unknown, options: CreateOptions = {}): Consent {
  const { config, check } = checkedConfig(input);
  let writing: Promise<Consent> | undefined;
  // one promise per attempt to load the writer (a failed one stays failed until a write tries again)
  let ready: Promise<void>;
  // The writing code is its own chunk (an app's bundler splits it off); it is requested at once, beside the
  // app's code, while the reads answer from the cookie.
  const full = (): Promise<Consent> => {
    if (writing) return writing;
    // (the writer is fetched beside the check; it starts once the config passed)
    writing = Promise.all([import('./writer'), reader.checked]).then(
      ([m]) => {
        // the writer arrives later: it takes the GPC signal as the reads found it
        const w = m.consentFor(config, { ...options, globalPrivacyControl: reader.gpc }, reader.ignored, check && check.key());
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
  let reader: Reader;
  try {
    reader = createReader(config, full, options, check);
  } catch (e) {
    // A config that passed the full check reads. An unchecked one may fail on what the visitor's cookie holds:
    // it is read without the cookie then (nothing of it counts before the check anyway), so whether it is
    // refused at once never depends on the visitor.
    if (!check) throw e;
    try {
      reader = createReader(config, full, { ...options, storage: 'memory' }, check);
    } catch {
      throw unreadable(e);
    }
  }
  reader.checked.catch((e: Error) => console.error(`consentry: nothing is granted until the config is fixed. ${e.message}`));
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
