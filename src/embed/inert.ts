import type { ConfigError } from '../core/errors';
import type { Consent } from '../core/types';
import type { ScriptConsent } from './window';

/** What `window.consentry` is after a config error: nothing is granted, deciding fails, the page keeps working. */
export function inert(error: ConfigError): ScriptConsent {
  const no = () => Promise.reject(error);
  const none = () => {};
  return {
    error,
    config: undefined as unknown as Consent['config'],
    ready: Promise.resolve(),
    get: () => undefined,
    snapshot: () => ({ purposes: {}, gpc: false }),
    isGranted: () => false,
    decide: no,
    agreeAll: no,
    disagreeAll: no,
    withdraw: no,
    needsDecision: () => false,
    pending: () => [],
    setAgeGroup: none,
    needsGuardian: () => false,
    recordGuardian: no,
    on: () => none,
    renewSubject: () => '',
    reset: () => Promise.resolve(),
    destroy: none,
    open: () => console.error(error.message),
    close: none,
  };
}
