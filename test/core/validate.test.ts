import { describe, expect, it } from 'vitest';
import { ConfigError, createConsent, isLocalized, nearest, safeUrl, validateConfig } from '../../src/core';
import { config } from './fixtures';

type Cfg = Record<string, any>;
const P = { essential: 0, terms: 1, analytics: 2, marketing: 3, ads: 4, provision: 5, overseas: 6 };

/** [what, change to a valid config, path, exact message] */
const cases: [string, (c: Cfg) => unknown, string, string][] = [
  ['config is null', () => null, '(config)', 'expected an object'],
  ['config is an array', () => [], '(config)', 'expected an object'],
  ['missing controller', (c) => void delete c.controller, 'controller', 'is required'],
  ['missing policy', (c) => void delete c.policy, 'policy', 'is required'],
  ['missing purposes', (c) => void delete c.purposes, 'purposes', 'is required'],
  ['empty purposes', (c) => void (c.purposes = []), 'purposes', 'expected a non-empty list'],
  ['purposes is an object', (c) => void (c.purposes = { analytics: {} }), 'purposes', 'expected a non-empty list'],
  ['a purpose is a string', (c) => void (c.purposes[0] = 'analytics'), 'purposes[0]', 'expected an object'],
  ['controller.name missing', (c) => void delete c.controller.name, 'controller.name', 'is required'],
  ['controller.contact empty', (c) => void (c.controller.contact = '  '), 'controller.contact', 'expected text'],
  ['jurisdiction a number', (c) => void (c.controller.jurisdiction = 410), 'controller.jurisdiction', 'expected text'],
  ['id with capitals', (c) => void (c.purposes[P.analytics].id = 'Analytics'), 'purposes[2].id', 'expected [a-z0-9_-]+'],
  ['id with a space', (c) => void (c.purposes[P.analytics].id = 'web stats'), 'purposes[2].id', 'expected [a-z0-9_-]+'],
  ['id with a dot', (c) => void (c.purposes[P.analytics].id = 'a.b'), 'purposes[2].id', 'expected [a-z0-9_-]+'],
  ['id missing', (c) => void delete c.purposes[P.analytics].id, 'purposes[2].id', 'is required'],
  ['duplicate id', (c) => void (c.purposes[P.marketing].id = 'analytics'), 'purposes[3].id', 'duplicate id "analytics" (also purposes[2].id)'],
  ['necessity unknown', (c) => void (c.purposes[P.analytics].necessity = 'mandatory'), 'purposes[2].necessity', 'expected one of "required", "optional", "notice"'],
  ['kind unknown', (c) => void (c.purposes[P.analytics].kind = 'stats'), 'purposes[2].kind', expect.stringMatching(/^expected one of "service", "analytics", .*"sharing"$/) as any],
  ['title missing', (c) => void delete c.purposes[P.analytics].title, 'purposes[2].title', 'is required'],
  ['title empty', (c) => void (c.purposes[P.analytics].title = ''), 'purposes[2].title', 'expected a localized string'],
  ['title with a number inside', (c) => void (c.purposes[P.analytics].title = { ko: 1 }), 'purposes[2].title', 'expected a localized string'],
  ['title with no language', (c) => void (c.purposes[P.analytics].title = {}), 'purposes[2].title', 'expected a localized string'],
  ['title with a bad language key', (c) => void (c.purposes[P.analytics].title = { Korean: '통계' }), 'purposes[2].title', 'expected a localized string'],
  ['retention a number', (c) => void (c.purposes[P.analytics].retention = 14), 'purposes[2].retention', 'expected a localized string'],
  ['items not a list', (c) => void (c.purposes[P.analytics].items = 'pages'), 'purposes[2].items', 'expected a non-empty list'],
  ['items empty', (c) => void (c.purposes[P.analytics].items = []), 'purposes[2].items', 'expected a non-empty list'],
  ['an item a number', (c) => void (c.purposes[P.analytics].items[1] = 5), 'purposes[2].items[1]', 'expected a localized string'],
  ['version true', (c) => void (c.purposes[P.analytics].version = true), 'purposes[2].version', 'expected a number or text'],
  ['version empty', (c) => void (c.purposes[P.analytics].version = ''), 'purposes[2].version', 'expected a number or text'],
  ['optional without refusal', (c) => void delete c.purposes[P.analytics].refusal, 'purposes[2].refusal', 'is required for consent items (PIPA 15②)'],
  ['optional without retention', (c) => void delete c.purposes[P.analytics].retention, 'purposes[2].retention', 'is required for consent items (PIPA 15②)'],
  ['required without purpose', (c) => void delete c.purposes[P.terms].purpose, 'purposes[1].purpose', 'is required for consent items (PIPA 15②)'],
  ['required without items', (c) => void delete c.purposes[P.terms].items, 'purposes[1].items', 'is required for consent items (PIPA 15②)'],
  ['notice without purpose', (c) => void delete c.purposes[P.essential].purpose, 'purposes[0].purpose', 'is required for notice purposes'],
  ['third_party without recipients', (c) => void delete c.purposes[P.provision].recipients, 'purposes[5].recipients', 'is required for third_party purposes (PIPA 17②)'],
  ['third_party without refusal', (c) => void delete c.purposes[P.provision].refusal, 'purposes[5].refusal', 'is required for consent items (PIPA 15②)'],
  ['recipients empty', (c) => void (c.purposes[P.provision].recipients = []), 'purposes[5].recipients', 'expected a non-empty list'],
  ['recipient without retention', (c) => void delete c.purposes[P.provision].recipients[0].retention, 'purposes[5].recipients[0].retention', 'is required'],
  ['recipient without name', (c) => void delete c.purposes[P.provision].recipients[0].name, 'purposes[5].recipients[0].name', 'is required'],
  ['overseas without transfer', (c) => void delete c.purposes[P.overseas].transfer, 'purposes[6].transfer', 'is required for overseas_transfer purposes (PIPA 28-8②)'],
  ['transfer without country', (c) => void delete c.purposes[P.overseas].transfer.country, 'purposes[6].transfer.country', 'is required'],
  ['transfer without timing', (c) => void delete c.purposes[P.overseas].transfer.timing, 'purposes[6].transfer.timing', 'is required'],
  ['transfer without method', (c) => void delete c.purposes[P.overseas].transfer.method, 'purposes[6].transfer.method', 'is required'],
  ['transfer contact empty', (c) => void (c.purposes[P.overseas].transfer.contact = ''), 'purposes[6].transfer.contact', 'expected text'],
  ['channels on analytics', (c) => void (c.purposes[P.analytics].channels = ['email']), 'purposes[2].channels', 'only marketing/advertising consent items have it'],
  ['nightTime on analytics', (c) => void (c.purposes[P.analytics].nightTime = true), 'purposes[2].nightTime', 'only marketing/advertising consent items have it'],
  ['channels on a notice', (c) => void Object.assign(c.purposes[P.marketing], { necessity: 'notice' }), 'purposes[3].channels', 'only marketing/advertising consent items have it'],
  ['duplicate channel', (c) => void (c.purposes[P.marketing].channels = ['email', 'sms', 'email']), 'purposes[3].channels[2]', 'duplicate channel "email"'],
  ['channel name with capitals', (c) => void (c.purposes[P.marketing].channels = ['E-mail']), 'purposes[3].channels[0]', 'expected [a-z0-9_-]+'],
  ['channels empty', (c) => void (c.purposes[P.marketing].channels = []), 'purposes[3].channels', 'expected a non-empty list'],
  ['nightTime a string', (c) => void (c.purposes[P.marketing].nightTime = 'yes'), 'purposes[3].nightTime', 'expected true or false'],
  ['gpc flag a string', (c) => void (c.purposes[P.ads].gpc = 'on'), 'purposes[4].gpc', 'expected true or false'],
  ['cookie info party', (c) => void (c.purposes[P.analytics].cookies = [{ name: '_ga', party: 'second', lifetime: '2y' }]), 'purposes[2].cookies[0].party', 'expected one of "first", "third"'],
  ['cleanup without cookies', (c) => void (c.purposes[P.analytics].cleanup = { domains: ['example.com'] }), 'purposes[2].cleanup.cookies', 'is required'],
  ['policy.url javascript:', (c) => void (c.policy.url = 'javascript:alert(1)'), 'policy.url', 'expected a safe http(s) or relative URL'],
  ['policy.url JaVaScRiPt:', (c) => void (c.policy.url = 'JaVaScRiPt:alert(1)'), 'policy.url', 'expected a safe http(s) or relative URL'],
  ['policy.url leading spaces', (c) => void (c.policy.url = '   javascript:alert(1)'), 'policy.url', 'expected a safe http(s) or relative URL'],
  ['policy.url entity', (c) => void (c.policy.url = '&#106;avascript:alert(1)'), 'policy.url', 'expected a safe http(s) or relative URL'],
  ['controller.url data:', (c) => void (c.controller.url = 'data:text/html,<script>alert(1)</script>'), 'controller.url', 'expected a safe http(s) or relative URL'],
  ['controller.url vbscript:', (c) => void (c.controller.url = 'VBScript:msgbox(1)'), 'controller.url', 'expected a safe http(s) or relative URL'],
  ['policy.version missing', (c) => void delete c.policy.version, 'policy.version', 'is required'],
  ['policy.url missing', (c) => void delete c.policy.url, 'policy.url', 'is required'],
  ['policy.reconsent unknown', (c) => void (c.policy.reconsent = 'some'), 'policy.reconsent', 'expected one of "all", "changed"'],
  ['policy.changed unknown id', (c) => void (c.policy.changed = ['analytics', 'nope']), 'policy.changed[1]', 'unknown purpose id "nope"'],
  ['policy.changed not a list', (c) => void (c.policy.changed = 'analytics'), 'policy.changed', 'expected a list'],
  ['gpc unknown', (c) => void (c.gpc = 'yes'), 'gpc', 'expected one of "respect", "ignore"'],
  ['consentDays zero', (c) => void (c.expiry = { consentDays: 0 }), 'expiry.consentDays', 'expected a positive number'],
  ['refusalDays negative', (c) => void (c.expiry = { refusalDays: -1 }), 'expiry.refusalDays', 'expected a positive number'],
  ['marketingReconfirmDays text', (c) => void (c.expiry = { marketingReconfirmDays: '730' }), 'expiry.marketingReconfirmDays', 'expected a positive number'],
  ['transfer list with a bad entry', (c) => void (c.purposes[P.overseas].transfer = [c.purposes[P.overseas].transfer, { country: 'JP' }]), 'purposes[6].transfer[1].recipient', 'is required'],
  ['transfer list empty', (c) => void (c.purposes[P.overseas].transfer = []), 'purposes[6].transfer', 'expected a non-empty list'],
  ['transfer a string', (c) => void (c.purposes[P.overseas].transfer = 'US'), 'purposes[6].transfer', 'expected an object'],
  ['expiryDays zero', (c) => void (c.purposes[P.analytics].expiryDays = 0), 'purposes[2].expiryDays', 'expected a positive number of days, or false (no time limit)'],
  ['expiryDays true', (c) => void (c.purposes[P.analytics].expiryDays = true), 'purposes[2].expiryDays', 'expected a positive number of days, or false (no time limit)'],
  ['expiryDays.refusal text', (c) => void (c.purposes[P.analytics].expiryDays = { refusal: '30' }), 'purposes[2].expiryDays.refusal', 'expected a positive number of days, or false (no time limit)'],
  ['expiryDays unknown key', (c) => void (c.purposes[P.analytics].expiryDays = { consnet: 30 }), 'purposes[2].expiryDays.consnet', 'unknown key (did you mean "consent"?)'],
  ['bannerDetails a string', (c) => void (c.purposes[P.provision].bannerDetails = 'yes'), 'purposes[5].bannerDetails', 'expected true or false'],
  ['processors not a list', (c) => void (c.processors = { name: 'X' }), 'processors', 'expected a list'],
  ['processor without task', (c) => void (c.processors = [{ name: 'Cloud Co.' }]), 'processors[0].task', 'is required'],
  ['processor with an unknown key', (c) => void (c.processors = [{ name: 'Cloud Co.', task: 'hosting', recipient: 'x' }]), 'processors[0].recipient', 'unknown key'],
  ['children.mode unknown', (c) => void (c.children = { mode: 'block' }), 'children.mode', 'expected one of "guardian", "refuse"'],
  ['children.requiredBeforeGuardian text', (c) => void (c.children = { requiredBeforeGuardian: 'no' }), 'children.requiredBeforeGuardian', 'expected true or false'],
  ['expiresDays NaN', (c) => void (c.cookie.expiresDays = NaN), 'cookie.expiresDays', 'expected a positive number'],
  ['expiresDays Infinity', (c) => void (c.cookie.expiresDays = Infinity), 'cookie.expiresDays', 'expected a positive number'],
  ['sameSite lowercase', (c) => void (c.cookie.sameSite = 'lax'), 'cookie.sameSite', 'expected one of "Lax", "Strict", "None"'],
  ['cookie name with a space', (c) => void (c.cookie.name = 'my consent'), 'cookie.name', 'expected [A-Za-z0-9_-]+, not starting with "__"'],
  ['cookie name with ;', (c) => void (c.cookie.name = 'a;b'), 'cookie.name', 'expected [A-Za-z0-9_-]+, not starting with "__"'],
  ['cookie name with a __Host- prefix', (c) => void (c.cookie.name = '__Host-consent'), 'cookie.name', 'expected [A-Za-z0-9_-]+, not starting with "__"'],
  ['cookie path relative', (c) => void (c.cookie.path = 'shop'), 'cookie.path', 'expected a path starting with "/"'],
  ['cookie domain a URL', (c) => void (c.cookie.domain = 'https://example.com'), 'cookie.domain', 'expected a domain'],
  ['cookie secure a string', (c) => void (c.cookie.secure = 'true'), 'cookie.secure', 'expected true or false'],
  ['SameSite=None insecure', (c) => void Object.assign(c.cookie, { sameSite: 'None', secure: false }), 'cookie.secure', 'SameSite=None cookies must be secure'],
  ['minimumAge fractional', (c) => void (c.children = { minimumAge: 14.5 }), 'children.minimumAge', 'expected a whole number of years'],
  ['minimumAge zero', (c) => void (c.children = { minimumAge: 0 }), 'children.minimumAge', 'expected a whole number of years'],
  ['locale a list', (c) => void (c.locale = ['ko']), 'locale', 'expected text'],
  ['mirror a string', (c) => void (c.mirror = 'yes'), 'mirror', 'expected true or false'],
  ['google a string', (c) => void (c.google = 'G-XXXX'), 'google', 'expected an object'],
  ['ui an array', (c) => void (c.ui = []), 'ui', 'expected an object'],
  ['receipts null', (c) => void (c.receipts = null), 'receipts', 'expected an object'],
  ['expiry an array', (c) => void (c.expiry = [365]), 'expiry', 'expected an object'],
];

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
    for (const bad of [undefined, 0, 'x', true, () => 1, { purposes: [null, 1, [], 'a'] }, { purposes: [{ id: {}, kind: [], necessity: null, title: { __proto__: 'x' } }] }, { controller: [], policy: 1, purposes: {} }]) {
      const r = validateConfig(bad);
      expect(r.config).toBeUndefined();
      expect(r.problems.length).toBeGreaterThan(0);
    }
    const r = validateConfig(JSON.parse('{"__proto__": {"x": 1}, "controller": {"name": "a", "contact": "b"}, "policy": {"version": 1, "url": "/p"}, "purposes": []}'));
    expect(r.problems).toContainEqual({ path: '__proto__', message: 'unknown key' });
  });
});

describe('validateConfig: unknown keys', () => {
  const unknown: [string, (c: Cfg) => void, string, string][] = [
    ['top level, near miss', (c) => (c.purpose = []), 'purpose', 'unknown key (did you mean "purposes"?)'],
    ['top level, typo', (c) => (c.coookie = {}), 'coookie', 'unknown key (did you mean "cookie"?)'],
    ['top level, unrelated', (c) => (c.tracking = true), 'tracking', 'unknown key'],
    ['purpose', (c) => (c.purposes[P.analytics].retension = 'x'), 'purposes[2].retension', 'unknown key (did you mean "retention"?)'],
    ['purpose, case', (c) => (c.purposes[P.analytics].LegalBasis = 'x'), 'purposes[2].LegalBasis', 'unknown key (did you mean "legalBasis"?)'],
    ['recipient', (c) => (c.purposes[P.provision].recipients[0].names = 'x'), 'purposes[5].recipients[0].names', 'unknown key (did you mean "name"?)'],
    ['transfer', (c) => (c.purposes[P.overseas].transfer.contry = 'US'), 'purposes[6].transfer.contry', 'unknown key (did you mean "country"?)'],
    ['cookie', (c) => (c.cookie.samesite = 'Lax'), 'cookie.samesite', 'unknown key (did you mean "sameSite"?)'],
    ['expiry', (c) => (c.expiry = { consentDay: 30 }), 'expiry.consentDay', 'unknown key (did you mean "consentDays"?)'],
    ['controller', (c) => (c.controller.emial = 'a@b.c'), 'controller.emial', 'unknown key (did you mean "email"?)'],
    ['policy', (c) => (c.policy.versoin = '2'), 'policy.versoin', 'unknown key (did you mean "version"?)'],
    ['children', (c) => (c.children = { minAge: 14 }), 'children.minAge', 'unknown key'],
    ['cookie info', (c) => (c.purposes[P.analytics].cookies = [{ name: '_ga', party: 'third', lifetime: '2y', domain: 'x' }]), 'purposes[2].cookies[0].domain', 'unknown key'],
    ['cleanup', (c) => (c.purposes[P.analytics].cleanup = { cookies: ['_ga'], path: ['/'] }), 'purposes[2].cleanup.path', 'unknown key (did you mean "paths"?)'],
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
    const c: Cfg = config({ google: { measurementId: 'G-1', whatever: 1 }, receipts: { endpoint: '/v1/receipts' }, ui: { x: 1 }, blocking: {}, guide: {} });
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
    const c: Cfg = config({ policy: { version: 7 as any, url: '/p', reconsent: 'changed', changed: ['ads'] }, children: {}, expiry: { consentDays: 390 } });
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
    expect(r.warnings[1].message).toMatch(/^"required" for a marketing purpose, .*make it "optional".*PIPA 22⑤.*"notice".*PIPA 15①4.*2024-09-15/);
    expect(createConsent(c, { storage: 'memory' }).config).toBeDefined();
  });

  it.each(['analytics', 'advertising', 'marketing', 'personalization', 'third_party', 'overseas_transfer'])('warns about a required %s purpose', (kind) => {
    const c: Cfg = config();
    const p = c.purposes[P.provision];
    Object.assign(p, { kind, necessity: 'required', purpose: 'x', items: ['y'], retention: 'z' });
    if (kind == 'overseas_transfer') p.transfer = c.purposes[P.overseas].transfer;
    const w = validateConfig(c).warnings;
    expect(w).toEqual([expect.objectContaining({ path: 'purposes[5].necessity', message: expect.stringContaining(`"required" for a ${kind} purpose`) })]);
  });

  it('does not warn about required service purposes, nor about optional ones', () => {
    expect(validateConfig(config()).warnings).toEqual([]);
  });

  it('warns about night-time consent on e-mail only (e-mail is exempt)', () => {
    const c: Cfg = config();
    c.purposes[P.marketing].channels = ['email'];
    expect(validateConfig(c).warnings).toEqual([
      { path: 'purposes[3].nightTime', message: expect.stringMatching(/^e-mail needs no night-time consent \(Network Act 50③, Decree 61②\)/) },
    ]);
    c.purposes[P.marketing].channels = ['email', 'sms'];
    expect(validateConfig(c).warnings).toEqual([]);
  });

  it('warns about a resident registration number in consent items (PIPA 24-2), wherever it is listed', () => {
    const c: Cfg = config();
    c.purposes.push({ ...c.purposes[P.analytics], id: 'rrn', kind: 'unique_id', items: [{ ko: '성명', en: 'name' }, { ko: '주민등록번호', en: 'resident registration number' }] });
    c.purposes[P.provision].recipients[0].items.push('RRN');
    const w = validateConfig(c).warnings;
    expect(w.map((x) => x.path)).toEqual(['purposes[5].recipients[0].items[1]', 'purposes[7].items[1]']);
    for (const x of w) expect(x.message).toMatch(/^a resident registration number \(주민등록번호\) needs a law: consent is no basis for it \(PIPA 24-2\)/);
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
      processors: [{ name: { ko: '(주)클라우드', en: 'Cloud Co.' }, task: { ko: '서버 운영', en: 'hosting' }, country: 'KR', contact: 'dpo@cloud.example' }],
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
  it.each(['/privacy', 'privacy.html', './p', 'https://example.com/privacy', 'HTTP://example.com', '//cdn.example.com/p', '?lang=ko&x=1', '#top', 'p/a:b'])(
    'keeps %j',
    (u) => expect(safeUrl(u)).toBe(u),
  );
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
