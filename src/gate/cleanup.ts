import { sellsOrShares } from '../core/sells';
import type { Consent, Purpose } from '../core/types';
import { deleteCookies } from './delete-cookies';

/**
 * Deletes a purpose's first-party cookies (`cookies[].name`, `*` patterns allowed) and its `cleanup`
 * rule's cookies, on every Domain/Path variant plus the rule's extra domains and paths. Third-party
 * cookies are out of a page's reach and are skipped. Returns the names deleted.
 */
export function cleanupPurpose(purpose: Purpose, opts: { force?: boolean; keep?: string[]; document?: Document } = {}): string[] {
  const rule = purpose.cleanup;
  const names = (purpose.cookies || [])
    .filter((c) => c.party != 'third')
    .map((c) => c.name)
    .concat((rule && rule.cookies) || []);
  return names.length ? deleteCookies(names, { ...opts, domains: rule && rule.domains, paths: rule && rule.paths }) : [];
}

/**
 * Cleans up after a change: every purpose in `changed` that is not granted now loses its cookies on
 * every variant. The consent cookie itself is never touched.
 */
export function cleanupChanged(consent: Consent, changed: string[], doc: Document = document): void {
  const keep = [consent.config.cookie && consent.config.cookie.name];
  for (const p of consent.config.purposes)
    if (changed.indexOf(p.id) >= 0 && !consent.isGranted(p.id)) cleanupPurpose(p, { keep, document: doc, force: true });
}

/**
 * Cleans up after withdrawals: whenever a purpose stops being granted (here or in another tab, or it
 * expired), its cookies go. At start, purposes the visitor disagreed with, and unanswered ones GPC refuses
 * (an agreement GPC set aside leaves its cookies behind even if the part that records the refusal never
 * loads), lose any leftovers this page can see. The consent cookie itself is never touched. Returns the
 * function that stops it.
 */
export function startCleanup(consent: Consent, doc: Document = document): () => void {
  const keep = [consent.config.cookie && consent.config.cookie.name];
  const s = consent.snapshot();
  for (const p of consent.config.purposes) {
    const choice = s.purposes[p.id] && s.purposes[p.id].choice;
    if (choice == 'disagree' || (!choice && s.gpc && consent.config.gpc == 'respect' && sellsOrShares(p)))
      cleanupPurpose(p, { keep, document: doc });
  }
  return consent.on('change', (e) => cleanupChanged(consent, e.changed, doc));
}
