/**
 * Google Analytics cookies (GA4 and the older analytics.js / GTM ones), deleted when analytics consent
 * goes: `_ga`, `_ga_<id without G->` (covered by `_ga_*`), `_gid`, `_gat`, `_gat_<tracker>`, `_gac_<property>`,
 * `_dc_gtm_<property>`, `AMP_TOKEN`.
 */
export const GA_COOKIES = ['_ga', '_ga_*', '_gid', '_gat*', '_gac_*', '_dc_gtm_*', 'AMP_TOKEN'];

/** Google Ads conversion-linker cookies (`_gcl_au`, `_gcl_aw`, `_gcl_dc`, `_gcl_gb`, `_gcl_gs`, `_gcl_ag`), deleted when ad_storage goes. */
export const ADS_COOKIES = ['_gcl_*'];

/** The same names with gtag's `cookie_prefix` in front (`<prefix>_ga`, …); unchanged without a prefix. */
export function prefixed(names: string[], prefix?: unknown): string[] {
  return typeof prefix == 'string' && prefix ? names.concat(names.map((n) => prefix + n)) : names;
}
