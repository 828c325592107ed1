import { cookieDomains, cookiePaths } from '../core/cookie-variants';

/** Where and how to delete. */
export interface DeleteOptions {
  /** Extra Domain values to try besides the current host and its parents. */
  domains?: string[];
  /** Extra Path values to try besides `/` and the prefixes of the current path. */
  paths?: string[];
  /**
   * Also delete names without `*` that are not visible in `document.cookie` (default false). Use it on
   * withdrawal, where a cookie may sit on an extra path this page cannot see.
   */
  force?: boolean;
  /** Names never to delete (the consent cookie itself). */
  keep?: string[];
  /** Default: the global `document`. */
  document?: Document;
}

/** A test for cookie names matching any of `patterns`, where `*` matches any run of characters. */
export function cookieMatcher(patterns: string[]): (name: string) => boolean {
  const re = new RegExp(`^(?:${patterns.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')).join('|')})$`);
  return (name) => patterns.length > 0 && re.test(name);
}

/** Names of the cookies this page can see. */
export function cookieNames(doc: Document = document): string[] {
  return doc.cookie
    ? doc.cookie.split(';').map((c) => {
        const s = c.trim();
        const i = s.indexOf('=');
        return i < 0 ? s : s.slice(0, i);
      })
    : [];
}

/**
 * Deletes every cookie whose name matches `patterns` on every Domain and Path variant it can have
 * (see core/cookie-variants.ts). Returns the names it deleted. HttpOnly cookies cannot be reached from
 * JavaScript and partitioned (CHIPS) cookies are left alone; the server has to expire those.
 */
export function deleteCookies(patterns: string[], opts: DeleteOptions = {}): string[] {
  const doc = opts.document || document;
  const match = cookieMatcher(patterns);
  const keep = opts.keep || [];
  const names = cookieNames(doc).filter(match);
  if (opts.force) for (const p of patterns) if (p.indexOf('*') < 0) names.push(p);
  const todo = [...new Set(names)].filter((n) => n && keep.indexOf(n) < 0);
  if (todo.length) {
    const loc = doc.location;
    // a deletion written with Secure also reaches cookies that were set with it (and __Secure-/__Host- ones)
    const secure = loc.protocol == 'https:' ? ';secure' : '';
    const domains = cookieDomains(loc.hostname, opts.domains);
    const paths = cookiePaths(loc.pathname, opts.paths);
    for (const name of todo)
      for (const d of domains)
        for (const p of paths)
          doc.cookie = `${name}=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=${p}${d ? ';domain=' + d : ''}${secure}`;
  }
  return todo;
}
