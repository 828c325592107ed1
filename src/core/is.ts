import { isObject } from './is-object';
import type { Localized } from './types';

export { isObject };

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A string with something in it besides spaces. */
export const isText = (v: unknown): v is string => typeof v == 'string' && v.trim() != '';

/** A non-empty string, or `{ ko: '…', en: '…' }` with at least one language and only non-empty strings. */
export const isLocalized = (v: unknown): v is Localized =>
  isText(v) || (isObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LOCALE.test(k) && isText(v[k])));

/**
 * `value` trimmed when it is a URL safe to put in an `href`: `http:`, `https:` or relative
 * (`/privacy`, `privacy.html`, `//host/x`); `undefined` for anything else, `javascript:`, `data:`,
 * `vbscript:`, `mailto:` included, however disguised (case, spaces, control characters, HTML entities).
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value != 'string') return;
  const url = value.trim();
  // Browsers drop tabs/newlines inside URLs and HTML decodes entities: check what they would see.
  const bare = url.replace(/[\0-\x20\x7f-\x9f]+/g, '');
  const scheme = /^([^/?#]*?):/.exec(bare);
  if (bare && !/&(#|[a-z\d]+;)|\\/i.test(bare) && (!scheme || /^https?$/i.test(scheme[1]))) return url;
}
