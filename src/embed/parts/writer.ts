/**
 * dist/consentry-writer.js — the full consent instance of the script tag (the one that writes: cookie,
 * IndexedDB mirror, other tabs, events) and the receipts glue. The boot loads it on the first write, after
 * the banner is up, or when the stored consent needs rewriting (an expiry, GPC, a damaged cookie), and then
 * hands `window.consentry`'s calls and listeners to it.
 */
import { consentFor } from '../../core/writer';
import type { Consent, NormalizedConfig } from '../../core/types';
import { scriptTagMembers } from '../members';
import { embedReceipts } from '../receipts';
import { registerPart } from '../register';
import type { ScriptConsent } from '../window';

type Load = <T>(name: string) => Promise<T>;

/** What `loadPart('writer')` resolves with. */
export interface WriterPart {
  /**
   * The full instance for the checked `config`; `page` is `window.consentry` (it gets the receipt calls);
   * `ignored`: the cookie copies the boot's reader ignored; `key`: the config key its values carry.
   */
  start(config: NormalizedConfig, page: ScriptConsent, load: Load, ignored: number, key?: string): Consent;
}

registerPart('writer', {
  start(config, page, load, ignored, key) {
    // the subject id the page started with (the receipts part may arrive after a decision made a new one)
    const subject = page.snapshot().subjectId;
    // the region the page started with (a time-zone guess is made again, the same way)
    const r = page.region;
    const full = consentFor(config, { region: r && r.from == 'page' ? r.region : undefined }, ignored, key);
    const receipts = embedReceipts(full, load, subject);
    page.receipts = receipts.calls;
    // identify()/forget() and the [data-consentry-rights] forms (the part consentry-rights.js, on demand)
    Object.assign(page, scriptTagMembers(full, receipts.handle, load));
    return full;
  },
} satisfies WriterPart);
