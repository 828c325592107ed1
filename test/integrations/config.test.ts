// The integrations' config checks (problems by path, like the rest of consentry) and what the layer does
// with the configs a site gets wrong anyway: a purpose that does not exist, two purposes, one vendor twice.
import { describe, it, expect, afterEach } from 'vitest';
import { validateIntegrations, integrationWarnings } from '../../src/integrations/check';
import { startIntegrations, type IntegrationsController } from '../../src/integrations/layer';
import { VENDORS } from '../../src/integrations/vendors/index';
import { shopPurposes, memoryConsent } from '../gate/fixtures';
import { page } from './harness';

const ctx = { purposes: shopPurposes };
const check = (list: unknown, c: Parameters<typeof validateIntegrations>[1] = ctx) => validateIntegrations(list, c, VENDORS);
const paths = (list: unknown, c?: Parameters<typeof validateIntegrations>[1]) => check(list, c).map((p) => `${p.path}: ${p.message}`);
const stops: IntegrationsController[] = [];
afterEach(() => stops.splice(0).forEach((c) => c.stop()));

describe('validateIntegrations', () => {
  it('accepts every vendor with a well-formed id and options', () => {
    expect(
      check([
        { vendor: 'naver-analytics', id: '75bf1248432b84', purpose: 'stats' },
        { vendor: 'naver-ads', id: 's_4711a698fadd', purpose: 'ads', options: { inflowDomain: 'shop.example.co.kr' } },
        { vendor: 'kakao-pixel', id: '6453357753087996056', purpose: 'ads', options: { pageView: false } },
        { vendor: 'meta-pixel', id: '1234567890123456', purpose: 'ads', options: { autoConfig: false } },
        { vendor: 'meta-pixel', id: '6543210987654321', purpose: 'ads' },
        { vendor: 'microsoft-uet', id: '187000123', purpose: 'ads', options: { enableAutoSpaTracking: false } },
        { vendor: 'tiktok-pixel', id: 'C4ABC1234DEF5678GHIJ', purpose: 'ads' },
        { vendor: 'google-ads', id: 'AW-123456789', purpose: 'ads', options: { urlPassthrough: true, adsDataRedaction: true } },
        { vendor: 'hotjar', id: '1702278', purpose: 'stats' },
        {
          vendor: 'channel-talk',
          id: '8f14e45f-ceea-4e67-a9a2-2b43e5c1a0f1',
          purpose: 'video',
          options: { language: 'en', hideChannelButtonOnBoot: true },
        },
        { vendor: 'youtube', purpose: 'video', disclosure: { retention: { en: 'Per Google' }, cookies: [] } },
      ]),
    ).toEqual([]);
    expect(check(undefined)).toEqual([]);
  });

  it('names every bad id and option by path', () => {
    expect(
      paths([
        { vendor: 'naver-analytics', id: 's_4711a698fadd', purpose: 'stats' },
        { vendor: 'naver-ads', id: '75bf1248432b84', purpose: 'ads', options: { inflowDomain: 'javascript:alert(1)' } },
        { vendor: 'kakao-pixel', id: 'abc', purpose: 'ads', options: { pageview: false } },
        { vendor: 'meta-pixel', id: 1234567890123456, purpose: 'ads' },
        { vendor: 'microsoft-uet', purpose: 'ads' },
        { vendor: 'tiktok-pixel', id: 'c4abc1234def5678ghij', purpose: 'ads', options: 'yes' },
        { vendor: 'google-ads', id: 'G-ABC123', purpose: 'ads', options: { urlPassthrough: 'true' } },
        { vendor: 'hotjar', id: '17x', purpose: 'stats' },
        { vendor: 'channel-talk', id: 'plugin', purpose: 'video', options: { language: 'de' } },
        { vendor: 'youtube', id: 'dQw4w9WgXcQ', purpose: 'video' },
      ]),
    ).toEqual([
      'integrations[0].id: expected a NAVER Analytics site id like "1a2b3c4d5e6f70" (hex)',
      'integrations[1].id: expected a NAVER common key (na_account_id) like "s_4711a698fadd"',
      'integrations[1].options.inflowDomain: expected the cookie domain, e.g. "example.com" (NAVER\'s wcs.inflow)',
      'integrations[2].id: expected a Kakao Pixel track id (10–20 digits)',
      'integrations[2].options.pageview: unknown key (did you mean "pageView"?)',
      'integrations[3].id: expected text',
      'integrations[4].id: is required: expected a UET tag id (4–20 digits)',
      'integrations[5].options: expected an object',
      'integrations[5].id: expected a TikTok pixel code like "C4ABC1234DEF5678GHIJ"',
      'integrations[6].id: expected a Google Ads tag id like "AW-123456789"',
      'integrations[6].options.urlPassthrough: expected true or false',
      'integrations[7].id: expected a Hotjar site id (5–10 digits)',
      'integrations[8].id: expected a Channel Talk plugin key (a UUID)',
      'integrations[8].options.language: expected "ko", "en" or "ja"',
      'integrations[9].id: youtube takes no id',
    ]);
  });

  it('refuses malformed entries: not a list, unknown vendor or key, no purpose, bad disclosure', () => {
    expect(paths({ vendor: 'meta-pixel' })).toEqual(['integrations: expected a list of { vendor, id, purpose, options? }']);
    expect(
      paths([
        'meta-pixel',
        { vendor: 'facebook', id: '1', purpose: 'ads' },
        { vendor: 'hotjar', id: '1702278', purpos: 'stats' },
        { vendor: 'hotjar', id: '1702279', purpose: [] },
        {
          vendor: 'meta-pixel',
          id: '1234567890123456',
          purpose: 'ads',
          disclosure: { countryCode: 'usa', cookies: [{ name: 'x;domain=evil', party: 'first', lifetime: '1d' }] },
        },
      ]),
    ).toEqual([
      'integrations[0]: expected an object',
      'integrations[1].vendor: expected one of "naver-analytics", "naver-ads", "kakao-pixel", "meta-pixel", "microsoft-uet", "tiktok-pixel", "google-ads", "hotjar", "channel-talk", "youtube"',
      'integrations[2].purpose: is required',
      'integrations[2].purpos: unknown key (did you mean "purpose"?)',
      'integrations[3].purpose: expected a purpose id or a non-empty list of them',
      'integrations[3].id: hotjar takes one id per page (also integrations[2])',
      'integrations[4].disclosure.countryCode: expected an ISO 3166 code like "US"',
      "integrations[4].disclosure.cookies[0].name: expected a cookie name (letters, digits, !#$%&'+-.^_`|~), or a prefix of two or more of them ending in * as wildcard",
    ]);
  });

  it('names a purpose that does not exist, and repeats', () => {
    expect(paths([{ vendor: 'meta-pixel', id: '1234567890123456', purpose: 'marketing' }])).toEqual([
      'integrations[0].purpose: unknown purpose "marketing" (purposes are "essential", "stats", "news", "ads", "video")',
    ]);
    expect(paths([{ vendor: 'meta-pixel', id: '1234567890123456', purpose: ['ads', 'nope', 'ads'] }])).toEqual([
      'integrations[0].purpose[1]: unknown purpose "nope" (purposes are "essential", "stats", "news", "ads", "video")',
      'integrations[0].purpose[2]: "ads" is listed twice',
    ]);
  });

  it('refuses one vendor twice with the same id, a second id where the vendor takes one, and split purposes', () => {
    expect(
      paths([
        { vendor: 'meta-pixel', id: '1234567890123456', purpose: 'ads' },
        { vendor: 'meta-pixel', id: '1234567890123456', purpose: 'ads' },
        { vendor: 'meta-pixel', id: '6543210987654321', purpose: 'news' },
        { vendor: 'microsoft-uet', id: '187000123', purpose: 'ads' },
        { vendor: 'microsoft-uet', id: '187000124', purpose: 'ads' },
        { vendor: 'youtube', purpose: 'video' },
        { vendor: 'youtube', purpose: 'video' },
      ]),
    ).toEqual([
      'integrations[1].id: meta-pixel "1234567890123456" is configured twice (also integrations[0])',
      'integrations[2].purpose: every meta-pixel entry needs the same purposes (also integrations[0]): they share one script and one consent state (list several purposes in one entry instead)',
      'integrations[2].purpose: every meta-pixel entry needs the same purposes (also integrations[1]): they share one script and one consent state (list several purposes in one entry instead)',
      'integrations[4].id: microsoft-uet takes one id per page (also integrations[3])',
      'integrations[6].vendor: youtube is configured twice (also integrations[5])',
    ]);
  });

  it('keeps google-ads on one purpose, the one the google section maps the ad keys to', () => {
    expect(paths([{ vendor: 'google-ads', id: 'AW-123456789', purpose: ['ads', 'news'] }])).toEqual([
      "integrations[0].purpose: google-ads takes one purpose: it drives Consent Mode's ad_storage, ad_user_data and ad_personalization",
    ]);
    const withGoogle = { purposes: shopPurposes, google: { measurementId: 'G-ABC123' } };
    // by kind, the ad keys follow the advertising purpose "ads"
    expect(paths([{ vendor: 'google-ads', id: 'AW-123456789', purpose: 'ads' }], withGoogle)).toEqual([]);
    expect(paths([{ vendor: 'google-ads', id: 'AW-123456789', purpose: 'news', options: { dataLayerName: 'dl2' } }], withGoogle)).toEqual([
      'integrations[0].options.dataLayerName: set google.dataLayerName instead: there is one data layer',
      'integrations[0].purpose: "news" does not drive ad_storage in the google section ("ads" does): set google.signals.ad_storage to "news" or use that purpose here',
      'integrations[0].purpose: "news" does not drive ad_user_data in the google section ("ads" does): set google.signals.ad_user_data to "news" or use that purpose here',
      'integrations[0].purpose: "news" does not drive ad_personalization in the google section ("ads" does): set google.signals.ad_personalization to "news" or use that purpose here',
    ]);
  });
});

describe('integrationWarnings', () => {
  it('warns when a vendor would run without a real choice', () => {
    const purposes = shopPurposes.map((p) => (p.id == 'news' ? { ...p, necessity: 'required' as const } : p));
    expect(
      integrationWarnings(
        [
          { vendor: 'meta-pixel', id: '1', purpose: 'essential' },
          { vendor: 'tiktok-pixel', id: 'C4ABC1234DEF5678GHIJ', purpose: 'news' },
          { vendor: 'channel-talk', id: 'x', purpose: 'news' },
          { vendor: 'hotjar', id: '1702278', purpose: 'stats' },
        ],
        { purposes },
      ).map((p) => `${p.path}: ${p.message}`),
    ).toEqual([
      'integrations[0].purpose: "essential" is a notice purpose, always granted: Meta Pixel would run without a choice',
      'integrations[1].purpose: "news" is required: TikTok Pixel should need an optional purpose, so refusing it never blocks the service',
    ]);
  });
});

describe('integrationWarnings: GPC and the opt-out link', () => {
  it('warns when an ad pixel sits on a purpose that GPC and the opt-out link do not refuse', () => {
    const warn = (list: object[], purposes = shopPurposes) => integrationWarnings(list, { purposes }).map((p) => `${p.path}: ${p.message}`);
    expect(
      warn([
        { vendor: 'meta-pixel', id: '1', purpose: 'stats' },
        { vendor: 'kakao-pixel', id: '1', purpose: 'news' },
      ]),
    ).toEqual([
      'integrations[0].purpose: Meta Pixel shares data for advertising, but "stats" (kind analytics) is not refused by GPC or the opt-out link: use kind "advertising" or set "gpc": true on it',
      'integrations[1].purpose: Kakao Pixel shares data for advertising, but "news" (kind marketing) is not refused by GPC or the opt-out link: use kind "advertising" or set "gpc": true on it',
    ]);
    // on an advertising purpose, or one marked gpc: true, or for a vendor that is not an ad platform: nothing
    expect(
      warn([
        { vendor: 'meta-pixel', id: '1', purpose: 'ads' },
        { vendor: 'hotjar', id: '1', purpose: 'stats' },
      ]),
    ).toEqual([]);
    expect(
      warn(
        [{ vendor: 'tiktok-pixel', id: '1', purpose: 'stats' }],
        shopPurposes.map((p) => (p.id == 'stats' ? { ...p, gpc: true } : p)),
      ),
    ).toEqual([]);
  });
});

describe('the layer with configs the checks would refuse', () => {
  it('never loads a vendor whose purpose does not exist', async () => {
    const p = page();
    const consent = memoryConsent();
    stops.push(startIntegrations(consent, [{ vendor: 'meta-pixel', id: '1234567890123456', purpose: 'marketing' }], p.env()));
    await consent.agreeAll();
    p.arrive();
    expect(p.requests()).toEqual([]);
  });

  it('with two purposes: loads once both are agreed, revokes when either goes', async () => {
    const p = page('_fbp=1');
    const consent = memoryConsent();
    stops.push(startIntegrations(consent, [{ vendor: 'meta-pixel', id: '1234567890123456', purpose: ['ads', 'stats'] }], p.env()));
    await consent.decide({ ads: 'agree' });
    expect(p.requests()).toEqual([]);
    await consent.decide({ stats: 'agree' });
    expect(p.requests()).toHaveLength(1);
    p.arrive();
    const n = p.log.length;
    await consent.withdraw('stats');
    expect(p.log.slice(n)).toEqual([['fbq', 'consent', 'revoke']]);
  });

  it('with one vendor twice: one script, one init per id, one grant', async () => {
    const p = page();
    const consent = memoryConsent();
    const entry = { vendor: 'meta-pixel' as const, id: '1234567890123456', purpose: 'ads' };
    stops.push(startIntegrations(consent, [entry, entry, { ...entry, id: '6543210987654321' }], p.env()));
    await consent.decide({ ads: 'agree' });
    p.arrive();
    expect(p.log).toEqual([
      ['request', 'https://connect.facebook.net/en_US/fbevents.js', 'n0nce'],
      ['fbq', 'consent', 'revoke'],
      ['fbq', 'consent', 'grant'],
      ['fbq', 'init', '1234567890123456'],
      ['fbq', 'init', '6543210987654321'],
      ['fbq', 'track', 'PageView'],
    ]);
  });

  it('with one vendor on two different purposes: needs both (never more than the site asked)', async () => {
    const p = page();
    const consent = memoryConsent();
    stops.push(
      startIntegrations(
        consent,
        [
          { vendor: 'tiktok-pixel', id: 'C4ABC1234DEF5678GHIJ', purpose: 'ads' },
          { vendor: 'tiktok-pixel', id: 'D4ABC1234DEF5678GHIJ', purpose: 'news' },
        ],
        p.env(),
      ),
    );
    await consent.decide({ ads: 'agree' });
    expect(p.requests()).toEqual([]);
    await consent.decide({ news: 'agree' });
    expect(p.requests()).toHaveLength(2);
  });

  it('skips vendors it was not given (the script tag passes only the modules it loaded)', async () => {
    const p = page();
    const consent = memoryConsent();
    const ctl = startIntegrations(
      consent,
      [
        { vendor: 'hotjar', id: '1702278', purpose: 'stats' },
        { vendor: 'nope' as never, purpose: 'stats' },
      ],
      p.env({ vendors: {} }),
    );
    stops.push(ctl);
    await consent.agreeAll();
    expect(p.requests()).toEqual([]);
    expect(ctl.status()).toEqual([]);
    await expect(ctl.ready('hotjar')).rejects.toThrow('no hotjar integration');
  });

  it('stops following consent after stop()', async () => {
    const p = page();
    const consent = memoryConsent();
    startIntegrations(consent, [{ vendor: 'hotjar', id: '1702278', purpose: 'stats' }], p.env()).stop();
    await consent.agreeAll();
    expect(p.requests()).toEqual([]);
  });
});

describe('the layer on an unchecked config (the production script tag runs only a structural check)', () => {
  it('never loads an entry whose id does not fit the vendor, nor one that gives youtube an id', async () => {
    const p = page('', '<iframe data-youtube="dQw4w9WgXcQ" title="T"></iframe>');
    const errors: unknown[] = [];
    p.w.console.error = (...a: unknown[]) => void errors.push(a);
    const consent = memoryConsent();
    const ctl = startIntegrations(
      consent,
      [
        { vendor: 'google-ads', id: 'AW-1&l=x#', purpose: 'ads' },
        { vendor: 'hotjar', id: '../evil', purpose: 'stats' },
        { vendor: 'tiktok-pixel', id: 'C4ABC"><script>', purpose: 'ads' },
        { vendor: 'meta-pixel', purpose: 'ads' },
        { vendor: 'youtube', id: 'x', purpose: 'video' },
      ],
      p.env(),
    );
    stops.push(ctl);
    await consent.agreeAll();
    p.arrive();
    expect(p.requests()).toEqual([]);
    expect(p.log).toEqual([]);
    expect(ctl.status()).toEqual([]);
    expect(p.w.document.querySelector('iframe')!.hasAttribute('data-src')).toBe(false);
    expect(errors).toHaveLength(5);
  });

  it('survives hostile shapes without loading anything it should not', async () => {
    const p = page();
    const consent = memoryConsent();
    const bad = [
      null,
      5,
      { vendor: 'meta-pixel', id: '1234567890123456', purpose: { ads: true }, options: 'x', disclosure: 5 },
      { vendor: 'microsoft-uet', id: '187000123', purpose: 'ads', options: 7, disclosure: { cookies: 7 } },
    ] as never[];
    stops.push(startIntegrations(consent, bad, p.env()));
    await consent.agreeAll();
    p.arrive();
    // the entry without a usable purpose never loads; the other one works with its defaults
    expect(p.requests()).toEqual(['https://bat.bing.com/bat.js']);
  });

  it('a disclosure override cannot make a refusal delete every cookie of the site (a bare * or one-letter prefix)', async () => {
    const p = page('session=abc; cart=2; _fbp=1');
    const consent = memoryConsent();
    const cookies = ['*', '_*', 's*'].map((name) => ({ name, party: 'first' as const, lifetime: '1d' }));
    stops.push(
      startIntegrations(consent, [{ vendor: 'meta-pixel', id: '1234567890123456', purpose: 'ads', disclosure: { cookies } }], p.env()),
    );
    await consent.decide({ ads: 'agree' });
    await consent.withdraw('ads');
    expect(p.writes.some((w) => w.startsWith('session=') || w.startsWith('cart='))).toBe(false);
    // the vendor's own cookie still goes (positive control)
    expect(p.writes.some((w) => w.startsWith('_fbp='))).toBe(true);
  });

  it('deletes only cookie names a site may write: an override cannot smuggle attributes into the deletion', async () => {
    const p = page('_fbp=1');
    const consent = memoryConsent();
    stops.push(
      startIntegrations(
        consent,
        [
          {
            vendor: 'meta-pixel',
            id: '1234567890123456',
            purpose: 'ads',
            disclosure: { cookies: [{ name: 'x;domain=evil.example', party: 'first', lifetime: '1d' }] },
          },
        ],
        p.env(),
      ),
    );
    await consent.decide({ ads: 'agree' });
    await consent.withdraw('ads');
    expect(p.writes.some((w) => w.includes('evil'))).toBe(false);
    expect(p.writes.some((w) => w.startsWith('_fbp='))).toBe(true);
  });
});
