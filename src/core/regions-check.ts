/**
 * Checks a config's `regions` section for `validateConfig` and `consentry check`. Kept apart from the
 * region rules (./regions) so the script tag, which decides regions at every page view, does not carry it.
 */
import type { ConfigProblem } from './errors';
import { modelOf, normalizeRegion, regionChain } from './regions';

/** Regions whose law asks for consent before optional processing: a looser model there is worth a warning. */
const CONSENT_FIRST = ['KR', 'EU', 'GB'];

/**
 * Checks a `regions` section. Problems: not an object, a key that is not a region code or not in its
 * canonical form (`kr`, `UK`), the same region twice, a value that is not a model. Warnings: `opt-out`
 * or `notice` where the law asks first (KR, the EU and its members, GB), or as the `default`.
 */
export function checkRegions(value: unknown, path = 'regions'): { problems: ConfigProblem[]; warnings: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const warnings: ConfigProblem[] = [];
  if (value === undefined) return { problems, warnings };
  if (!value || typeof value != 'object' || Array.isArray(value)) {
    problems.push({ path, message: 'expected an object of region code → "opt-in" | "opt-out" | "notice"' });
    return { problems, warnings };
  }
  const seen: { [code: string]: string } = {};
  for (const key of Object.keys(value)) {
    const at = `${path}.${key}`;
    const entry = (value as { [k: string]: unknown })[key];
    const code = normalizeRegion(key);
    if (!code) problems.push({ path: at, message: 'expected a region code: KR, GB, EU, a country (DE), a subdivision (US-CA) or default' });
    else if (code != key) problems.push({ path: at, message: `write the region code as "${code}"` });
    if (code && seen[code]) problems.push({ path: at, message: `the same region as "${seen[code]}"` });
    if (code) seen[code] = seen[code] || key;
    const model = modelOf(entry);
    const obj = !!entry && typeof entry == 'object' && !Array.isArray(entry);
    if (!model) problems.push({ path: obj ? `${at}.model` : at, message: 'expected "opt-in", "opt-out" or "notice"' });
    if (obj) for (const k of Object.keys(entry as object)) if (k != 'model') problems.push({ path: `${at}.${k}`, message: 'unknown key' });
    if (!code || !model || model == 'opt-in') continue;
    const strict = code != 'default' && regionChain(code).some((c) => CONSENT_FIRST.indexOf(c) >= 0);
    if (strict)
      warnings.push({
        path: at,
        message: `"${model}" lets optional purposes run before the visitor agrees; the law in ${code} asks for consent first`,
      });
    else if (code == 'default')
      warnings.push({
        path: at,
        message: `"${model}" applies to every region not listed, including visitors whose region is only guessed`,
      });
  }
  return { problems, warnings };
}
