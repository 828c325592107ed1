import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, createConsent } from '../../src/core';
import { keyOf } from '../../src/core/codec';
import { config, uniqueName } from './fixtures';
import { malformed, P } from './malformed';

type Cfg = Record<string, any>;
const refusal = (c: unknown): ConfigError => {
  try {
    createConsent(c, { storage: 'memory' });
  } catch (e) {
    return e as ConfigError;
  }
  throw new Error('accepted');
};
const typo = () => {
  const c: Cfg = config();
  c.purposes[P.analytics].retension = c.purposes[P.analytics].retention;
  return c;
};

/** The malformed configs (of test/core/malformed.ts) a production build refuses at once, on every visit alike: their outline cannot be read. */
const UNREADABLE = ['config is null', 'config is an array', 'missing policy', 'missing purposes', 'purposes is an object'];

/** The consent cookie's value under `valid`'s cookie name. */
const cookie = (valid: Cfg) => decodeURIComponent((document.cookie.match(RegExp(`(?:^|; )${valid.cookie.name}=([^;]*)`)) || [])[1] || '');

/** A valid config (a cookie name of its own) under which a decision agreed to everything, written outside production. */
async function agreed(): Promise<Cfg> {
  const valid: Cfg = config({ mirror: false, cookie: { name: uniqueName() } });
  const c = createConsent(valid, { crossTab: false });
  await c.agreeAll();
  c.destroy();
  expect(keyOf(cookie(valid))).toBe('');
  return valid;
}

describe('createConsent validation modes', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('validates fully outside production: every problem explained', () => {
    const e = refusal(typo());
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.problems).toEqual([{ path: 'purposes[2].retension', message: 'unknown key (did you mean "retention"?)' }]);
  });

  it('in production the check loads beside the writer: a typo is refused on ready, logged once, nothing granted', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const c = createConsent(typo(), { storage: 'memory' });
    expect(c.isGranted('essential')).toBe(false);
    const e = await c.ready.then(
      () => null,
      (x: unknown) => x as ConfigError,
    );
    expect(e).toBeInstanceOf(ConfigError);
    expect(e!.problems).toEqual([{ path: 'purposes[2].retension', message: 'unknown key' }]);
    await expect(c.agreeAll()).rejects.toBeInstanceOf(ConfigError);
    for (const p of c.config.purposes) expect(c.isGranted(p.id), p.id).toBe(false);
    expect(errors.mock.calls.map((a) => String(a[0]))).toEqual([
      expect.stringMatching(/^consentry: nothing is granted until the config is fixed\. [\s\S]*purposes\[2\]\.retension: unknown key$/),
    ]);
  });

  it('in production only a config too broken to read is refused at once (first visits; returning ones below)', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const e = refusal(null);
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.problems[0].path).toBe('(config)');
    expect(e.message).toContain('cannot be read');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const first: string[] = [];
    for (const [what, change] of malformed) {
      const c: Cfg = config();
      const replaced = change(c);
      try {
        createConsent(replaced === undefined ? c : replaced, { storage: 'memory', crossTab: false }).destroy();
      } catch {
        first.push(what);
      }
    }
    expect(first).toEqual(UNREADABLE);
  });

  it('in production a cookie the unchecked config cannot take does not make createConsent throw', async () => {
    const valid = await agreed();
    const bad: Cfg = structuredClone(valid);
    // a channel list that is no list: reading the stored marketing answer would fail
    bad.purposes[P.marketing].channels = 'email';
    vi.stubEnv('NODE_ENV', 'production');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const c = createConsent(bad, { crossTab: false });
    for (const p of valid.purposes) expect(c.isGranted(p.id), p.id).toBe(false);
    await expect(c.ready).rejects.toBeInstanceOf(ConfigError);
    c.destroy();
  });

  it('refuses each malformed config outside production at once', () => {
    for (const [what, change] of malformed) {
      const c: Cfg = config();
      const replaced = change(c);
      expect(refusal(replaced === undefined ? c : replaced), what).toBeInstanceOf(ConfigError);
    }
  });

  it.each(malformed.map(([what, change]) => [what, change] as const))(
    'in production grants nothing for a malformed config, over a cookie that agreed to everything: %s',
    async (_what, change) => {
      const valid = await agreed();
      const bad: Cfg = structuredClone(valid);
      const replaced = change(bad);
      vi.stubEnv('NODE_ENV', 'production');
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      let c: ReturnType<typeof createConsent>;
      try {
        c = createConsent(replaced === undefined ? bad : replaced, { crossTab: false });
      } catch (e) {
        // refused at once: only a config too broken to read, and so on a first visit too
        expect(e).toBeInstanceOf(ConfigError);
        expect((e as ConfigError).problems[0].message).toMatch(/^cannot be read/);
        expect(UNREADABLE).toContain(_what);
        return;
      }
      expect(UNREADABLE).not.toContain(_what);
      for (const p of valid.purposes) expect(c.isGranted(p.id), p.id).toBe(false);
      await expect(c.ready).rejects.toBeInstanceOf(ConfigError);
      for (const p of valid.purposes) expect(c.isGranted(p.id), p.id).toBe(false);
      await expect(c.agreeAll()).rejects.toBeInstanceOf(ConfigError);
      expect(errors.mock.calls.map((a) => String(a[0]).slice(0, 39))).toEqual(['consentry: nothing is granted until the']);
      // the cookie carries no key of the refused config
      expect(keyOf(cookie(valid))).toBe('');
      c.destroy();
    },
  );

  it.each([
    ['an expiry that is no number', { expiresDays: '365' }],
    ['a domain with a scheme', { domain: 'https://example.com' }],
  ])('in production a refused cookie section does not lose the stored answers: %s', async (_what, section) => {
    const valid = await agreed();
    const stored = cookie(valid);
    const bad: Cfg = structuredClone(valid);
    Object.assign(bad.cookie, section);
    vi.stubEnv('NODE_ENV', 'production');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const c = createConsent(bad, { crossTab: false });
    await expect(c.ready).rejects.toBeInstanceOf(ConfigError);
    for (const p of valid.purposes) expect(c.isGranted(p.id), p.id).toBe(false);
    c.destroy();
    vi.unstubAllEnvs();
    // still there for the fixed config
    expect(cookie(valid)).toBe(stored);
    const fixed = createConsent(valid, { crossTab: false });
    expect(fixed.isGranted('analytics')).toBe(true);
    fixed.destroy();
  });

  it('in production a reader destroyed before its check passed neither renews the cookie nor announces the pass', async () => {
    const valid = await agreed();
    const stored = cookie(valid);
    vi.stubEnv('NODE_ENV', 'production');
    const c = createConsent(valid, { crossTab: false });
    const changes: unknown[] = [];
    c.on('change', (e) => void changes.push(e.origin));
    c.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect(changes).toEqual([]);
    // not renewed under the config key (the check's pass came after destroy)
    expect(keyOf(cookie(valid))).toBe('');
    expect(cookie(valid)).toBe(stored);
  });

  it('in production the stored answers count once the check passed, and at once when the cookie carries the config key', async () => {
    const valid = await agreed();
    vi.stubEnv('NODE_ENV', 'production');
    const c = createConsent(valid, { crossTab: false });
    const changes: unknown[] = [];
    c.on('change', (e) => void changes.push(e.origin));
    expect(c.isGranted('analytics')).toBe(false);
    await c.ready;
    expect(c.isGranted('analytics')).toBe(true);
    expect(changes).toEqual(['checked']);
    // the cookie now carries this config's key: the next page skips the check
    expect(keyOf(cookie(valid))).not.toBe('');
    c.destroy();
    const next = createConsent(valid, { crossTab: false });
    expect(next.isGranted('analytics')).toBe(true);
    await next.ready;
    next.destroy();
  });

  it('gives the same normalized config in both modes', () => {
    const c = config({ children: {}, expiry: { consentDays: 30 } });
    const dev = createConsent(c, { storage: 'memory' }).config;
    vi.stubEnv('NODE_ENV', 'production');
    expect(createConsent(c, { storage: 'memory' }).config).toEqual(dev);
  });
});
