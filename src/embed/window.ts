import type { IdentifyResult, ProofSource } from '../members/client';
import type { ConfigError } from '../core/errors';
import type { Consent } from '../core/types';
import type { GateController } from '../gate/block';
import type { GoogleController } from '../gate/google/consent-mode';
import type { Receipts } from '../receipts/create';
import type { ConsentUI } from '../ui/types';
import type { IntegrationStatus } from '../integrations/layer';
import type { VendorName } from '../integrations/types';
import type { ConsentryRuntime } from './runtime';

/** `window.consentry.integrations` when the config lists `integrations`. */
export interface ScriptIntegrations {
  /** Resolves once the vendor's script has run (after consent; never without it), e.g. to call `wcs.trans`. */
  ready(vendor: VendorName): Promise<void>;
  /** Each vendor on this page as it stands (empty until the integrations part has started). */
  status(): IntegrationStatus[];
}

/** The gate's controllers, once the gate part started: `window.consentry.google` (with a `google` section) and `.gate`. */
export interface Gated {
  google?: GoogleController;
  gate: GateController;
}

/** The receipt calls the script tag offers; each loads what it needs first. */
export type ScriptReceipts = Pick<Receipts, 'export' | 'download' | 'latest' | 'flush' | 'list'>;

/**
 * `window.consentry`: the consent instance of the script tag. Reads answer at once from the stored
 * decision; writes (and `open()`) load the code they need first and then run. `ui` is the widget once
 * it is mounted, `google` / `gate` the gate's controllers once its part started (`whenGate()` waits
 * for them), `error` the config problems when the config was refused (then nothing is granted).
 */
export type ScriptConsent = Consent & {
  open(): void;
  close(): void;
  ui?: ConsentUI;
  error?: ConfigError;
  receipts?: ScriptReceipts;
  google?: GoogleController;
  gate?: GateController;
  whenGate?(): Promise<Gated>;
  integrations?: ScriptIntegrations;
  /** Links this browser's receipts to a signed-in member (see consentry/members `identify`). */
  identify?(accountId: string, options: { proof: ProofSource; load?: boolean }): Promise<IdentifyResult>;
  /** On sign-out: stops linking and starts a new browser subject (see consentry/members `forget`). */
  forget?(options?: { reset?: boolean }): Promise<string | undefined>;
};

declare global {
  interface Window {
    consentry?: ScriptConsent;
    __consentryRuntime?: ConsentryRuntime;
  }
}
