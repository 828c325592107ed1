import Cookies from 'js-cookie';
import type { NormalizedConfig } from './types';

type CookieOptions = NormalizedConfig['cookie'];

/** Every value of the cookies called `name` (one per domain/path that set it), most specific first. */
export function readCookies(name: string): string[] {
  const out: string[] = [];
  for (const pair of document.cookie ? document.cookie.split('; ') : []) {
    const i = pair.indexOf('=');
    if (pair.slice(0, i) == name) out.push(Cookies.converter.read(pair.slice(i + 1), name));
  }
  return out;
}

/** Writes the cookie; returns whether the browser kept it (blocked or insecure cookies vanish silently). */
export function writeCookie(c: CookieOptions, value: string): boolean {
  Cookies.set(c.name, value, { domain: c.domain, path: c.path, sameSite: c.sameSite, secure: c.secure, expires: c.expiresDays });
  return readCookies(c.name).includes(value);
}

/**
 * Deletes the cookie on the current host, every parent domain and the configured one, for the
 * configured path, `/` and the current path's prefixes: a copy left on `example.com` or `/shop` by an
 * older setup must not outlive ours.
 */
export function removeCookies(c: CookieOptions): void {
  const host = typeof location != 'undefined' ? location.hostname : '';
  const labels = host.split('.');
  const domains: (string | undefined)[] = [undefined, c.domain];
  if (!/^[\d.]+$|:/.test(host)) for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  const paths = [c.path, '/'];
  let prefix = '';
  for (const part of (typeof location != 'undefined' ? location.pathname : '').split('/').filter(Boolean)) paths.push((prefix += '/' + part));
  for (const domain of domains) for (const path of paths) Cookies.remove(c.name, { domain, path, sameSite: c.sameSite, secure: c.secure });
}
