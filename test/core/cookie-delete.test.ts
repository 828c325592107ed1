// @vitest-environment-options { "url": "https://www.example.com/shop/cart" }
// The core deletes its own cookie with the shared variants (core/cookie-variants.ts): every path prefix with
// and without a trailing slash, the configured path, and the configured domain with and without its dot;
// a copy on a parent domain it was not configured for is another site's and stays.
import { afterEach, describe, expect, it } from 'vitest';
import { removeCookies } from '../../src/core/cookie';

const values = (name: string) =>
  document.cookie
    .split('; ')
    .filter((p) => p.startsWith(name + '='))
    .map((p) => p.slice(name.length + 1));
const set = (name: string, value: string, attrs: string) => void (document.cookie = `${name}=${value}; ${attrs}`);
const options = (domain?: string) => ({ name: 'c', domain, path: '/', sameSite: 'Lax' as const, secure: true, expiresDays: 30 });

afterEach(() => {
  for (const p of document.cookie.split('; ')) if (p) set(p.split('=')[0], '', 'expires=Thu, 01 Jan 1970 00:00:00 GMT');
});

describe('removeCookies', () => {
  it('deletes host copies on /, on each prefix of the page path and on the trailing-slash forms', () => {
    for (const path of ['/', '/shop', '/shop/', '/shop/cart', '/shop/cart/']) set('c', 'v' + path.length, `path=${path}`);
    // the positive control: the page sees every copy before the deletion
    expect(values('c').length).toBeGreaterThanOrEqual(3);
    removeCookies(options());
    expect(values('c')).toEqual([]);
  });

  it('deletes the configured domain written with a leading dot, and leaves a parent-domain copy it was not configured for', () => {
    set('c', 'mine', 'path=/; domain=.example.com');
    expect(values('c')).toEqual(['mine']);
    removeCookies(options('example.com'));
    expect(values('c')).toEqual([]);

    set('c', 'theirs', 'path=/; domain=example.com');
    removeCookies(options());
    expect(values('c')).toEqual(['theirs']);
  });
});
