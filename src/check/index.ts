/**
 * consentry/check: every problem and warning of a whole site config, each section by its own module's
 * check (core, `ui`, `blocking`, `google`, `receipts`, `guide`, `integrations`), with paths. For setting a
 * site up, in CI and in the `consentry check` command; the runtime itself only checks the structure in
 * production builds.
 */
import type { ConfigProblem } from '../core/errors';
import { validateUiConfig } from '../ui/index';
import { checkWhole } from './whole';

export type { ConfigProblem };

/** Every problem (consentry refuses the config) and warning (legal advice) of `config`, by path. */
export function checkConfig(config: unknown): { problems: ConfigProblem[]; warnings: ConfigProblem[] } {
  return checkWhole(config, (v) => validateUiConfig(v));
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
