// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { cookieDomains, cookiePaths } from '../../src/core/cookie-variants';

describe('cookieDomains', () => {
  it('walks a Korean host down to the registrable domain, stopping above co.kr', () => {
    expect(cookieDomains('www.shop.example.co.kr')).toEqual([
      '',
      'www.shop.example.co.kr',
      '.www.shop.example.co.kr',
      'shop.example.co.kr',
      '.shop.example.co.kr',
      'example.co.kr',
      '.example.co.kr',
    ]);
  });

  it('knows other two-level public suffixes (co.uk, com.au, go.kr, co.jp)', () => {
    expect(cookieDomains('blog.example.co.uk')).not.toContain('co.uk');
    expect(cookieDomains('blog.example.co.uk')).toContain('.example.co.uk');
    expect(cookieDomains('a.b.example.com.au').slice(-2)).toEqual(['example.com.au', '.example.com.au']);
    expect(cookieDomains('www.agency.go.kr').slice(-2)).toEqual(['agency.go.kr', '.agency.go.kr']);
    expect(cookieDomains('www.example.co.jp')).not.toContain('.co.jp');
  });

  it('stops above a one-label TLD and never offers the TLD itself', () => {
    expect(cookieDomains('www.consentry.test')).toEqual([
      '',
      'www.consentry.test',
      '.www.consentry.test',
      'consentry.test',
      '.consentry.test',
    ]);
    const d = cookieDomains('a.example.com');
    expect(d).not.toContain('com');
    expect(d).not.toContain('.com');
    // a two-letter TLD whose second level is an ordinary name is not a public suffix
    expect(cookieDomains('www.naver.kr')).toContain('naver.kr');
  });

  it('gives single-label hosts and IP addresses only themselves', () => {
    expect(cookieDomains('localhost')).toEqual(['', 'localhost']);
    expect(cookieDomains('127.0.0.1')).toEqual(['', '127.0.0.1']);
    expect(cookieDomains('192.168.10.20')).toEqual(['', '192.168.10.20']);
    expect(cookieDomains('[::1]')).toEqual(['', '[::1]']);
  });

  it('normalises case and a trailing dot, and adds extra domains with and without the dot', () => {
    expect(cookieDomains('WWW.Example.COM.')).toEqual(['', 'www.example.com', '.www.example.com', 'example.com', '.example.com']);
    expect(cookieDomains('example.com', ['.cdn.example.net'])).toEqual([
      '',
      'example.com',
      '.example.com',
      'cdn.example.net',
      '.cdn.example.net',
    ]);
  });
});

describe('cookiePaths', () => {
  it('tries / and every prefix of the path with and without a trailing slash', () => {
    expect(cookiePaths('/shop/cart/item.html')).toEqual([
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/',
      '/shop/cart/item.html',
      '/shop/cart/item.html/',
    ]);
  });

  it('handles the root, repeated slashes and extra paths without duplicates', () => {
    expect(cookiePaths('/')).toEqual(['/']);
    expect(cookiePaths('')).toEqual(['/']);
    expect(cookiePaths('//a//b/')).toEqual(['/', '/a', '/a/', '/a/b', '/a/b/']);
    expect(cookiePaths('/a', ['/app', '/a'])).toEqual(['/', '/a', '/a/', '/app']);
  });
});
