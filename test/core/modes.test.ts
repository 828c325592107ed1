import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, createConsent } from '../../src/core';
import { config } from './fixtures';
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

describe('createConsent validation modes', () => {
  afterEach(() => void vi.unstubAllEnvs());

  it('validates fully outside production: every problem explained', () => {
    const e = refusal(typo());
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.problems).toEqual([{ path: 'purposes[2].retension', message: 'unknown key (did you mean "retention"?)' }]);
  });

  it('checks the structure only in production, still refusing with a ConfigError', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const e = refusal(typo());
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.problems).toEqual([{ path: 'purposes[2].retension', message: 'unknown key' }]);
    expect(e.message).toContain('purposes[2].retension: unknown key');
  });

  it.each(['production', 'development'])('refuses each malformed config and grants nothing (%s)', (mode) => {
    vi.stubEnv('NODE_ENV', mode);
    for (const [what, change] of malformed) {
      const c: Cfg = config();
      const replaced = change(c);
      expect(refusal(replaced === undefined ? c : replaced), what).toBeInstanceOf(ConfigError);
    }
  });

  it('gives the same normalized config in both modes', () => {
    const c = config({ children: {}, expiry: { consentDays: 30 } });
    const dev = createConsent(c, { storage: 'memory' }).config;
    vi.stubEnv('NODE_ENV', 'production');
    expect(createConsent(c, { storage: 'memory' }).config).toEqual(dev);
  });
});
