/**
 * Vendor integrations: NAVER Analytics, NAVER Search Ads, Kakao Pixel, Meta Pixel, Microsoft UET, TikTok
 * Pixel, Google Ads (Consent Mode), Hotjar, Channel Talk and YouTube, each loaded only after consent, with
 * its own consent API where it has one, its cookies deleted on withdrawal, and pre-filled disclosures.
 *
 * ```ts
 * import { createConsent } from 'consentry';
 * import { startIntegrations, VENDORS } from 'consentry/integrations';
 * const consent = createConsent(config);
 * const integrations = startIntegrations(consent, config.integrations, { vendors: VENDORS });
 * integrations.ready('naver-ads').then(() => wcs.trans({ type: 'purchase', value: '50000' }));
 * ```
 */
export { startIntegrations } from './layer';
export type { IntegrationEnv, IntegrationStatus, IntegrationsController } from './layer';
export { validateIntegrations, integrationWarnings } from './check';
export type { IntegrationsContext } from './check';
export { addVendorDisclosures, purposeDisclosures, vendorDisclosure } from './disclosures';
export type { PurposeDisclosures } from './disclosures';
export { vendorsByPurpose, purposesOf } from './purposes';
export type { VendorRef } from './purposes';
export { VENDOR_LABELS, VENDOR_NAMES } from './names';
export { VENDORS, youtubeEmbedUrl } from './vendors/index';
export type * from './types';
