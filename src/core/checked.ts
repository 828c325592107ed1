import { deferredCheck } from './deferred-check';
import { ConfigError } from './errors';
import { normalize } from './normalize';
import type { Check } from './reader';
import type { ConsentConfig, NormalizedConfig } from './types';
import { validateConfig } from './validate';

/** A config so broken that not even its defaults can be filled in: refused at once, in any build. */
export const unreadable = (e: unknown): ConfigError =>
  new ConfigError([
    {
      path: '(config)',
      message: `cannot be read (${(e as Error).message}); \`consentry check\` names each problem`,
    },
  ]);

/**
 * The config with its defaults, and how it is still to be checked. Under Node and in tests every problem is
 * found and explained at once (`validateConfig`; a `ConfigError` lists them). A browser build leaves checking
 * code out of the app's first bytes: `check` is the structural check (`structureProblems`), which loads on
 * demand beside the writer and refuses every config that would grant what it should not; until it passes
 * nothing counts as granted (see `createReader`).
 *
 * Production means `process.env.NODE_ENV == 'production'`, which bundlers write in at build time (Vite
 * builds, esbuild with `--minify`, webpack's production mode): the condition then folds to a constant and
 * the unused branch drops out. Without a bundler, in a browser, there is no `process` and the deferred check
 * runs; in Node, the full one unless NODE_ENV is `production`. The condition is written inline, where
 * esbuild folds it (it does not fold it through a variable).
 */
export function checkedConfig(input: unknown): { config: NormalizedConfig; check?: Check } {
  if (typeof process == 'object' && process.env.NODE_ENV !== 'production') {
    const problems = validateConfig(input).problems;
    if (problems[0]) throw new ConfigError(problems);
    return { config: normalize(input as ConsentConfig) };
  }
  try {
    return {
      config: normalize(input as ConsentConfig),
      check: deferredCheck(input as Record<string, unknown>, () => import('./structure').then((m) => m.structureProblems(input))),
    };
  } catch (e) {
    throw unreadable(e);
  }
}
