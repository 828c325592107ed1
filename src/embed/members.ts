/**
 * The script tag's side of members, in the writer part: the `identify(accountId, { proof })` and `forget()`
 * the boot puts on `window.consentry` in place of its own, and mounts a rights request form into each
 * `[data-consentry-rights]` element. Both load the part consentry-rights.js (and the receipts part) on demand.
 */
import type { Consent } from '../core/types';
import type { RightsPart } from './parts/rights';
import type { Receipts } from '../receipts/create';
import type { IdentifyResult, Members, ProofSource } from '../members/client';

export function scriptTagMembers(consent: Consent, receipts: () => Promise<Receipts>, loadPart: <T>(name: string) => Promise<T>) {
  const part = () => loadPart<RightsPart>('rights');
  const members = (): Promise<Members> => Promise.all([part(), receipts()]).then(([p, r]) => p.members(consent, r));
  const mount = () => {
    const els = document.querySelectorAll('[data-consentry-rights]');
    if (els.length)
      Promise.all([part(), members()]).then(
        ([p, m]) => els.forEach((el) => p.mount(el, m, consent)),
        (e) => console.error('consentry: rights request form unavailable:', e),
      );
  };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
  else mount();
  return {
    /** See `Members.identify` (consentry/members). */
    identify: (accountId: string, options: { proof: ProofSource; load?: boolean }): Promise<IdentifyResult> =>
      members().then((m) => m.identify(accountId, options)),
    /** See `Members.forget`. */
    forget: (options?: { reset?: boolean }): Promise<string | undefined> => members().then((m) => m.forget(options)),
  };
}
