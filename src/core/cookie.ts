import Cookies from 'js-cookie';
import { decode, type Stored } from './codec';
import { cookiePaths, domainForms } from './cookie-scopes';
import type { NormalizedConfig } from './types';

type CookieOptions = NormalizedConfig['cookie'];

/**
 * The name without `__Host-` (the prefix that makes browsers keep a cookie to the host that set it: no
 * other host, a sibling subdomain included, can set or shadow it). The IndexedDB key and the cross-tab
 * channel, both per origin already, keep this name.
 */
export const baseName = (name: string): string => name.replace(/^__Host-/, '');

/** Every value of the cookies called `name` (one per domain/path that set it), most specific first. */
export const readCookies = (name: string): string[] =>
  document.cookie
    .split('; ')
    .filter((pair) => pair.startsWith(name + '='))
    .map((pair) => Cookies.converter.read(pair.slice(name.length + 1), name));

/**
 * Writes the cookie; returns whether the browser kept it (blocked or insecure cookies vanish silently, and
 * options no cookie can have, such as an expiry that is no number, write nothing).
 */
export function writeCookie(c: CookieOptions, value: string): boolean {
  try {
    Cookies.set(c.name, value, { domain: c.domain, path: c.path, sameSite: c.sameSite, secure: c.secure, expires: c.expiresDays });
  } catch {
    // (js-cookie throws on an expiry it cannot turn into a date)
  }
  return readCookies(c.name).includes(value);
}

/**
 * Deletes cookie `name` in this site's own scopes — host-only, and the configured `domain` with and without
 * its leading dot — on `/`, each prefix of this page's path with and without a trailing slash, and the
 * configured path (a copy left on `/shop` by an older setup must not outlive ours). Copies on parent domains
 * are never read (see readStartCookie), so they are left alone: they may be another site's.
 */
function remove(c: CookieOptions, name = c.name): void {
  const domains = [undefined, ...(c.domain ? domainForms(c.domain) : [])];
  for (const domain of domains)
    for (const path of cookiePaths(location.pathname, [c.path]))
      Cookies.remove(name, { domain, path, sameSite: c.sameSite, secure: c.secure });
}
export const removeCookies = (c: CookieOptions): void => remove(c);

/** What the consent cookie held at start. */
export interface StartCookie {
  /** The newest usable copy this site wrote (undefined: none), and its raw value. */
  found?: Stored;
  raw: string;
  /**
   * Copies ignored: ours that are damaged or dated more than 5 minutes ahead of this device's clock, and
   * copies another host set on a parent domain (never read, never deleted: they may be another site's).
   */
  ignored: number;
}

/**
 * Reads the consent cookie at start, trusting only copies this site wrote: host-only ones, plus those on
 * the configured `domain`. A `__Host-` cookie can only be this host's. For a plain name, JavaScript cannot
 * read a cookie's Domain, so our copies are deleted on every path and what is left is another host's; the
 * caller writes the kept one back (which also renews its lifetime from this visit). With a `__Host-` name, a
 * plain host copy written before the prefix is taken over when there is no prefixed one, and deleted.
 */
export function readStartCookie(c: CookieOptions, now: number): StartCookie {
  const out: StartCookie = { raw: '', ignored: 0 };
  const plain = baseName(c.name);
  for (const name of new Set([c.name, plain])) {
    let own = readCookies(name);
    if (own[0] && name == plain) {
      // (with a __Host- name there is no `domain`: the plain copies from before the prefix were host-only)
      remove(c, name);
      const left = readCookies(name);
      out.ignored += left.length;
      own = own.filter((v) => !left.includes(v));
    }
    if (!out.found)
      for (const v of own) {
        const r = decode(v);
        if (!r || r.updatedAt! > now + 3e5) out.ignored++;
        else if (!out.found || r.updatedAt! > out.found.updatedAt!) (out.found = r), (out.raw = v);
      }
  }
  return out;
}
