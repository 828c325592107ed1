/**
 * dist/consentry-check.js — the production script tag's structural config check (src/core/structure.ts),
 * out of the boot: a first visit loads it beside the banner part, a returning visitor whose consent cookie
 * carries this config text's key never downloads it (see `BootChecks` in src/embed/config.ts).
 */
import { structureProblems } from '../../core/structure';
import { registerPart } from '../register';

/** What `loadPart('check')` resolves with. */
export interface CheckPart {
  problems: typeof structureProblems;
}

registerPart('check', { problems: structureProblems } satisfies CheckPart);
