import type { Choice, ExpiryConfig, Purpose, Transfer } from './types';

/**
 * Rules that follow from a purpose's kind: how long an answer lasts, and what the first layer (banner)
 * may grant. One home for them, so the core, the widget and the receipts agree.
 */

/** Cookie and tracking kinds: their answers expire by time (CNIL's 13 months; a refusal ≈6 months). */
const TIMED = ['analytics', 'advertising', 'functional', 'personalization', 'sale', 'sharing'];

/**
 * Kinds whose consent PIPA asks for separately and with specific disclosures (provision 17②, transfer abroad
 * 28-8②, sensitive 23, unique identifiers 24, use for another purpose 18, marketing 22①7): a first layer
 * that names only their title cannot grant them.
 */
const DETAILED = ['third_party', 'overseas_transfer', 'sensitive', 'unique_id', 'purpose_change', 'marketing'];

/**
 * Days an answer of `choice` to `p` counts, or `undefined` for no time limit: the purpose's `expiryDays`,
 * else for cookie and tracking kinds `expiry.consentDays` / `expiry.refusalDays` (a refusal of `sale` or
 * `sharing` at least 365 days: CCPA 1798.135(c)(4) asks to wait 12 months before asking again), else none.
 */
export function lifetimeDays(p: Pick<Purpose, 'kind' | 'expiryDays'>, choice: Choice, expiry: Required<ExpiryConfig>): number | undefined {
  const agree = choice == 'agree';
  const own = p.expiryDays;
  const set = own !== null && typeof own == 'object' ? own[agree ? 'consent' : 'refusal'] : own;
  if (set !== undefined) return set || undefined;
  if (!TIMED.includes(p.kind)) return;
  return agree ? expiry.consentDays : p.kind == 'sale' || p.kind == 'sharing' ? Math.max(expiry.refusalDays, 365) : expiry.refusalDays;
}

/**
 * Whether a region's `opt-out` or `notice` model may let `p` run before the visitor answers: only the cookie
 * and tracking kinds above. Sensitive data, unique identifiers, provision to third parties, transfers abroad,
 * new purposes and marketing messages wait for an answer in every region (opt-in laws for them exist in
 * Korea, the EU and several US states).
 */
export const regionMayDefault = (p: Pick<Purpose, 'kind' | 'necessity'>): boolean => p.necessity == 'optional' && TIMED.includes(p.kind);

/**
 * Whether the first layer's "Agree to all" may grant `p`: any consent item, except those of the kinds above
 * and those with marketing channels or night-time sending, which need `bannerDetails` (the banner then shows
 * their recipients or country, items and channels). Notices are never granted by a click.
 */
export const bannerGrants = (p: Purpose): boolean =>
  p.necessity != 'notice' && (!!p.bannerDetails || !(DETAILED.includes(p.kind) || (p.channels && p.channels[0]) || p.nightTime));

/** A purpose's transfers abroad as a list (`transfer` may be one object or a list). */
export const transfers = (p: Pick<Purpose, 'transfer'>): Transfer[] => (p.transfer ? ([] as Transfer[]).concat(p.transfer) : []);

/** Whether `p` asks for marketing results (Network Act 50⑦): marketing kind, or advertising messages by channel. */
export const isMarketing = (p: Purpose): boolean => p.kind == 'marketing' || !!(p.channels && p.channels[0]) || !!p.nightTime;

export { sellsOrShares } from './sells';
