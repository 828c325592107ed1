import { gate } from './block';
import { cleanupChanged } from './cleanup';
import { googleAfterDefault } from './google/consent-mode';
import type { GatePart, PlaceholderPart } from './embed';

/**
 * The gate part of the script tag (dist/consentry-gate.js): follows Google (gtag.js / gtm.js loading,
 * opt-out flag, cookie deletion) from what the first paint told it, and starts declarative blocking and
 * per-purpose cookie cleanup, all against the consent as it is now. Changes the visitor made before the
 * part arrived are replayed: Google hears the `update`, and purposes withdrawn meanwhile are cleaned up
 * as on any withdrawal.
 */
export const gatePart: GatePart = {
  start(consent, { google, blocking = {} }, { nonce, loadPart, told, changed }) {
    const early = changed.length ? changed.filter((id, i) => changed.indexOf(id) == i) : null;
    const started = {
      google: told && googleAfterDefault(consent, google!, told, early, { nonce }),
      gate: gate(consent, {
        nonce,
        cleanup: blocking.cleanup,
        placeholder: blocking.placeholder !== false && ((f, props) => loadPart<PlaceholderPart>('placeholder').then((p) => p.placeholder(f, props))),
      }),
    };
    if (early && blocking.cleanup !== false) cleanupChanged(consent, early);
    return started;
  },
};
