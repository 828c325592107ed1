import type { Consent, CookieInfo, Localized } from '../core/types';
import type { Rule } from '../gate/section-check';
import type { VendorName } from './names';

export type { VendorName } from './names';

/**
 * What a vendor receives and keeps, pre-filled per vendor in ko and en; a site overrides any field in
 * `integrations[].disclosure` (a localized field is merged per language, so `{ en: '…' }` keeps the Korean).
 */
export interface VendorDisclosure {
  /** Legal name of the company that receives the data. */
  recipient: Localized;
  /** Where to reach it about privacy (URL of its privacy contact or policy). */
  contact: string;
  /** ISO 3166-1 alpha-2 code of the country the data goes to (`KR`, `US`, …). */
  countryCode: string;
  /** That country, for people. */
  country: Localized;
  /** Why the vendor gets the data. */
  purpose: Localized;
  items: Localized[];
  retention: Localized;
  /** When and how it is sent (overseas transfer, PIPA 28-8② 2). */
  timing: Localized;
  method: Localized;
  /** The cookie table rows; `party: 'first'` names are also deleted on withdrawal. */
  cookies: CookieInfo[];
}

/** A site's per-field changes to a vendor's disclosure (`integrations[].disclosure`). */
export type DisclosureOverride = Partial<VendorDisclosure>;

/** One entry of the config's `integrations` list. */
export interface IntegrationConfig {
  vendor: VendorName;
  /** The account, pixel or tag id (format per vendor; `youtube` takes none). */
  id?: string;
  /** The purpose id whose consent the vendor needs, or several that must all be agreed. */
  purpose: string | string[];
  /** Vendor options (see each vendor's file); unknown keys are problems. */
  options?: { [key: string]: unknown };
  /** Per-field override of the pre-filled disclosure. */
  disclosure?: DisclosureOverride;
}

/** A page as vendors see it: the window's globals by name. */
// biome-ignore lint/suspicious/noExplicitAny: vendors define their own globals and state
export type Win = Window & { [name: string]: any };

/** What a vendor's hooks get: its entries on this page and the tools to act. */
export interface VendorContext {
  w: Win;
  doc: Document;
  consent: Consent;
  /** This vendor's entries (one, or several ids sharing the same purposes). */
  entries: IntegrationConfig[];
  /** The ids of `entries` (empty strings dropped). */
  ids: string[];
  /** The first entry's options (every entry's options are checked; the first one's apply to shared calls). */
  options: { [key: string]: unknown };
  /** The purposes every entry needs (all must be granted). */
  purposes: string[];
  /**
   * Requests a script once per page (CSP nonce-aware); `onload` runs once it has run, at once when it
   * already has. A second call with the same URL requests nothing.
   */
  load(src: string, onload?: () => void): void;
  /** True when the page's `google` config section feeds Consent Mode (the gate does the default and updates). */
  googleManaged: boolean;
  /** Re-scans the gate's tagged elements, when a gate runs on this page. */
  refreshGate?: () => void;
  /** The vendor's own scratch space, kept for the page's life. */
  // biome-ignore lint/suspicious/noExplicitAny: vendors define their own globals and state
  state: { [key: string]: any };
}

/** One vendor's integration: what it contacts, how it loads and stops, what it discloses. */
export interface Vendor {
  name: VendorName;
  /** Product name for people (`Meta Pixel`). */
  label: string;
  /** Every host its code contacts (`*.` = any subdomain): the CSP allowlist and the test routes. */
  hosts: string[];
  /** The vendor's consent calls in the order consentry makes them; `null`: it has no consent API. */
  consentApi: string | null;
  /** Several ids on one page (they share the vendor's global and its consent state). */
  multi?: boolean;
  /** The id format: `[test, message]`; `null` when the vendor takes no id. */
  id: [RegExp, string] | null;
  /** Checks for `options` keys (unknown keys are problems). */
  options: { [key: string]: Rule };
  /** First-party cookie names (`*` wildcards) deleted on every domain/path variant when consent goes. */
  cookies: string[];
  disclosure: VendorDisclosure;
  /** At start, before any consent: the global queue function and the consent default/hold. Requests nothing. */
  prepare?(c: VendorContext): void;
  /** On the first grant in this page: grant (consent API), init calls, the script. */
  load(c: VendorContext): void;
  /** On a later grant, after a withdrawal in this page (the script is there already). */
  grant?(c: VendorContext): void;
  /** On withdrawal: the consent API's revoke or the vendor's shutdown, before its cookies are deleted. */
  revoke?(c: VendorContext): void;
  /** On every consent change, before grant/revoke (Consent Mode follows every purpose). */
  change?(c: VendorContext, changed: string[]): void;
}

/** The vendor modules the layer may use, by name (the script tag passes only the ones it loaded). */
export type VendorSet = { [K in VendorName]?: Vendor };
