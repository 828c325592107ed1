/**
 * dist/consentry-integrations.js — the vendor integrations of the script tag (src/integrations): every
 * vendor module, the layer that loads each tag only after consent, and the vendors' disclosures. The boot
 * loads it at once on pages whose config has `integrations` (src/embed/integrations.ts); no vendor code is
 * in the first paint.
 */
import { addVendorDisclosures } from '../../integrations/disclosures';
import { startIntegrations } from '../../integrations/layer';
import type { IntegrationConfig } from '../../integrations/types';
import { VENDORS } from '../../integrations/vendors/index';
import type { IntegrationsPart } from '../integrations';
import { registerPart } from '../register';

registerPart('integrations', {
  start(consent, nonce) {
    // frames the youtube integration tags are blocked and placeheld by the gate (loaded for them if need be)
    const refreshGate = () =>
      void (
        consent.whenGate &&
        consent.whenGate().then(
          (g) => g.gate.refresh(),
          () => {},
        )
      );
    // before anything is shown: the widget, the cookie table and the notice hashes read the purposes
    addVendorDisclosures(consent.config, VENDORS);
    const list = consent.config.integrations as IntegrationConfig[];
    return startIntegrations(consent, list, { vendors: VENDORS, nonce: nonce || undefined, refreshGate });
  },
} satisfies IntegrationsPart);
