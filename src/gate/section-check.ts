import { checks, type Check } from '../core/config-check';
import type { ConfigProblem } from '../core/errors';

/**
 * A key's check: `[test, message]`. The value passes when `test` returns something truthy; `test` may
 * report problems inside the value itself through `sub(pathSuffix, message)`.
 */
// biome-ignore lint/suspicious/noExplicitAny: a rule checks whatever JSON the site wrote
export type Rule = [(v: any, sub: (at: string, message: string) => unknown) => unknown, string];

export const BOOL: Rule = [(v) => typeof v == 'boolean', 'expected true or false'];

/**
 * Every problem of an object config section by path: unknown keys (with the nearest known key) and keys
 * whose rule fails. The rules are the shared checker's (`checks.object` of src/core/config-check.ts) written
 * as `[test, message]` pairs, the form the gate's and the vendors' sections read best in.
 */
export function checkSection(section: unknown, path: string, rules: { [key: string]: Rule }): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const shape: { [key: string]: Check } = {};
  for (const k of Object.keys(rules)) {
    const [test, message] = rules[k];
    shape[k] = (v, at, problems) =>
      test(v, (sub, m) => problems.push({ path: at + sub, message: m })) || problems.push({ path: at, message });
  }
  checks.object(shape)(section, path, out);
  return out;
}
