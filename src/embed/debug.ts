/**
 * dist/consentry.debug.js — the script tag for a site being set up: the same runtime and parts as
 * dist/consentry.js, with the full config check (every problem and legal warning of the core, `ui`,
 * `google` and `blocking` sections) printed to the console. Not for production pages: it is larger.
 */
import { structureProblems } from '../core/structure';
import { boot } from './boot';
import { fullCheck, gateSectionProblems } from './checks';

boot({
  config(config) {
    const full = fullCheck(config);
    // the production tag refuses what the structural check refuses: the debug build never accepts more
    return { problems: full.problems.length ? full.problems : structureProblems(config), warnings: full.warnings };
  },
  gate: gateSectionProblems,
});
