/**
 * The path and domain-form variants of a cookie's scope: what the core needs to delete its own cookie (kept apart
 * from the public-suffix walk in cookie-variants.ts, so the core's bundle carries only these few bytes).
 */

/** A Domain attribute value with and without its leading dot (`example.com`, `.example.com`). */
export function domainForms(domain: string): string[] {
  const d = domain.replace(/^\./, '');
  return [d, '.' + d];
}

/**
 * Path attribute values to try: `/`, then each prefix of `pathname` with and without a trailing slash
 * (`/shop/cart` → `/`, `/shop`, `/shop/`, `/shop/cart`, `/shop/cart/`), then `extra`.
 */
export function cookiePaths(pathname: string, extra: string[] = []): string[] {
  const out = ['/'];
  let p = '';
  for (const seg of pathname.split('/')) {
    if (!seg) continue;
    p += '/' + seg;
    out.push(p, p + '/');
  }
  return [...new Set(out.concat(extra))];
}
