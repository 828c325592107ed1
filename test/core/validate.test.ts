import { describe, expect, it } from 'vitest';
import { ConfigError, createConsent, isLocalized, nearest, safeUrl, validateConfig } from '../../src/core';
import { config } from './fixtures';
import { malformed, P } from './malformed';

type Cfg = Record<string, any>;
const cases = malformed;

describe('validateConfig: malformed configs', () => {
  it('accepts the fixture config', () => {
    const r = validateConfig(config());
    expect(r.problems).toEqual([]);
    expect(r.config).toBeDefined();
  });

  it.each(cases)('%s', (_what, change, path, message) => {
    const c: Cfg = config();
    const replaced = change(c);
    const r = validateConfig(replaced === undefined ? c : replaced);
    expect(r.config).toBeUndefined();
    expect(r.problems).toContainEqual({ path, message });
  });

  it('lists every problem of a config at once, by path, in one ConfigError', () => {
    const c: Cfg = config();
    c.purposes[P.analytics].retention = 14;
    c.purposes[P.marketing].id = 'Marketing!';
    c.policy.url = 'javascript:alert(1)';
    c.cookie.sameSite = 'strict';
    let err: unknown;
    try {
      createConsent(c, { storage: 'memory' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const e = err as ConfigError;
    expect(e.problems.map((p) => p.path).sort()).toEqual(['cookie.sameSite', 'policy.url', 'purposes[2].retention', 'purposes[3].id']);
    expect(e.message).toContain('Invalid consentry config (4 problems)');
    expect(e.message).toContain('  purposes[2].retention: expected a localized string');
    expect(e.message).toContain('  policy.url: expected a safe http(s) or relative URL');
  });

  it('never crashes on hostile shapes', () => {
    for (const bad of [
      undefined,
      0,
      'x',
      true,
      () => 1,
      { purposes: [null, 1, [], 'a'] },
      { purposes: [{ id: {}, kind: [], necessity: null, title: { __proto__: 'x' } }] },
      { controller: [], policy: 1, purposes: {} },
    ]) {
      const r = validateConfig(bad);
      expect(r.config).toBeUndefined();
      expect(r.problems.length).toBeGreaterThan(0);
    }
    const r = validateConfig(
      JSON.parse(
        '{"__proto__": {"x": 1}, "controller": {"name": "a", "contact": "b"}, "policy": {"version": 1, "url": "/p"}, "purposes": []}',
      ),
    );
    expect(r.problems).toContainEqual({ path: '__proto__', message: 'unknown key' });
  });
});

describe('validateConfig: unknown keys', () => {
  const unknown: [string, (c: Cfg) => void, string, string][] = [
    ['top level, near miss', (c) => (c.purpose = []), 'purpose', 'unknown key (did you mean "purposes"?)'],
    ['top level, typo', (c) => (c.coookie = {}), 'coookie', 'unknown key (did you mean "cookie"?)'],
    ['top level, unrelated', (c) => (c.tracking = true), 'tracking', 'unknown key'],
    ['purpose', (c) => (c.purposes[P.analytics].retension = 'x'), 'purposes[2].retension', 'unknown key (did you mean "retention"?)'],
    [
      'purpose, case',
      (c) => (c.purposes[P.analytics].LegalBasis = 'x'),
      'purposes[2].LegalBasis',
      'unknown key (did you mean "legalBasis"?)',
    ],
    [
      'recipient',
      (c) => (c.purposes[P.provision].recipients[0].names = 'x'),
      'purposes[5].recipients[0].names',
      'unknown key (did you mean "name"?)',
    ],
    [
      'transfer',
      (c) => (c.purposes[P.overseas].transfer.contry = 'US'),
      'purposes[6].transfer.contry',
      'unknown key (did you mean "country"?)',
    ],
    ['cookie', (c) => (c.cookie.samesite = 'Lax'), 'cookie.samesite', 'unknown key (did you mean "sameSite"?)'],
    ['expiry', (c) => (c.expiry = { consentDay: 30 }), 'expiry.consentDay', 'unknown key (did you mean "consentDays"?)'],
    ['controller', (c) => (c.controller.emial = 'a@b.c'), 'controller.emial', 'unknown key (did you mean "email"?)'],
    ['policy', (c) => (c.policy.versoin = '2'), 'policy.versoin', 'unknown key (did you mean "version"?)'],
    ['children', (c) => (c.children = { minAge: 14 }), 'children.minAge', 'unknown key'],
    [
      'cookie info',
      (c) => (c.purposes[P.analytics].cookies = [{ name: '_ga', party: 'third', lifetime: '2y', domain: 'x' }]),
      'purposes[2].cookies[0].domain',
      'unknown key',
    ],
    [
      'cleanup',
      (c) => (c.purposes[P.analytics].cleanup = { cookies: ['_ga'], path: ['/'] }),
      'purposes[2].cleanup.path',
      'unknown key (did you mean "paths"?)',
    ],
  ];
  it.each(unknown)('%s', (_what, change, path, message) => {
    const c: Cfg = config();
    change(c);
    expect(validateConfig(c).problems).toContainEqual({ path, message });
  });

  it('nearest() suggests only close keys', () => {
    expect(nearest('purpse', ['purpose', 'items'])).toBe('purpose');
    expect(nearest('xyz', ['purpose', 'items'])).toBeUndefined();
    expect(nearest('id', ['ui', 'gpc'])).toBeUndefined();
  });

  it('leaves the module sections to their modules but requires objects', () => {
    const c: Cfg = config({
      google: { measurementId: 'G-1', whatever: 1 },
      receipts: { endpoint: '/v1/receipts' },
      ui: { x: 1 },
      blocking: {},
      guide: {},
    });
    expect(validateConfig(c).problems).toEqual([]);
  });
});

describe('validateConfig: normalization and warnings', () => {
  it('fills in the documented defaults', () => {
    const c: Cfg = config();
    const name = c.cookie.name;
    const n = validateConfig(c).config!;
    expect(n.locale).toBe('auto');
    expect(n.gpc).toBe('respect');
    expect(n.mirror).toBe(true);
    expect(n.expiry).toEqual({ consentDays: 395, refusalDays: 182, marketingReconfirmDays: 730 });
    expect(n.cookie).toEqual({ name, path: '/', sameSite: 'Lax', secure: false, expiresDays: 365 });
    expect(n.policy).toMatchObject({ version: '2024-01-18', reconsent: 'all' });
    expect(n.purposes.map((p) => p.version)).toEqual(['1', '1', '1', '1', '1', '1', '1']);
    expect(n.children).toBeUndefined();
  });

  it('turns versions into strings and keeps given values', () => {
    const c: Cfg = config({
      policy: { version: 7 as any, url: '/p', reconsent: 'changed', changed: ['ads'] },
      children: {},
      expiry: { consentDays: 390 },
    });
    c.purposes[P.analytics].version = 3;
    c.purposes[P.ads].version = '2024b';
    c.cookie = { name: 'c', domain: 'example.com', path: '/shop', sameSite: 'None', expiresDays: 30 };
    const n = validateConfig(c).config!;
    expect(n.policy.version).toBe('7');
    expect(n.purposes[P.analytics].version).toBe('3');
    expect(n.purposes[P.ads].version).toBe('2024b');
    expect(n.children).toEqual({ minimumAge: 14, mode: 'guardian', requiredBeforeGuardian: false });
    expect(n.expiry).toEqual({ consentDays: 390, refusalDays: 182, marketingReconfirmDays: 730 });
    // SameSite=None is only kept by browsers on secure cookies
    expect(n.cookie).toEqual({ name: 'c', domain: 'example.com', path: '/shop', sameSite: 'None', secure: true, expiresDays: 30 });
    // the input is not modified
    expect(c.purposes[P.analytics].version).toBe(3);
  });

  it('warns (without failing) about legal recommendations, each saying what to do', () => {
    const c: Cfg = config();
    delete c.purposes[P.essential].legalBasis;
    c.purposes[P.marketing].necessity = 'required';
    const r = validateConfig(c);
    expect(r.problems).toEqual([]);
    expect(r.warnings.map((w) => w.path)).toEqual(['purposes[0].legalBasis', 'purposes[3].necessity']);
    expect(r.warnings[0].message).toMatch(/^is recommended for notice purposes: the law or contract .*PIPA 22③/);
    expect(r.warnings[1].message).toMatch(
      /^"required" for a marketing purpose, .*make it "optional".*PIPA 22⑤.*"notice".*PIPA 15①4.*2024-09-15/,
    );
    expect(createConsent(c, { storage: 'memory' }).config).toBeDefined();
  });

  it.each(['analytics', 'advertising', 'marketing', 'personalization', 'third_party', 'overseas_transfer'])(
    'warns about a required %s purpose',
    (kind) => {
      const c: Cfg = config();
      const p = c.purposes[P.provision];
      Object.assign(p, { kind, necessity: 'required', purpose: 'x', items: ['y'], retention: 'z' });
      if (kind == 'overseas_transfer') p.transfer = c.purposes[P.overseas].transfer;
      const w = validateConfig(c).warnings;
      expect(w).toEqual([
        expect.objectContaining({ path: 'purposes[5].necessity', message: expect.stringContaining(`"required" for a ${kind} purpose`) }),
      ]);
    },
  );

  it('does not warn about required service purposes, nor about optional ones', () => {
    expect(validateConfig(config()).warnings).toEqual([]);
  });

  it('warns about night-time consent on e-mail only (e-mail is exempt)', () => {
    const c: Cfg = config();
    c.purposes[P.marketing].channels = ['email'];
    expect(validateConfig(c).warnings).toEqual([
      {
        path: 'purposes[3].nightTime',
        message: expect.stringMatching(/^e-mail needs no night-time consent \(Network Act 50③, Decree 61②\)/),
      },
    ]);
    c.purposes[P.marketing].channels = ['email', 'sms'];
    expect(validateConfig(c).warnings).toEqual([]);
  });

  it('warns about a resident registration number in consent items (PIPA 24-2), wherever it is listed', () => {
    const c: Cfg = config();
    c.purposes.push({
      ...c.purposes[P.analytics],
      id: 'rrn',
      kind: 'unique_id',
      items: [
        { ko: '성명', en: 'name' },
        { ko: '주민등록번호', en: 'resident registration number' },
      ],
    });
    c.purposes[P.provision].recipients[0].items.push('RRN');
    const w = validateConfig(c).warnings;
    expect(w.map((x) => x.path)).toEqual(['purposes[5].recipients[0].items[1]', 'purposes[7].items[1]']);
    for (const x of w)
      expect(x.message).toMatch(/^a resident registration number \(주민등록번호\) needs a law: consent is no basis for it \(PIPA 24-2\)/);
    // a notice may name it (a law requires it): no warning there
    const n: Cfg = config();
    n.purposes[P.essential].items.push('주민등록번호');
    expect(validateConfig(n).warnings).toEqual([]);
  });

  it('warns about items and retention ending in a vague "등" or "etc."', () => {
    const c: Cfg = config();
    c.purposes[P.analytics].items = [{ ko: '방문 페이지, 기기 정보 등', en: 'pages visited, device information' }];
    c.purposes[P.analytics].retention = { ko: '1년', en: '1 year, etc.' };
    c.purposes[P.provision].recipients[0].items = ['주소 등.'];
    c.purposes[P.overseas].transfer.retention = 'until the contract ends and so on';
    c.purposes[P.ads].items = ['초등학교 학년', '등급']; // not the vague word
    const w = validateConfig(c).warnings;
    expect(w.map((x) => [x.path, x.message.slice(0, 28)])).toEqual([
      ['purposes[2].items[0]', 'ends with a vague "등": list '],
      ['purposes[2].retention', 'ends with a vague "etc.": li'],
      ['purposes[5].recipients[0].items[0]', 'ends with a vague "등": list '],
      ['purposes[6].transfer.retention', 'ends with a vague "and so on'],
    ]);
  });

  it('accepts a list of transfers; each may carry its own refusal method', () => {
    const c: Cfg = config();
    const x = c.purposes[P.overseas].transfer;
    c.purposes[P.overseas].transfer = [x, { ...x, country: 'JP', recipient: 'Tokyo Mail KK' }];
    expect(validateConfig(c).problems).toEqual([]);
    delete c.purposes[P.overseas].refusal;
    c.purposes[P.overseas].transfer[0].refusalMethod = 'Settings';
    expect(validateConfig(c).problems).toEqual([{ path: 'purposes[6].refusal', message: 'is required for consent items (PIPA 15②)' }]);
    c.purposes[P.overseas].transfer[1].refusalMethod = 'Settings';
    expect(validateConfig(c).problems).toEqual([]);
  });

  it('accepts processors, children modes, expiryDays and bannerDetails', () => {
    const c: Cfg = config({
      processors: [
        {
          name: { ko: '(주)클라우드', en: 'Cloud Co.' },
          task: { ko: '서버 운영', en: 'hosting' },
          country: 'KR',
          contact: 'dpo@cloud.example',
        },
      ],
      children: { minimumAge: 14, mode: 'refuse', requiredBeforeGuardian: true },
    });
    c.purposes[P.analytics].expiryDays = { consent: 30, refusal: false };
    c.purposes[P.ads].expiryDays = false;
    c.purposes[P.terms].expiryDays = 730;
    c.purposes[P.provision].bannerDetails = true;
    const r = validateConfig(c);
    expect(r.problems).toEqual([]);
    expect(r.config!.children).toEqual({ minimumAge: 14, mode: 'refuse', requiredBeforeGuardian: true });
    expect(validateConfig(config({ processors: [] })).problems).toEqual([]);
  });

  it('lets an overseas transfer give its refusal method instead of a refusal text', () => {
    const c: Cfg = config();
    delete c.purposes[P.overseas].refusal;
    expect(validateConfig(c).problems).toContainEqual({ path: 'purposes[6].refusal', message: 'is required for consent items (PIPA 15②)' });
    c.purposes[P.overseas].transfer.refusalMethod = { ko: '설정에서 거부', en: 'Refuse in settings' };
    expect(validateConfig(c).problems).toEqual([]);
  });
});

describe('safeUrl', () => {
  it.each([
    '/privacy',
    'privacy.html',
    './p',
    'https://example.com/privacy',
    'HTTP://example.com',
    '//cdn.example.com/p',
    '?lang=ko&x=1',
    '#top',
    'p/a:b',
  ])('keeps %j', (u) => expect(safeUrl(u)).toBe(u));
  it('trims what it keeps', () => expect(safeUrl('  /privacy \n')).toBe('/privacy'));
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '   javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript\u0000:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript&#x3A;alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'mailto:privacy@example.com',
    'file:///etc/passwd',
    '/\\evil.example',
    '',
    '   ',
  ])('rejects %j', (u) => expect(safeUrl(u)).toBeUndefined());
  it.each([null, undefined, 42, {}, ['/p']])('rejects non-strings: %j', (u) => expect(safeUrl(u)).toBeUndefined());
});

describe('isLocalized', () => {
  it.each(['x', { ko: '가' }, { ko: '가', en: 'a', 'zh-Hant': '甲' }])('accepts %j', (v) => expect(isLocalized(v)).toBe(true));
  it.each(['', '  ', {}, { ko: '' }, { ko: 1 }, { Korean: 'x' }, ['x'], null, 3])('rejects %j', (v) => expect(isLocalized(v)).toBe(false));
});
