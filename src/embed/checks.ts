import type { ConfigProblem } from '../core/errors';
import { validateConfig } from '../core/validate';
import { validateBlockingConfig } from '../gate/config';
import { validateGoogleConfig } from '../gate/google/config';
import { checkUiSection } from '../ui/validate';
import { validateReceiptsConfig } from '../receipts/options';
import { validateGuideConfig } from '../browsers/config';
import { integrationWarnings, validateIntegrations } from '../integrations/check';
import { VENDORS } from '../integrations/vendors/index';

/**
 * The full config check of the debug build (dist/consentry.debug.js), for a site being set up: every
 * problem and every warning of the core, `ui`, `receipts`, `guide`, `google`, `blocking` and `integrations`
 * sections. The production script tag runs only the structural check (src/core/structure.ts) and never
 * downloads this.
 */
export function fullCheck(config: unknown): { problems: ConfigProblem[]; warnings: ConfigProblem[] } {
  // the integrations list is checked by its own module, with every vendor's id and options rules
  const { integrations, ...core } = (config && typeof config == 'object' ? config : {}) as Record<string, any>;
  const { problems, warnings } = validateConfig(config && typeof config == 'object' ? core : config);
  if (config && typeof config == 'object') {
    problems.push(...checkUiSection(core.ui), ...validateReceiptsConfig(core.receipts), ...validateGuideConfig(core.guide));
    const ctx = {
      purposes: Array.isArray(core.purposes) ? core.purposes.filter((p: unknown) => p && typeof p == 'object') : [],
      google: core.google,
    };
    problems.push(...validateIntegrations(integrations, ctx, VENDORS));
    warnings.push(...integrationWarnings(integrations, ctx));
  }
  return { problems, warnings };
}

/** The debug build's check of the gate's sections (`google`, `blocking`). */
export const gateSectionProblems = (config: { google?: unknown; blocking?: unknown }, purposeIds?: string[]): ConfigProblem[] => [
  ...(config.google !== undefined ? validateGoogleConfig(config.google, 'google', purposeIds) : []),
  ...validateBlockingConfig(config.blocking),
];
