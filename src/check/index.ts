/**
 * consentry/check: every problem and warning of a whole site config, each section by its own module's
 * check (core, `ui`, `blocking`, `google`, `receipts`, `guide`, `integrations`), with paths. For setting a
 * site up, in CI and in the `consentry check` command; the runtime itself only checks the structure in
 * production builds.
 */
import type { ConfigProblem } from '../core/errors';
import { isObject } from '../core/is';
import { validateConfig } from '../core/validate';
import { validateBlockingConfig } from '../gate/config';
import { validateGoogleConfig } from '../gate/google/config';
import { validateReceiptsConfig } from '../receipts/options';
import { validateGuideConfig } from '../browsers/config';
import { integrationWarnings, validateIntegrations } from '../integrations/check';
import { VENDORS } from '../integrations/vendors/index';
import { validateUiConfig } from '../ui/index';

export type { ConfigProblem };

/** Every problem (consentry refuses the config) and warning (legal advice) of `config`, by path. */
export function checkConfig(config: unknown): { problems: ConfigProblem[]; warnings: ConfigProblem[] } {
  // The integrations list is handed to its own module, not to the core.
  const { integrations, ...core } = isObject(config) ? config : ({} as Record<string, unknown>);
  const { problems, warnings } = validateConfig(isObject(config) ? core : config);
  if (!isObject(config)) return { problems, warnings };
  const purposes = Array.isArray(core.purposes) ? core.purposes.filter(isObject) : [];
  const ids = purposes.map((p) => p.id);
  const sections: [string, (v: unknown) => ConfigProblem[]][] = [
    ['ui', (v) => validateUiConfig(v)],
    ['blocking', (v) => validateBlockingConfig(v)],
    ['google', (v) => validateGoogleConfig(v, 'google', ids)],
    ['receipts', (v) => validateReceiptsConfig(v)],
    ['guide', (v) => validateGuideConfig(v)],
  ];
  for (const [key, check] of sections) if (isObject(core[key])) problems.push(...check(core[key]));
  if (integrations !== undefined) {
    const ctx = { purposes: purposes as never, google: core.google };
    problems.push(...validateIntegrations(integrations, ctx, VENDORS));
    warnings.push(...integrationWarnings(integrations, ctx));
  }
  return { problems, warnings };
}

/**
 * The config of an HTML page: the JSON in `<script type="application/json" id="consentry-config">`, as the
 * script tag reads it. `undefined` when the page has none; throws a SyntaxError on invalid JSON.
 */
export function configOfPage(html: string): unknown {
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi))
    if (/\bid\s*=\s*["']?consentry-config["'\s>]/i.test(m[1] + ' ') && /\btype\s*=\s*["']?application\/json/i.test(m[1]))
      return JSON.parse(m[2]);
}
