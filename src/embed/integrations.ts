import type { IntegrationsController } from '../integrations/layer';
import type { ScriptConsent, ScriptIntegrations } from './window';

/** What the on-demand part `consentry-integrations.js` registers (src/embed/parts/integrations.ts). */
export interface IntegrationsPart {
  /** Adds the vendors' disclosures to `consent.config` and starts every integration against `consent`. */
  start(consent: ScriptConsent, nonce: string): IntegrationsController;
}

/**
 * The script tag's vendor integrations: when the config lists `integrations`, the part is loaded at once
 * (it defines the vendors' queues and consent defaults, then loads each tag only once its purposes are
 * granted, the returning visitor's at once). Returns `window.consentry.integrations` and a promise that
 * settles once the part ran or failed, so what shows disclosures can wait for the vendors' to be added;
 * `undefined` without integrations.
 */
export function embedIntegrations(
  c: ScriptConsent,
  nonce: string,
  load: <T>(name: string) => Promise<T>,
): [ScriptIntegrations, Promise<void>] | undefined {
  const list = c.config.integrations;
  if (!Array.isArray(list) || !list.length) return;
  let ctl: IntegrationsController | undefined;
  const started = load<IntegrationsPart>('integrations').then((p) => (ctl = p.start(c, nonce)));
  const integrations: ScriptIntegrations = {
    ready: (vendor) => started.then((x) => x.ready(vendor)),
    status: () => (ctl ? ctl.status() : []),
  };
  return [
    integrations,
    started.then(
      () => {},
      (e) => console.error('consentry: the integrations did not load, so no vendor tag runs:', e),
    ),
  ];
}
