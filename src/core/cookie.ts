import Cookies from 'js-cookie';
import { decode, type Stored } from './codec';
import type { NormalizedConfig } from './types';

type CookieOptions = NormalizedConfig['cookie'];

/**
 * The name prefix that makes browsers keep a cookie to the host that set it (Secure, `Path=/`, no
 * `Domain`): no other host, a sibling subdomain included, can set or shadow a `__Host-` cookie.
 */
export const HOST_PREFIX = '__Host-';

/** The name without `__Host-`: the IndexedDB key and the cross-tab channel, both per origin already, keep it. */
export const baseName = (name: string): string => (name.startsWith(HOST_PREFIX) ? name.slice(HOST_PREFIX.length) : name);

/** How far a stored `updatedAt` may run ahead of this device's clock before the copy is refused. */
export const CLOCK_SKEW_MS = 5 * 60e3;

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

/** The configured path, `/`, and each prefix of this page's path with and without a trailing slash. */
function paths(c: CookieOptions): string[] {
  const out = [c.path, '/'];
  let p = '';
  for (const seg of location.pathname.split('/')) if (seg) out.push((p += '/' + seg), p + '/');
  return out;
}

/** Deletes cookie `name` on each of `domains` (undefined: host-only) and every path variant. */
function remove(c: CookieOptions, name: string, domains: (string | undefined)[]): void {
  for (const domain of domains) for (const path of paths(c)) Cookies.remove(name, { domain, path, sameSite: c.sameSite, secure: c.secure });
}

/**
 * Deletes the cookie on the current host, every parent domain and the configured one, for the
 * configured path, `/` and the current path's prefixes: a copy left on `example.com` or `/shop` by an
 * older setup must not outlive ours. (Domains a browser would not accept, like parts of an IP address,
 * are ignored by it.)
 */
export function removeCookies(c: CookieOptions): void {
  const labels = location.hostname.split('.');
  remove(c, c.name, [undefined, c.domain, ...labels.map((_, i) => labels.slice(i).join('.'))]);
}

/**
 * The copies of cookie `name` that this site wrote — host-only ones, plus those on the configured
 * `domain` when there is one — told apart from copies another host set on a parent domain. JavaScript
 * cannot read a cookie's Domain, so ours are deleted on every path and what is left is someone else's;
 * the caller writes the chosen value back. A `__Host-` cookie needs no such test: only this host can set it.
 */
function ownCopies(c: CookieOptions, name: string): { own: string[]; foreign: number } {
  const all = readCookies(name);
  if (!all.length || name.startsWith(HOST_PREFIX)) return { own: all, foreign: 0 };
  remove(c, name, [undefined, c.domain]);
  const left = readCookies(name);
  const own = all.slice();
  for (const v of left) if (own.includes(v)) own.splice(own.indexOf(v), 1);
  return { own, foreign: left.length };
}

/** What the consent cookie held at start. */
export interface StartCookie {
  /** The newest usable copy this site wrote (undefined: none), and its raw value. */
  found?: Stored;
  raw: string;
  /** Copies of ours that are damaged or dated in the future (more than CLOCK_SKEW_MS ahead): never consent. */
  invalid: number;
  /** Copies another host set on a parent domain: never read, never deleted (they may be another site's). */
  foreign: number;
}

/**
 * Reads the consent cookie at start, trusting only copies this site wrote (see ownCopies), and rewrites
 * the one it keeps — once, on `c.domain` / `c.path`, which also renews its lifetime from this visit (so
 * Safari's 7-day cap on script-set cookies only drops it after a week away). With a `__Host-` name, a
 * copy under the plain name (written before the prefix) is taken over when there is no prefixed one, and
 * the plain host copies are deleted. Returns `raw` = '' when nothing needs writing back.
 */
export function readStartCookie(c: CookieOptions, now: number): StartCookie {
  const out: StartCookie = { raw: '', invalid: 0, foreign: 0 };
  const take = ({ own, foreign }: { own: string[]; foreign: number }) => {
    out.foreign += foreign;
    for (const v of own) {
      const r = decode(v);
      if (!r || r.updatedAt! > now + CLOCK_SKEW_MS) out.invalid++;
      else if (!out.found || r.updatedAt! > out.found.updatedAt!) (out.found = r), (out.raw = v);
    }
  };
  take(ownCopies(c, c.name));
  const plain = baseName(c.name);
  if (plain != c.name && readCookies(plain).length) {
    // the plain copies before the prefix were host-only (a cookie.domain setting never gets the prefix)
    const legacy = ownCopies({ ...c, domain: undefined }, plain);
    if (!out.found) take(legacy);
    else out.foreign += legacy.foreign;
  }
  return out;
}
