/**
 * The script tag's config, read from the page's JSON tag, and how a build checks it (the production tag's
 * deferred check: `deferredCheck` in src/core/deferred-check.ts).
 */
import type { ConfigProblem } from '../core/errors';

/**
 * How a build checks the config. The debug build checks everything at once (`config`). The production tag
 * has no checking code: its structural check is the part `check` (`later`), run unless the consent cookie
 * says this config text passed it on an earlier page (the config key, see `keyOf` in src/core/codec.ts).
 */
export interface BootChecks {
  /** The whole check at once: returns the problems (and itself tells the console the warnings). */
  config?(config: unknown): ConfigProblem[];
  /** The deferred check: resolves with the config's problems (none: it passed); `banner`: the page shows the banner. */
  later?(config: unknown, banner: boolean): Promise<ConfigProblem[]>;
  gate?(config: { google?: unknown; blocking?: unknown }, purposeIds?: string[]): ConfigProblem[];
}

/** Parses the config tag's `text`; pushes a problem and returns undefined when it is missing or not JSON. */
export function readConfig(text: string | null, problems: ConfigProblem[]): Record<string, any> | undefined {
  if (text == null)
    return void problems.push({ path: '(config)', message: 'no <script type="application/json" id="consentry-config"> on the page' });
  try {
    const config = JSON.parse(text);
    if (config && typeof config == 'object' && !Array.isArray(config)) return config;
    problems.push({ path: '(config)', message: 'expected a JSON object' });
  } catch (e) {
    problems.push({ path: '(config)', message: `not valid JSON: ${(e as Error).message}` });
  }
}
