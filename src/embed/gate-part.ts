/**
 * The gate part (dist/consentry-gate.js): the gate of the script tag beyond its first bytes: follows Google (gtag.js /
 * gtm.js loading, opt-out flag, cookie deletion) from what the boot told it, and starts declarative
 * blocking (`data-consent`) and per-purpose cookie cleanup, all against the consent as it is now. Changes
 * the visitor made before the part arrived are replayed: Google hears the `update`, and purposes withdrawn
 * meanwhile are cleaned up as on any withdrawal. Iframe placeholders wait for the banner, which matters more. The boot loads it at once on pages that need it
 * (src/embed/gate.ts).
 */
import { gate } from '../gate/block';
import { cleanupChanged } from '../gate/cleanup';
import { googleAfterDefault } from '../gate/google/consent-mode';
import type { GatePart, PlaceholderPart } from './gate';

export const gatePart: GatePart = {
  start(consent, { google, blocking = {} }, { nonce, loadPart, told, changed, afterBanner }) {
    const early = changed.length ? changed.filter((id, i) => changed.indexOf(id) == i) : null;
    const started = {
      google: told && googleAfterDefault(consent, google!, told, early, { nonce }),
      gate: gate(consent, {
        nonce,
        cleanup: blocking.cleanup,
        placeholder:
          blocking.placeholder !== false &&
          ((f, props) => afterBanner.then(() => loadPart<PlaceholderPart>('placeholder')).then((p) => p.placeholder(f, props))),
      }),
    };
    if (early && blocking.cleanup !== false) cleanupChanged(consent, early);
    return started;
  },
};
