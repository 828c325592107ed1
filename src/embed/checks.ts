import type { ConfigProblem } from '../core/errors';
import { validateConfig } from '../core/validate';
import { validateBlockingConfig } from '../gate/config';
import { validateGoogleConfig } from '../gate/google/config';
import { checkUiSection } from '../ui/validate';
import { validateReceiptsConfig } from '../receipts/options';
import { validateGuideConfig } from '../browsers/config';

/**
 * The full config check of the debug build (dist/consentry.debug.js), for a site being set up: every
 * problem and every warning of the core, `ui`, `receipts`, `guide`, `google` and `blocking` sections. The production script
 * tag runs only the structural check (src/core/structure.ts) and never downloads this.
 */
export function fullCheck(config: unknown): { problems: ConfigProblem[]; warnings: ConfigProblem[] } {
  const { problems, warnings } = validateConfig(config);
  if (config && typeof config == 'object') {
    const c = config as { ui?: unknown; receipts?: unknown; guide?: unknown };
    problems.push(...checkUiSection(c.ui), ...validateReceiptsConfig(c.receipts), ...validateGuideConfig(c.guide));
  }
  return { problems, warnings };
}

/** The debug build's check of the gate's sections (`google`, `blocking`). */
export const gateSectionProblems = (config: { google?: unknown; blocking?: unknown }, purposeIds?: string[]): ConfigProblem[] => [
  ...(config.google !== undefined ? validateGoogleConfig(config.google, 'google', purposeIds) : []),
  ...validateBlockingConfig(config.blocking),
];
