import type { IntegrationEntry } from '../core/types';
import { VENDOR_LABELS, type VendorName } from './names';

/** A vendor as a receipt names it. */
export interface VendorRef {
  vendor: VendorName;
  /** Product name (`Meta Pixel`). */
  label: string;
  /** The account / pixel id on this site, when the vendor has one (not personal data). */
  id?: string;
}

/** The purpose ids of an integration entry (`purpose` is one id or a list). */
export const purposesOf = (entry: Pick<IntegrationEntry, 'purpose'>): string[] =>
  ([] as unknown[]).concat(entry && entry.purpose).filter((p): p is string => typeof p == 'string' && p != '');

/**
 * Which vendors each purpose lets run: `{ ads: [{ vendor: 'meta-pixel', label: 'Meta Pixel', id: '…' }] }`.
 * An entry with several purposes is listed under each. Pure: no vendor module is loaded; entries with an
 * unknown vendor are left out, repeats are listed once.
 */
export function vendorsByPurpose(integrations: readonly IntegrationEntry[] = []): { [purposeId: string]: VendorRef[] } {
  const out: { [purposeId: string]: VendorRef[] } = {};
  for (const e of integrations) {
    if (!e || !Object.keys(VENDOR_LABELS).includes(e.vendor)) continue;
    const vendor = e.vendor as VendorName;
    const ref: VendorRef = { vendor, label: VENDOR_LABELS[vendor], ...(typeof e.id == 'string' ? { id: e.id } : {}) };
    for (const p of purposesOf(e)) {
      const list = (out[p] ||= []);
      if (!list.some((r) => r.vendor == ref.vendor && r.id == ref.id)) list.push(ref);
    }
  }
  return out;
}
