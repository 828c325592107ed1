// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { cookieMatcher, cookieNames, deleteCookies } from '../../src/gate/delete-cookies';

/** A page whose document.cookie shows `visible` and records every write. */
function page(visible: string, url = 'http://www.shop.example.co.kr/app/') {
  const writes: string[] = [];
  const loc = new URL(url);
  const doc = {
    get cookie() {
      return visible;
    },
    set cookie(v: string) {
      writes.push(v);
    },
    location: { hostname: loc.hostname, pathname: loc.pathname, protocol: loc.protocol },
  } as unknown as Document;
  return { doc, writes };
}

describe('cookieMatcher', () => {
  it('matches exact names and * patterns, escaping everything else', () => {
    const m = cookieMatcher(['_ga', '_ga_*', '_gat*', 'a.b', 'x+y']);
    expect(['_ga', '_ga_ABC123', '_ga_', '_gat', '_gat_gtag_UA_1_2', 'a.b', 'x+y'].every(m)).toBe(true);
    expect(['_gax', 'ga', '_gid', 'aXb', 'xxy', '__ga', '_GA'].some(m)).toBe(false);
  });
  it('matches nothing without patterns', () => {
    expect(cookieMatcher([])('anything')).toBe(false);
  });
});

describe('cookieNames', () => {
  it('reads names, including nameless and empty-valued cookies', () => {
    expect(cookieNames({ cookie: '_ga=GA1.1.1.2; _gid=x;flag; empty=' } as Document)).toEqual(['_ga', '_gid', 'flag', 'empty']);
    expect(cookieNames({ cookie: '' } as Document)).toEqual([]);
  });
});

describe('deleteCookies', () => {
  it('expires each matching visible cookie on every domain and path variant', () => {
    const { doc, writes } = page('_ga=1; _ga_ABC=2; consentry=keep; other=3');
    expect(deleteCookies(['_ga', '_ga_*'], { document: doc })).toEqual(['_ga', '_ga_ABC']);
    // host-only + 3 domains × 2 (dot / no dot) = 7 domain variants, × 3 paths (/, /app, /app/)
    expect(writes).toHaveLength(2 * 7 * 3);
    expect(writes).toContain('_ga=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/');
    expect(writes).toContain('_ga=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/app/;domain=.example.co.kr');
    expect(writes).toContain('_ga_ABC=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/app;domain=shop.example.co.kr');
    expect(writes.some((w) => /domain=\.?co\.kr|domain=\.?kr(;|$)/.test(w))).toBe(false);
    expect(writes.some((w) => w.startsWith('consentry=') || w.startsWith('other='))).toBe(false);
  });

  it('touches nothing when no visible cookie matches, unless forced for exact names', () => {
    const a = page('x=1');
    expect(deleteCookies(['_ga', '_ga_*'], { document: a.doc })).toEqual([]);
    expect(a.writes).toEqual([]);
    const b = page('x=1', 'http://localhost/');
    expect(deleteCookies(['_ga', '_ga_*'], { document: b.doc, force: true })).toEqual(['_ga']);
    // localhost: host-only and Domain=localhost, path /
    expect(b.writes).toEqual([
      '_ga=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/',
      '_ga=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/;domain=localhost',
    ]);
  });

  it('never deletes a kept name, even when a pattern matches it', () => {
    const { doc, writes } = page('consentry=1; c_a=2');
    expect(deleteCookies(['c*', 'consentry'], { document: doc, keep: ['consentry'], force: true })).toEqual(['c_a']);
    expect(writes.every((w) => w.startsWith('c_a='))).toBe(true);
  });

  it('adds extra domains and paths and writes Secure on https pages', () => {
    const { doc, writes } = page('_fbp=1', 'https://127.0.0.1/');
    deleteCookies(['_fbp'], { document: doc, domains: ['tracker.example'], paths: ['/shop'] });
    expect(writes).toHaveLength(4 * 2);
    expect(writes.every((w) => w.endsWith(';secure'))).toBe(true);
    expect(writes).toContain('_fbp=;expires=Thu, 01 Jan 1970 00:00:00 GMT;max-age=0;path=/shop;domain=.tracker.example;secure');
  });
});
