import type { ConfigProblem } from '../core/errors';
import { isObject } from '../core/is';
import { validateConfig } from '../core/validate';
import { validateBlockingConfig } from '../gate/config';
import { validateGoogleConfig } from '../gate/google/config';
import { validateReceiptsConfig } from '../receipts/options';
import { validateGuideConfig } from '../browsers/config';
import { integrationWarnings, validateIntegrations } from '../integrations/check';
import { VENDORS } from '../integrations/vendors/index';

/** What `checkWhole` finds: problems refuse the config, warnings are legal advice. */
export interface CheckResult {
  problems: ConfigProblem[];
  warnings: ConfigProblem[];
}

/**
 * The problems of the gate's sections (`google`, `blocking`) that are objects; `purposeIds`: the config's
 * purposes, which the `google` section's signals must name.
 */
export const gateProblems = (config: { google?: unknown; blocking?: unknown }, purposeIds?: string[]): ConfigProblem[] => [
  ...(isObject(config.google) ? validateGoogleConfig(config.google, 'google', purposeIds) : []),
  ...(isObject(config.blocking) ? validateBlockingConfig(config.blocking) : []),
];

/**
 * Every problem and warning of a whole site config, each section by its own module's check, by path: the
 * one home of the whole check, for `consentry/check` and for the debug build.
 *
 * `ui`: the `ui` section's check (`consentry/check` also checks the names of `ui.strings` against the
 * built-in texts, which the debug build does not carry). `gate`: false leaves the `google` and `blocking`
 * sections out, for the script tag, whose gate glue checks them with `gateProblems` and adds what it finds
 * to the same list of problems.
 */
export function checkWhole(config: unknown, ui: (section: unknown) => ConfigProblem[], gate = true): CheckResult {
  // The integrations list is handed to its own module, not to the core.
  const { integrations, ...core } = isObject(config) ? config : ({} as Record<string, unknown>);
  const { problems, warnings } = validateConfig(isObject(config) ? core : config);
  if (!isObject(config)) return { problems, warnings };
  const purposes = Array.isArray(core.purposes) ? core.purposes.filter(isObject) : [];
  const ids = purposes.map((p) => p.id);
  // a section that is not an object was reported by the core
  if (isObject(core.ui)) problems.push(...ui(core.ui));
  if (gate) problems.push(...gateProblems(core, ids as string[]));
  if (isObject(core.receipts)) problems.push(...validateReceiptsConfig(core.receipts));
  if (isObject(core.guide)) problems.push(...validateGuideConfig(core.guide));
  if (integrations !== undefined) {
    const ctx = { purposes: purposes as never, google: core.google };
    problems.push(...validateIntegrations(integrations, ctx, VENDORS));
    warnings.push(...integrationWarnings(integrations, ctx));
  }
  return { problems, warnings };
}
