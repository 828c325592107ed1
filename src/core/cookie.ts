import Cookies from 'js-cookie';
import type { NormalizedConfig } from './types';

type CookieOptions = NormalizedConfig['cookie'];

/** Every value of the cookies called `name` (one per domain/path that set it), most specific first. */
export const readCookies = (name: string): string[] =>
  document.cookie
    .split('; ')
    .filter((pair) => pair.startsWith(name + '='))
    .map((pair) => Cookies.converter.read(pair.slice(name.length + 1), name));

/** Writes the cookie; returns whether the browser kept it (blocked or insecure cookies vanish silently). */
export function writeCookie(c: CookieOptions, value: string): boolean {
  Cookies.set(c.name, value, { domain: c.domain, path: c.path, sameSite: c.sameSite, secure: c.secure, expires: c.expiresDays });
  return readCookies(c.name).includes(value);
}

/**
 * Deletes the cookie on the current host, every parent domain and the configured one, for the
 * configured path, `/` and the current path's prefixes: a copy left on `example.com` or `/shop` by an
 * older setup must not outlive ours. (Domains a browser would not accept, like parts of an IP address,
 * are ignored by it.)
 */
export function removeCookies(c: CookieOptions): void {
  const labels = location.hostname.split('.');
  let prefix = '';
  const paths = [c.path, '/', ...location.pathname.split('/').slice(1).map((part) => (prefix += '/' + part))];
  for (const domain of [undefined, c.domain, ...labels.map((_, i) => labels.slice(i).join('.'))])
    for (const path of paths) Cookies.remove(c.name, { domain, path, sameSite: c.sameSite, secure: c.secure });
}
