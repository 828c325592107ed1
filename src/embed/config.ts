/**
 * The script tag's config: read from the page's JSON tag, and the deferred structural check a production
 * build runs unless the consent cookie says this very config text passed it on an earlier page.
 */
import { checksum } from '../core/codec';
import { ConfigError, type ConfigProblem } from '../core/errors';
import { isObject } from '../core/is';
import { VERSION } from '../core/version';
import type { Check } from '../core/reader';

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

/**
 * The deferred check of `raw` for the reader: its config key (computed when first asked) and the check itself,
 * which rejects with a ConfigError when `later` finds problems or cannot run; `banner()` says whether the
 * banner is due (known by the time the check runs: after the boot).
 */
export function deferredCheck(raw: Record<string, any>, later: NonNullable<BootChecks['later']>, banner: () => boolean): Check {
  let key: string | undefined;
  return {
    // of the text the check reads: `ui` it only requires to be an object (its nonce may change per response)
    key: () => (key ||= checksum(VERSION + JSON.stringify({ ...raw, ui: isObject(raw.ui) || raw.ui }))),
    run: () =>
      Promise.resolve()
        .then(() => later(raw, banner()))
        .then(
          (found) => {
            if (found.length) throw new ConfigError(found);
          },
          (e) => {
            throw new ConfigError([{ path: '(config)', message: `could not be checked (${e && e.message})` }]);
          },
        ),
  };
}
