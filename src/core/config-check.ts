import type { ConfigProblem } from './errors';
import { isLocalized, isObject, isText, safeUrl } from './is';

/**
 * A table-driven check: reports what is wrong with `value` into `problems`, each named by `path`
 * (`purposes[2].retention`). Other modules build their own config sections' checks from these.
 */
export type Check = (value: any, path: string, problems: ConfigProblem[]) => void;

/**
 * The known key a misspelt `key` most likely meant: the same but for case, one letter added, dropped or
 * changed, or two neighbours swapped (keys of three letters or more).
 */
export function nearest(key: string, known: string[]): string | undefined {
  const a = key.toLowerCase();
  return known.find((k) => {
    const b = k.toLowerCase();
    let i = 0;
    while (a[i] && a[i] == b[i]) i++;
    const rest = (s: string, n: number) => s.slice(i + n);
    return (
      b[2] &&
      (rest(a, 1) == rest(b, 1) ||
        rest(a, 1) == rest(b, 0) ||
        rest(a, 0) == rest(b, 1) ||
        (a[i] == b[i + 1] && a[i + 1] == b[i] && rest(a, 2) == rest(b, 2)))
    );
  });
}

export const add = (out: ConfigProblem[], path: string, message: string) => void out.push({ path, message });

/** A check from a predicate and the message for values that fail it. */
const is =
  (test: (v: any) => unknown, message: string): Check =>
  (v, path, out) =>
    test(v) || add(out, path, message);
/** A string matching `pattern`. */
const match = (pattern: RegExp, message: string) => is((v) => typeof v == 'string' && pattern.test(v), message);
const text: Check = (v, path, out) => isText(v) || add(out, path, 'expected text');
const localized: Check = (v, path, out) => isLocalized(v) || add(out, path, 'expected a localized string');
const flag: Check = (v, path, out) => typeof v == 'boolean' || add(out, path, 'expected true or false');
const positive: Check = (v, path, out) => (typeof v == 'number' && v > 0 && v < Infinity) || add(out, path, 'expected a positive number');
const url: Check = (v, path, out) => safeUrl(v) || add(out, path, 'expected a safe http(s) or relative URL');
const section: Check = (v, path, out) => isObject(v) || add(out, path, 'expected an object');
const version: Check = (v, path, out) =>
  isText(v) || (typeof v == 'number' && Number.isFinite(v)) || add(out, path, 'expected a number or text');
const oneOf = (...values: string[]): Check => is((v) => values.includes(v), 'expected one of "' + values.join('", "') + '"');
const id: Check = (v, path, out) => (typeof v == 'string' && /^[a-z0-9_-]+$/.test(v)) || add(out, path, 'expected [a-z0-9_-]+');

/** A list whose every item passes `item`; empty lists fail unless `allowEmpty`. */
const listOf =
  (item: Check, allowEmpty?: boolean): Check =>
  (v, path, out) =>
    Array.isArray(v) && (allowEmpty || v[0] !== undefined)
      ? v.forEach((x, i) => item(x, `${path}[${i}]`, out))
      : add(out, path, `expected a ${allowEmpty ? '' : 'non-empty '}list`);

/**
 * An object with the keys of `shape` (each checked when present) and the space-separated `required`
 * ones. Every other key is reported as unknown, with the nearest known key as a suggestion.
 */
const object =
  (shape: Record<string, Check>, required = ''): Check =>
  (v, path, out) => {
    if (!isObject(v)) return section(v, path, out);
    const known = Object.keys(shape);
    const where = (k: string) => (path ? path + '.' + k : k);
    let n;
    for (const k of required.split(' ')) if (k && v[k] === undefined) add(out, where(k), 'is required');
    for (const k in v)
      if (!known.includes(k)) add(out, where(k), 'unknown key' + ((n = nearest(k, known)) ? ` (did you mean "${n}"?)` : ''));
      else if (v[k] !== undefined) shape[k](v[k], where(k), out);
  };

/** The building blocks of the config checks, for modules that validate their own config section. */
export const checks = { is, match, text, localized, flag, positive, url, section, version, id, oneOf, listOf, object };
