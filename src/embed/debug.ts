/**
 * dist/consentry.debug.js — the script tag for a site being set up: the same runtime and parts as
 * dist/consentry.js, with the whole config check of `consentry/check` (every problem and legal warning)
 * printed to the console. Not for production pages: it is larger.
 */
import { checkWhole, gateProblems } from '../check/whole';
import { ConfigError } from '../core/errors';
import { structureProblems } from '../core/structure';
import { checkUiSection } from '../ui/validate';
import { boot } from './boot';

boot({
  config(config) {
    // the gate's sections are left to `gate` below, which the gate glue runs and adds to the same problems
    const whole = checkWhole(config, (v) => checkUiSection(v), false);
    if (whole.warnings.length) console.warn(new ConfigError(whole.warnings, 'consentry config: warnings').message);
    // the production tag refuses what the structural check refuses: the debug build never accepts more
    return whole.problems.length ? whole.problems : structureProblems(config);
  },
  gate: gateProblems,
});
