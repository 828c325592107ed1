/**
 * dist/consentry-writer.js — the full consent instance of the script tag (the one that writes: cookie,
 * IndexedDB mirror, other tabs, events) and the receipts glue. The boot loads it on the first write, after
 * the banner is up, or when the stored consent needs rewriting (an expiry, GPC, a damaged cookie), and then
 * hands `window.consentry`'s calls and listeners to it and adds the receipt and member calls it brings.
 */
import { consentFor } from '../../core/writer';
import type { Consent, NormalizedConfig } from '../../core/types';
import { scriptTagMembers } from '../members';
import { embedReceipts } from '../receipts';
import { registerPart } from '../register';
import type { ScriptConsent, ScriptReceipts } from '../window';

type Load = <T>(name: string) => Promise<T>;

/** The member calls the writer part adds to `window.consentry` (the boot puts them there). */
export type WriterMembers = Pick<Required<ScriptConsent>, 'identify' | 'forget'>;

/** What `loadPart('writer')` resolves with. */
export interface WriterPart {
  /**
   * The full instance for the checked `config` and the calls it brings; `page` is `window.consentry`;
   * `ignored`: the cookie copies the boot's reader ignored; `key`: the config key its values carry.
   */
  start(
    config: NormalizedConfig,
    page: ScriptConsent,
    load: Load,
    ignored: number,
    key?: string,
  ): { full: Consent; receipts: ScriptReceipts; members: WriterMembers };
}

registerPart('writer', {
  start(config, page, load, ignored, key) {
    // the subject id the page started with (the receipts part may arrive after a decision made a new one)
    const subject = page.snapshot().subjectId;
    // the region the page started with (with a `regions` section, the time-zone guess is made again, the same way)
    const r = page.region;
    const full = consentFor(config, { region: r && r.from == 'page' ? r.region : undefined }, ignored, key);
    const receipts = embedReceipts(full, load, subject);
    // identify()/forget() and the [data-consentry-rights] forms (the part consentry-rights.js, on demand)
    return { full, receipts: receipts.calls, members: scriptTagMembers(full, receipts.handle, load) };
  },
} satisfies WriterPart);
