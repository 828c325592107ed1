// Pre-filled disclosures (every built-in locale, overridable per field), their merge into a purpose for the UI, the
// purposes → vendors map for receipts, and invariants every vendor module must keep.
import { describe, it, expect } from 'vitest';
import { purposeDisclosures, vendorDisclosure } from '../../src/integrations/disclosures';
import { vendorsByPurpose } from '../../src/integrations/purposes';
import { VENDORS } from '../../src/integrations/vendors/index';
import { VENDOR_LABELS, VENDOR_NAMES } from '../../src/integrations/names';
import { cookieMatcher } from '../../src/gate/delete-cookies';
import { shopPurposes } from '../gate/fixtures';
import type { Localized } from '../../src/core/types';
import { LOCALES } from '../../src/core/locales';

const ads = shopPurposes.find((p) => p.id == 'ads')!;
// every built-in locale, not only ko and en (test/locales checks the same for all locales at once)
const both = (v: Localized) => typeof v == 'object' && LOCALES.every((l) => typeof v[l] == 'string' && v[l] != '');

describe('every vendor module', () => {
  it.each(VENDOR_NAMES)('%s: registered under its name, with hosts, and every text in every locale', (name) => {
    const v = VENDORS[name];
    expect(v.name).toBe(name);
    expect(v.label).toBe(VENDOR_LABELS[name]);
    expect(v.hosts.length).toBeGreaterThan(0);
    for (const h of v.hosts) expect(h).toMatch(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    const d = v.disclosure;
    for (const k of ['recipient', 'country', 'purpose', 'retention', 'timing', 'method'] as const) expect(both(d[k]), k).toBe(true);
    expect(d.items.length).toBeGreaterThan(0);
    d.items.forEach((i) => expect(both(i)).toBe(true));
    expect(d.countryCode).toMatch(/^[A-Z]{2}$/);
    expect(d.contact).toMatch(/^https:\/\//);
    for (const c of d.cookies) {
      expect(both(c.lifetime) && both(c.description!), c.name).toBe(true);
      // a first-party row the table shows is also a row withdrawal deletes
      if (c.party == 'first') expect(cookieMatcher(v.cookies)(c.name.replace(/\*/g, 'x')), c.name).toBe(true);
    }
  });

  it('says which have a consent API', () => {
    const withApi = VENDOR_NAMES.filter((n) => VENDORS[n].consentApi);
    expect(withApi).toEqual(['meta-pixel', 'microsoft-uet', 'tiktok-pixel', 'google-ads']);
  });
});

describe('vendorDisclosure', () => {
  it('overrides per field, and a localized field per language', () => {
    const d = vendorDisclosure(VENDORS['meta-pixel'].disclosure, {
      retention: { en: '180 days after the campaign' },
      items: ['page views'],
      contact: 'https://example.com/privacy',
    });
    expect(d.retention).toMatchObject({ ko: 'Meta 개인정보처리방침에 따름(쿠키는 최대 90일)', en: '180 days after the campaign' });
    // the other locales keep the vendor's text
    expect((d.retention as { [l: string]: string }).de).toContain('Meta');
    expect(d.items).toEqual(['page views']);
    expect(d.contact).toBe('https://example.com/privacy');
    expect(d.recipient).toEqual(VENDORS['meta-pixel'].disclosure.recipient);
    // the defaults are not changed for the next caller
    expect(VENDORS['meta-pixel'].disclosure.retention).toMatchObject({
      ko: 'Meta 개인정보처리방침에 따름(쿠키는 최대 90일)',
      en: "as Meta's privacy policy says (cookies up to 90 days)",
    });
  });
});

describe('purposeDisclosures', () => {
  const list = [
    { vendor: 'meta-pixel' as const, id: '1234567890123456', purpose: 'ads', disclosure: { retention: { ko: '캠페인 종료 후 180일' } } },
    { vendor: 'meta-pixel' as const, id: '6543210987654321', purpose: 'ads' },
    { vendor: 'kakao-pixel' as const, id: '6453357753087996056', purpose: ['ads', 'news'] },
    { vendor: 'hotjar' as const, id: '1702278', purpose: 'stats' },
  ];

  it('adds each vendor of the purpose once: a recipient, an overseas transfer outside Korea, the cookie rows', () => {
    const d = purposeDisclosures(ads, list, VENDORS);
    expect(d.recipients.map((r) => r.name)).toMatchObject([
      { ko: 'Meta Platforms, Inc.', en: 'Meta Platforms, Inc.' },
      { ko: '주식회사 카카오', en: 'Kakao Corp.', ja: 'Kakao Corp.' },
    ]);
    expect(d.recipients[0].retention).toMatchObject({
      ko: '캠페인 종료 후 180일',
      en: "as Meta's privacy policy says (cookies up to 90 days)",
    });
    // Kakao is in Korea: no overseas transfer
    expect(d.transfers).toHaveLength(1);
    expect(d.transfers[0]).toMatchObject({
      country: { ko: '미국', en: 'United States' },
      recipient: { en: 'Meta Platforms, Inc.' },
      contact: 'https://www.facebook.com/privacy/policy/',
    });
    expect(d.transfers[0].timing).toBeDefined();
    expect(d.transfers[0].method).toBeDefined();
    // the purpose's own row first (NID), then Meta's
    expect(d.cookies.map((c) => c.name)).toEqual(['NID', '_fbp', '_fbc']);
  });

  it("keeps the purpose's own recipients and transfers (object or list) first, and follows the jurisdiction", () => {
    const own = { name: 'Ad agency', purpose: 'reports', items: ['clicks'], retention: '1 year' };
    const transfer = {
      country: 'JP',
      recipient: 'X KK',
      contact: 'x@x.jp',
      timing: 't',
      method: 'm',
      purpose: 'p',
      items: ['i'],
      retention: 'r',
    };
    const d = purposeDisclosures({ ...ads, recipients: [own], transfer }, list, VENDORS, { jurisdiction: 'us' });
    expect(d.recipients[0]).toBe(own);
    expect(d.transfers[0]).toBe(transfer);
    // for a US controller Meta is at home, Kakao is abroad
    expect(d.transfers.map((t) => t.recipient)).toMatchObject(['X KK', { ko: '주식회사 카카오', en: 'Kakao Corp.' }]);
  });

  it('gives a purpose no vendor uses its own disclosures only', () => {
    const video = shopPurposes.find((p) => p.id == 'video')!;
    expect(purposeDisclosures(video, list, VENDORS)).toEqual({ recipients: [], transfers: [], cookies: [] });
  });
});

describe('vendorsByPurpose', () => {
  it('maps each purpose to the vendors it lets run, for receipts', () => {
    expect(
      vendorsByPurpose([
        { vendor: 'meta-pixel', id: '1', purpose: 'ads' },
        { vendor: 'meta-pixel', id: '1', purpose: 'ads' },
        { vendor: 'kakao-pixel', id: '2', purpose: ['ads', 'news'] },
        { vendor: 'youtube', purpose: 'video' },
        { vendor: 'nope' as never, purpose: 'ads' },
      ]),
    ).toEqual({
      ads: [
        { vendor: 'meta-pixel', label: 'Meta Pixel', id: '1' },
        { vendor: 'kakao-pixel', label: 'Kakao Pixel', id: '2' },
      ],
      news: [{ vendor: 'kakao-pixel', label: 'Kakao Pixel', id: '2' }],
      video: [{ vendor: 'youtube', label: 'YouTube' }],
    });
    expect(vendorsByPurpose()).toEqual({});
  });
});
