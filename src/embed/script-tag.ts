/**
 * dist/consentry.js — the script tag. Only the structural config check runs here (a broken config grants
 * nothing and logs one console.error); dist/consentry.debug.js checks everything (src/embed/debug.ts).
 * What the boot does and loads: src/embed/boot.ts.
 */
import { structureProblems } from '../core/structure';
import { boot } from './boot';

export type { ScriptConsent } from './window';

boot({ config: (config) => ({ problems: structureProblems(config) }) });
