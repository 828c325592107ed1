import type { ConfigProblem } from '../core/errors';
import { checks, isObject, type Check } from '../core/validate';

const { object, oneOf, flag, text, is } = checks;

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const scheme = oneOf('auto', 'light', 'dark');
const at = (path: string, key: string) => `${path}.${key}`;

/** `"dark"`, or `{ "scheme": "dark", "--cs-accent": "#0b57d0" }`: custom property values without `;{}<>`. */
const theme: Check = (v, path, out) => {
  if (typeof v == 'string') return scheme(v, path, out);
  if (!isObject(v)) return void out.push({ path, message: 'expected "auto", "light", "dark" or an object of --cs-* custom properties' });
  for (const k of Object.keys(v)) {
    if (k == 'scheme') scheme(v[k], at(path, k), out);
    else if (!/^--cs-[a-z0-9-]+$/.test(k))
      out.push({ path: at(path, k), message: 'unknown key (expected "scheme" or a --cs-* custom property)' });
    else if (typeof v[k] != 'string' || !v[k].trim() || /[;{}<>]/.test(v[k]) || v[k].length > 200)
      out.push({ path: at(path, k), message: 'expected a CSS value (no ";", "{", "}", "<", ">")' });
  }
};

/**
 * `{ "ko": { "agreeAll": "…" }, "ja": { … } }`: locales of non-empty strings; with `keys`, only those
 * string names (the others are reported as unknown keys).
 */
const strings =
  (keys?: string[]): Check =>
  (v, path, out) => {
    if (!isObject(v)) return void out.push({ path, message: 'expected an object of locales ({ "ko": { … }, "en": { … } })' });
    for (const loc of Object.keys(v)) {
      const p = at(path, loc);
      const s = v[loc];
      if (!LOCALE.test(loc)) out.push({ path: p, message: 'expected a language tag like "ko" or "en"' });
      else if (keys) object(Object.fromEntries(keys.map((k) => [k, text])))(s, p, out);
      else if (!isObject(s)) out.push({ path: p, message: 'expected an object of strings' });
      else for (const k of Object.keys(s)) text(s[k], at(p, k), out);
    }
  };

const ui = (keys?: string[]) =>
  object({
    layout: oneOf('banner', 'form'),
    target: is((v) => typeof v == 'string' && v.trim() != '', 'expected a CSS selector'),
    reopenButton: (v, path, out) => typeof v == 'boolean' || object({ position: oneOf('bottom-left', 'bottom-right') })(v, path, out),
    theme,
    strings: strings(keys),
    nonce: text,
    submitButton: flag,
    optOutLink: flag,
  });

/**
 * Checks the config's `ui` section (the widget options a script tag sets): every problem by path,
 * unknown keys included (with a "did you mean"). `undefined` is fine: every key has a default.
 * `stringKeys`: the string names `strings` may override (unchecked when omitted: the script tag checks
 * them once the full string table has loaded with the views).
 */
export function checkUiSection(section: unknown, path = 'ui', stringKeys?: string[]): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  if (section === undefined) return out;
  ui(stringKeys)(section, path, out);
  if (isObject(section) && section.layout == 'form' && section.target === undefined)
    out.push({
      path: at(path, 'target'),
      message: 'is required for the form layout (a CSS selector of the element to render the form into)',
    });
  return out;
}
