// Imports nothing: receipts and the collector read the names without the vendor modules.

/** The vendors consentry knows, as a site names them in `integrations[].vendor`. */
export type VendorName =
  | 'naver-analytics'
  | 'naver-ads'
  | 'kakao-pixel'
  | 'meta-pixel'
  | 'microsoft-uet'
  | 'tiktok-pixel'
  | 'google-ads'
  | 'hotjar'
  | 'channel-talk'
  | 'youtube';

/**
 * Product names of the vendors, for receipts and messages, without loading any vendor module.
 * The order is the order of the docs' table.
 */
export const VENDOR_LABELS: { [K in VendorName]: string } = {
  'naver-analytics': 'NAVER Analytics',
  'naver-ads': 'NAVER Search Ads conversion tracking',
  'kakao-pixel': 'Kakao Pixel',
  'meta-pixel': 'Meta Pixel',
  'microsoft-uet': 'Microsoft Advertising UET',
  'tiktok-pixel': 'TikTok Pixel',
  'google-ads': 'Google Ads',
  hotjar: 'Hotjar',
  'channel-talk': 'Channel Talk',
  youtube: 'YouTube',
};

/** Every vendor name, in the docs' order. */
export const VENDOR_NAMES = Object.keys(VENDOR_LABELS) as VendorName[];
