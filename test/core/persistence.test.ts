// @vitest-environment-options { "url": "https://www.example.com/shop/cart" }
import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent, validateConfig } from '../../src/core';
import { decode } from '../../src/core/codec';
import { checkedConfig } from '../../src/core/checked';
import { encode } from '../../src/core/codec-encode';
import { consentFor } from '../../src/core/writer';
import type { ConsentConfig, Purpose } from '../../src/core';
import { config, purposes } from './fixtures';
import { clock, record } from './helpers';

const mirrorStore = createStore('consentry', 'consent');
const open = (cfg: ConsentConfig, opts = {}) => {
  const c = createConsent(cfg, { crossTab: false, ...opts });
  return { c, log: record(c) };
};
/** Every value of cookie `name` the page sees. */
const values = (name: string) =>
  document.cookie
    .split('; ')
    .filter((p) => p.startsWith(name + '='))
    .map((p) => decodeURIComponent(p.slice(name.length + 1)));
/** The cookie's name on this https page: `__Host-` + the configured one (the mirror key keeps the plain name). */
const cookieOf = (cfg: ConsentConfig) => validateConfig(cfg).config!.cookie.name;
/** A `__Host-` cookie is kept only when secure, on /, without a domain (browsers, and happy-dom, enforce it). */
const host = (name: string) => (name.startsWith('__Host-') ? 'path=/; secure' : 'path=/');
const setRaw = (name: string, value: string, attrs = host(name)) =>
  void (document.cookie = `${name}=${encodeURIComponent(value)}; ${attrs}`);
const drop = (name: string, attrs = host(name)) => void (document.cookie = `${name}=; ${attrs}; expires=Thu, 01 Jan 1970 00:00:00 GMT`);

/** FNV-1a as the format defines it, to build values that pass the checksum but break other rules. */
const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
};
const sign = (body: string) => body + '|' + fnv(body);

/** Captures what is written to document.cookie (the attribute string included). */
function cookieWrites() {
  let proto = Object.getPrototypeOf(document);
  while (!Object.getOwnPropertyDescriptor(proto, 'cookie')) proto = Object.getPrototypeOf(proto);
  const desc = Object.getOwnPropertyDescriptor(proto, 'cookie')!;
  const writes: string[] = [];
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => desc.get!.call(document),
    set: (v: string) => (writes.push(v), desc.set!.call(document, v)),
  });
  return writes;
}
afterEach(() => {
  delete (document as any).cookie;
  vi.unstubAllGlobals();
});

describe('the cookie', () => {
  it('round-trips the whole consent to the next page load, synchronously', async () => {
    const t = clock(Date.UTC(2025, 2, 3, 4, 5, 6));
    const cfg = config({ children: {} });
    const a = open(cfg, { now: t.now }).c;
    a.setAgeGroup('adult');
    await a.decide({
      terms: 'agree',
      analytics: 'agree',
      ads: 'disagree',
      marketing: { choice: 'agree', channels: { email: 'agree', sms: 'disagree' }, nightTime: 'disagree' },
    });
    await a.withdraw('analytics');
    const b = open(cfg, { now: t.now }).c;
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(b.needsDecision()).toBe(true);
    expect(b.pending()).toEqual(['provision', 'overseas']);
    expect(b.get('analytics')).toMatchObject({ choice: 'disagree', source: 'withdraw' });
    expect(b.isGranted('marketing', 'email')).toBe(true);
    expect(b.isGranted('marketing', 'sms')).toBe(false);
    expect(values(cookieOf(cfg))).toHaveLength(1);
  });

  it('is written with the configured attributes', async () => {
    const writes = cookieWrites();
    const cfg = config({ cookie: { name: 'consent_attr', domain: 'example.com', path: '/', sameSite: 'Strict', expiresDays: 30 } });
    const { c } = open(cfg);
    await c.decide({ analytics: 'agree' });
    const w = writes.find((x) => x.startsWith('consent_attr=c1'))!;
    expect(w).toMatch(/; domain=example\.com/);
    expect(w).toMatch(/; path=\//);
    expect(w).toMatch(/; sameSite=Strict/);
    expect(w).toMatch(/; secure/); // the page is https
    const expires = Date.parse(/expires=([^;]+)/.exec(w)![1]);
    expect(Math.abs(expires - (Date.now() + 30 * 864e5))).toBeLessThan(60_000);
    await c.reset();
    expect(values('consent_attr')).toEqual([]);
  });

  it('stays well under 1 KB with 20 purposes', async () => {
    const base = Object.values(purposes).filter((p) => p.necessity != 'notice') as Purpose[];
    const many = Array.from({ length: 20 }, (_, i) => ({
      ...structuredClone(base[i % base.length]),
      id: `purpose_number_${i}`,
      version: '2024-11-01',
    })) as Purpose[];
    const cfg = config({ purposes: many, policy: { version: '2024-11-01.2', url: '/privacy' } });
    const { c } = open(cfg);
    await c.agreeAll();
    const [raw] = document.cookie.split('; ').filter((p) => p.startsWith(cookieOf(cfg) + '='));
    expect(raw.length).toBeLessThan(1024);
    expect(raw.length).toBeGreaterThan(200);
    expect(open(cfg).c.snapshot().purposes).toEqual(c.snapshot().purposes);
  });

  const damage: [string, (v: string) => string][] = [
    ['tampered (agreement turned into a refusal)', (v) => v.replace('analytics:a', 'analytics:d')],
    ['tampered (refusal turned into agreement)', (v) => v.replace('ads:d', 'ads:a')],
    ['tampered (one digit of the date)', (v) => v.replace(/^(c1\|[0-9a-f]{32}\|[^|]*\|)(.)/, (_, p, d) => p + (d == '1' ? '2' : '1'))],
    ['tampered (purpose version)', (v) => v.replace('analytics:a:1', 'analytics:a:2')],
    ['truncated', (v) => v.slice(0, -7)],
    ['truncated to the first half', (v) => v.slice(0, v.length >> 1)],
    ['checksum removed', (v) => v.slice(0, v.lastIndexOf('|'))],
    ['from another format version', (v) => sign('c2' + v.slice(2, v.lastIndexOf('|')))],
    ['a foreign JSON value', () => '{"analytics":true,"ads":true}'],
    ['a bare "true"', () => 'true'],
    ['broken percent-encoding', (v) => v.replace('|2024-01-18|', '|%E0%A4%A|')],
  ];
  it.each(damage)('a %s cookie is no consent, reported once', async (_w, spoil) => {
    const cfg = config();
    const name = cookieOf(cfg);
    const a = open(cfg, { storage: 'auto' });
    await a.c.decide({ analytics: 'agree', ads: 'disagree', terms: 'agree' });
    const good = values(name)[0];
    await a.c.ready;
    const bad = spoil(good);
    expect(bad).not.toBe(good);
    setRaw(name, bad);
    const b = open({ ...cfg, mirror: false });
    expect(b.c.isGranted('analytics')).toBe(false);
    expect(b.c.isGranted('terms')).toBe(false);
    expect(b.c.needsDecision()).toBe(true);
    expect(b.c.snapshot().subjectId).toBeUndefined();
    await b.c.ready;
    b.c.isGranted('analytics');
    await b.c.decide({ ads: 'disagree' });
    expect(b.log.error.map((e) => e.code)).toEqual(['cookie-invalid']);
    expect(b.log.error[0].message).toContain(name);
    // the next decision replaces the damaged value
    expect(decode(values(name)[0])).toBeDefined();
  });

  it('rejects values that pass the checksum but break the format', () => {
    const ok = 'c1|0123456789abcdef0123456789abcdef|v1|sl2c2o|a||analytics:a:1:sl2c2o/marketing:a:1:sl2c2o:email+!sms:a';
    expect(decode(sign(ok))).toMatchObject({
      subjectId: '01234567-89ab-cdef-0123-456789abcdef',
      purposes: { marketing: { channels: { email: 'agree', sms: 'disagree' }, nightTime: 'agree' } },
    });
    for (const bad of [
      ok.replace('analytics:a', 'analytics:x'), // unknown choice code
      ok.replace('analytics:a', 'Analytics:a'), // id outside [a-z0-9_-]
      ok.replace('|a|', '|x|'), // age group
      ok.replace('0123456789abcdef0123', '0123456789ABCDEF0123'), // subject id
      ok.replace('0123456789abcdef0123', '01234'),
      ok.replace('analytics:a:1:sl2c2o', 'analytics:a:1:SL2C2O'), // time
      ok.replace('analytics:a:1:sl2c2o', 'analytics:a::sl2c2o'), // empty version
      ok.replace(':email+!sms:a', ':email+!sms:x'), // night time
      ok.replace(':email+!sms', ':Email'), // channel name
      ok.replace(':email+!sms:a', ':email:a:extra'),
      ok.replace('|a||', '|a|name:contact|'), // guardian without method and time
      ok + '|more',
    ])
      expect(decode(sign(bad)), bad).toBeUndefined();
    // a purpose or channel listed twice (only a forger with the source can sign that) reads as its last entry
    expect(decode(sign(ok + '/analytics:d:1:sl2c2o'))!.purposes.analytics.choice).toBe('disagree');
    expect(decode(sign(ok.replace(':email+!sms', ':email+!email')))!.purposes.marketing.channels).toEqual({ email: 'disagree' });
    for (const junk of [undefined, null, 42, {}, '', '|||||||', 'c1|||||||'] as unknown[]) expect(decode(junk)).toBeUndefined();
  });

  it('encodes free text so separators inside versions and names survive', () => {
    const s = {
      subjectId: '01234567-89ab-4def-8123-456789abcdef',
      policyVersion: 'v|1:2/3 +%',
      updatedAt: 1_700_000_001_000,
      ageGroup: 'child' as const,
      guardian: { method: 'pass|:/ 앱', verifiedAt: 1_700_000_000_000, verified: true },
      purposes: {
        a: { id: 'a', choice: 'agree' as const, version: '1.0|x', source: 'user' as const, decidedAt: 1_700_000_000_000 },
        b: { id: 'b', choice: 'disagree' as const, version: '2', source: 'gpc' as const, decidedAt: 1_700_000_001_000 },
        c: { id: 'c', version: '1' },
        // agreed while the browser sent GPC: stored as its own code so the agreement is not refused again
        d: {
          id: 'd',
          choice: 'agree' as const,
          version: '1',
          source: 'user' as const,
          decidedAt: 1_700_000_001_000,
          overGpc: true as const,
        },
      },
    };
    const back = decode(encode(s))!;
    expect(back).toEqual({ ...s, purposes: { a: s.purposes.a, b: s.purposes.b, d: s.purposes.d } });
    expect(encode(s)).toContain('/d:c:1|');
    expect(back.purposes.a.overGpc).toBeUndefined();
    expect(encode({ purposes: {} })).toBe('');
    // a decision time after the update time (a clock set back) is stored as the update time, not as garbage
    const skewed = { updatedAt: 1_000_000_000_000, purposes: { a: { ...s.purposes.a, decidedAt: 1_000_000_005_000 } } };
    expect(decode(encode(skewed))!.purposes.a.decidedAt).toBe(1_000_000_000_000);
  });
});

describe('the __Host- cookie on https', () => {
  const older = (cfg: ConsentConfig, choice: 'agree' | 'disagree', t: number) => {
    // the writing instance itself: its decide() changes the state at once
    const c = consentFor(checkedConfig(cfg).config, { storage: 'memory', now: () => t });
    void c.decide({ analytics: choice });
    return encode(c.snapshot());
  };

  it('is named __Host-<name>, written host-only on /, secure; the mirror key and the channel keep the plain name', async () => {
    const writes = cookieWrites();
    const cfg = config();
    const plain = cfg.cookie!.name!;
    expect(cookieOf(cfg)).toBe('__Host-' + plain);
    const { c } = open(cfg);
    expect(c.config.cookie.name).toBe('__Host-' + plain);
    await c.decide({ analytics: 'agree' });
    const w = writes.find((x) => x.startsWith('__Host-' + plain + '=c1'))!;
    expect(w).toMatch(/; path=\//);
    expect(w).toMatch(/; secure/);
    expect(w).not.toMatch(/domain=/);
    expect(values(plain)).toEqual([]);
    await vi.waitFor(async () => expect(await get(plain, mirrorStore)).toBe(values('__Host-' + plain)[0]));
  });

  it('keeps the configured name where the prefix cannot apply: a shared domain, another path, secure: false', () => {
    for (const cookie of [{ domain: 'example.com' }, { path: '/shop' }, { secure: false }]) {
      const cfg = config({ cookie: { name: 'keep_me', ...cookie } });
      expect(cookieOf(cfg)).toBe('keep_me');
    }
  });

  it('refuses a configured __Host- or __Secure- prefix (consentry adds the prefix itself)', () => {
    for (const name of ['__Host-consent', '__secure-consent'])
      expect(validateConfig(config({ cookie: { name } })).problems).toEqual([
        { path: 'cookie.name', message: 'expected [A-Za-z0-9_-]+, not starting with "__"' },
      ]);
  });

  it('takes over a plain host cookie written before the prefix, and deletes it', () => {
    const cfg = config({ mirror: false });
    const plain = cfg.cookie!.name!;
    const before = older(cfg, 'agree', Date.UTC(2025, 0, 1));
    setRaw(plain, before);
    const { c } = open(cfg, { now: () => Date.UTC(2025, 0, 3) });
    expect(c.isGranted('analytics')).toBe(true);
    expect(values('__Host-' + plain)).toEqual([before]);
    expect(values(plain)).toEqual([]);
  });

  it('never takes over a plain copy set on the parent domain (another host could have set it)', async () => {
    const cfg = config({ mirror: false });
    const plain = cfg.cookie!.name!;
    const tossed = older(cfg, 'agree', Date.UTC(2025, 0, 2));
    setRaw(plain, tossed, 'path=/; domain=example.com');
    const { c, log } = open(cfg, { now: () => Date.UTC(2025, 0, 3) });
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.needsDecision()).toBe(true);
    expect(c.snapshot().subjectId).toBeUndefined();
    expect(values('__Host-' + plain)).toEqual([]);
    // not ours to delete
    expect(values(plain)).toEqual([tossed]);
    await c.ready;
    expect(log.error.map((e) => e.code)).toEqual(['cookie-invalid']);
  });

  it('prefers the __Host- cookie to a plain one, and deletes the plain host copy', () => {
    const cfg = config({ mirror: false });
    const plain = cfg.cookie!.name!;
    setRaw('__Host-' + plain, older(cfg, 'disagree', Date.UTC(2025, 0, 1)));
    setRaw(plain, older(cfg, 'agree', Date.UTC(2025, 0, 2)));
    const { c } = open(cfg, { now: () => Date.UTC(2025, 0, 3) });
    expect(c.get('analytics')!.choice).toBe('disagree');
    expect(values(plain)).toEqual([]);
  });

  it('refuses a copy dated in the future (beyond 5 minutes of clock skew), reported', async () => {
    const cfg = config({ mirror: false });
    const name = cookieOf(cfg);
    const t = Date.UTC(2025, 0, 3);
    setRaw(name, older(cfg, 'agree', t + 10 * 60e3));
    const a = open(cfg, { now: () => t });
    expect(a.c.isGranted('analytics')).toBe(false);
    await a.c.ready;
    expect(a.log.error.map((e) => e.code)).toEqual(['cookie-invalid']);
    setRaw(name, older(cfg, 'agree', t + 4 * 60e3));
    expect(open(cfg, { now: () => t }).c.isGranted('analytics')).toBe(true);
  });
});

describe('the IndexedDB mirror', () => {
  const mirrored = async (key: string) => vi.waitFor(async () => expect(await get(key, mirrorStore)).toMatch(/^c1\|/));

  it('cookie gone: refusals come back from the mirror; agreements and the subject id do not', async () => {
    const cfg = config();
    const key = cfg.cookie!.name!;
    const name = cookieOf(cfg);
    const a = open(cfg).c;
    await a.decide({ analytics: 'agree', ads: 'disagree', marketing: { choice: 'agree', channels: { push: 'agree' } } });
    await mirrored(key);
    drop(name);
    expect(values(name)).toEqual([]);
    const { c, log } = open(cfg);
    await c.ready;
    expect(c.get('ads')).toMatchObject({ choice: 'disagree', source: 'user' });
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.isGranted('marketing', 'push')).toBe(false);
    expect(c.pending()).toContain('analytics');
    expect(c.snapshot().subjectId).toBeUndefined();
    expect(log.order).toEqual(['change']);
    expect(log.change[0]).toMatchObject({ origin: 'restore', changed: [] });
    // the cookie and the mirror now hold the trimmed state: nothing of the agreements is left to come back
    expect(decode(values(name)[0])!.purposes).toEqual({ ads: expect.objectContaining({ choice: 'disagree' }) });
    expect(decode(await get(key, mirrorStore))).toEqual(decode(values(name)[0]));
    // the next decision starts a new subject
    await c.decide({ analytics: 'agree' });
    expect(c.snapshot().subjectId).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.snapshot().subjectId).not.toBe(a.snapshot().subjectId);
  });

  it('cookie gone after agreements only: nothing comes back, the mirror is emptied', async () => {
    const cfg = config();
    const key = cfg.cookie!.name!;
    await open(cfg).c.decide({ analytics: 'agree' });
    await mirrored(key);
    drop(cookieOf(cfg));
    const { c } = open(cfg);
    await c.ready;
    expect(c.isGranted('analytics')).toBe(false);
    expect(await get(key, mirrorStore)).toBeUndefined();
    expect(values(cookieOf(cfg))).toEqual([]);
  });

  it('where cookies do not work at all, the mirror is the only store and comes back whole', async () => {
    const cfg = config();
    const key = cfg.cookie!.name!;
    const a = open(cfg).c;
    await a.decide({ analytics: 'agree' });
    await mirrored(key);
    vi.stubGlobal('navigator', { ...navigator, cookieEnabled: false, languages: ['ko'] });
    const { c } = open(cfg);
    await c.ready;
    expect(c.isGranted('analytics')).toBe(true);
    expect(c.snapshot().subjectId).toBe(a.snapshot().subjectId);
  });

  it('does not let the mirror override a decision made before it was read', async () => {
    const cfg = config();
    await open(cfg).c.decide({ ads: 'disagree' });
    await mirrored(cfg.cookie!.name!);
    drop(cookieOf(cfg));
    const { c } = open(cfg);
    await c.decide({ ads: 'agree' });
    await c.ready;
    expect(c.get('ads')!.choice).toBe('agree');
  });

  it('is not used with mirror: false', async () => {
    const cfg = config();
    await open(cfg).c.decide({ ads: 'disagree' });
    await mirrored(cfg.cookie!.name!);
    drop(cookieOf(cfg));
    const { c } = open({ ...cfg, mirror: false });
    await c.ready;
    expect(c.get('ads')!.choice).toBeUndefined();
  });

  it('a damaged mirror is no consent, and is replaced by the current state', async () => {
    const cfg = config();
    const key = cfg.cookie!.name!;
    const { set } = await import('idb-keyval');
    await set(key, 'c1|forged|value', mirrorStore);
    const { c, log } = open(cfg);
    await c.ready;
    expect(c.needsDecision()).toBe(true);
    expect(log.order).toEqual([]);
    expect(await get(key, mirrorStore)).toBeUndefined();
    // with a cookie, the mirror is brought in line with it at start
    await c.decide({ analytics: 'agree' });
    const cookie = values(cookieOf(cfg))[0];
    await set(key, 'c1|forged|value', mirrorStore);
    await open(cfg).c.ready;
    expect(await get(key, mirrorStore)).toBe(cookie);
  });

  it('reset clears the cookie and the mirror', async () => {
    const cfg = config();
    const key = cfg.cookie!.name!;
    const { c } = open(cfg);
    await c.decide({ analytics: 'agree' });
    await mirrored(key);
    await c.reset();
    expect(values(cookieOf(cfg))).toEqual([]);
    expect(await get(key, mirrorStore)).toBeUndefined();
    expect(open(cfg).c.needsDecision()).toBe(true);
  });
});

describe('without storage', () => {
  it('keeps working in memory when document.cookie throws, denying by default, reported once', async () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      set() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const { c, log } = open(config({ mirror: false }));
    expect(c.needsDecision()).toBe(true);
    expect(c.isGranted('analytics')).toBe(false);
    await c.decide({ analytics: 'agree' });
    await c.decide({ ads: 'agree' });
    expect(c.isGranted('analytics')).toBe(true);
    await c.ready;
    expect(log.error.map((e) => e.code)).toEqual(['storage-unavailable']);
    expect(log.decision).toHaveLength(2);
  });

  it('notices a cookie the browser silently drops', async () => {
    const writes = cookieWrites();
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: (v: string) => void writes.push(v) });
    const { c, log } = open(config({ mirror: false }));
    await c.decide({ analytics: 'agree' });
    expect(writes).toHaveLength(1);
    await c.decide({ analytics: 'agree' });
    expect(writes).toHaveLength(1); // memory from then on
    expect(c.isGranted('analytics')).toBe(true);
    await c.ready;
    expect(log.error.map((e) => e.code)).toEqual(['storage-unavailable']);
  });

  it('does not touch cookies when navigator.cookieEnabled is false', async () => {
    vi.stubGlobal('navigator', { ...navigator, cookieEnabled: false, languages: ['ko'] });
    const cfg = config({ mirror: false });
    const { c, log } = open(cfg);
    await c.decide({ analytics: 'agree' });
    expect(values(cookieOf(cfg))).toEqual([]);
    expect(c.isGranted('analytics')).toBe(true);
    await c.ready;
    expect(log.error.map((e) => e.code)).toEqual(['storage-unavailable']);
  });

  it('keeps the cookie and reports once when IndexedDB fails to open', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    });
    const cfg = config();
    const { c, log } = open(cfg);
    await c.decide({ analytics: 'agree' });
    await c.ready;
    await c.decide({ ads: 'agree' });
    expect(open(cfg).c.isGranted('ads')).toBe(true);
    await vi.waitFor(() => expect(log.error.map((e) => e.code)).toEqual(['idb-failed']));
  });

  it('writes nothing with storage: memory', async () => {
    const cfg = config();
    const name = cfg.cookie!.name!;
    const { c, log } = open(cfg, { storage: 'memory' });
    await c.decide({ analytics: 'agree' });
    await c.ready;
    expect(values(name)).toEqual([]);
    expect(await get(name, mirrorStore)).toBeUndefined();
    expect(log.error).toEqual([]);
  });
});
