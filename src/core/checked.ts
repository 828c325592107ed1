import { ConfigError } from './errors';
import { normalize } from './normalize';
import { structureProblems } from './structure';
import type { ConsentConfig, NormalizedConfig } from './types';
import { validateConfig } from './validate';

/**
 * The config with its defaults, or a `ConfigError` listing what is wrong with it. In development every
 * problem is found and explained (`validateConfig`); in production a cheap structural check
 * (`structureProblems`) still refuses every config that would grant what it should not, and the full
 * validation is left out of the bundle.
 *
 * Production means `process.env.NODE_ENV == 'production'`, which bundlers write in at build time (Vite
 * builds, esbuild with `--minify`, webpack's production mode): the condition then folds to a constant and
 * the unused check drops out. Without a bundler, in a browser, there is no `process` and the cheap check
 * runs; in Node, the full one unless NODE_ENV is `production`. The condition is written inline, where
 * esbuild folds it (it does not fold it through a variable).
 */
export function checkedConfig(input: unknown): NormalizedConfig {
  const problems =
    typeof process == 'object' && process.env.NODE_ENV !== 'production' ? validateConfig(input).problems : structureProblems(input);
  if (problems[0]) throw new ConfigError(problems);
  return normalize(input as ConsentConfig);
}
