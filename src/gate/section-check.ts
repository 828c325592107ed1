import { nearest } from '../core/config-check';
import type { ConfigProblem } from '../core/errors';
import { isObject } from '../core/is';

/**
 * A key's check: `[test, message]`. The value passes when `test` returns something truthy; `test` may
 * report problems inside the value itself through `sub(pathSuffix, message)`.
 */
export type Rule = [(v: any, sub: (at: string, message: string) => unknown) => unknown, string]; // eslint-disable-line @typescript-eslint/no-explicit-any

export const BOOL: Rule = [(v) => typeof v == 'boolean', 'expected true or false'];

/**
 * Every problem of an object config section by path: unknown keys (with the nearest known key, in the
 * core checks' format), and keys whose rule fails.
 */
export function checkSection(section: unknown, path: string, rules: { [key: string]: Rule }): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const bad = (at: string, message: string) => out.push({ path: path + at, message });
  if (!isObject(section)) bad('', 'expected an object');
  else
    for (const k in section) {
      const rule = Object.prototype.hasOwnProperty.call(rules, k) ? rules[k] : undefined;
      const v = section[k];
      const near = rule ? '' : nearest(k, Object.keys(rules));
      if (!rule) bad('.' + k, 'unknown key' + (near ? ` (did you mean "${near}"?)` : ''));
      else if (v !== undefined && !rule[0](v, (at, m) => bad('.' + k + at, m))) bad('.' + k, rule[1]);
    }
  return out;
}
