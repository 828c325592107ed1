/**
 * dist/consentry.js — the script tag. It carries no checking code: the structural config check comes with
 * the banner part when the banner is due, else as the part consentry-check.js (src/embed/parts/check.ts);
 * a returning visitor under the same config downloads neither; until it passes nothing is granted, and a broken config grants nothing and logs one
 * console.error. dist/consentry.debug.js checks everything at once (src/embed/debug.ts). What the boot does
 * and loads: src/embed/boot.ts.
 */
import { boot } from './boot';
import type { CheckPart } from './parts/check';
import type { BannerPart } from './parts/banner';
import { loadPart } from './runtime';

export type { ScriptConsent } from './window';

// a page that shows the banner takes the check from the banner part, which it loads anyway
boot({ later: (config, banner) => loadPart<CheckPart | BannerPart>(banner ? 'banner' : 'check').then((p) => p.problems(config)) });
