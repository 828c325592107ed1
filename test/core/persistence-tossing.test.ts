// @vitest-environment-options { "url": "http://www.example.com/shop/cart" }
// Cookie tossing on a page that cannot use the `__Host-` prefix (http here; also `domain`, another path or
// `secure: false` on https): a sibling subdomain (evil.example.com) can set a consent cookie with
// `Domain=example.com`, which this page reads beside its own. It must never grant anything.
import { describe, expect, it } from 'vitest';
import { createConsent } from '../../src/core';
import { decode } from '../../src/core/codec';
import { checkedConfig } from '../../src/core/checked';
import { encode } from '../../src/core/codec-encode';
import { consentFor } from '../../src/core/writer';
import type { ConsentConfig } from '../../src/core';
import { config } from './fixtures';
import { record } from './helpers';

const values = (name: string) =>
  document.cookie
    .split('; ')
    .filter((p) => p.startsWith(name + '='))
    .map((p) => decodeURIComponent(p.slice(name.length + 1)));
const setRaw = (name: string, value: string, attrs = 'path=/') => void (document.cookie = `${name}=${encodeURIComponent(value)}; ${attrs}`);
const PARENT = 'path=/; domain=example.com';

const T = Date.UTC(2025, 5, 1);
const open = (cfg: ConsentConfig, now = T) => {
  const c = createConsent(cfg, { crossTab: false, now: () => now });
  return { c, log: record(c) };
};
/** The value a consent with these answers at time `t` would store (any valid value, e.g. from the attacker's own browser). */
const made = (cfg: ConsentConfig, choices: Parameters<ReturnType<typeof createConsent>['decide']>[0], t: number) => {
  // the writing instance itself: its decide() changes the state at once
  const c = consentFor(checkedConfig(cfg).config, { storage: 'memory', now: () => t });
  void c.decide(choices);
  return encode(c.snapshot());
};
const everything = { terms: 'agree', analytics: 'agree', ads: 'agree', marketing: 'agree', provision: 'agree', overseas: 'agree' } as const;

describe('a consent cookie tossed onto the parent domain', () => {
  it("never turns the visitor's refusal into a grant; the host cookie stays as it was", async () => {
    const cfg = config({ mirror: false });
    const name = cfg.cookie!.name!;
    const visitor = open(cfg);
    await visitor.c.decide({ terms: 'agree', analytics: 'disagree', ads: 'disagree' });
    const own = values(name)[0];
    const subject = visitor.c.snapshot().subjectId;
    // newer, and far in the future too
    const tossed = made(cfg, everything, T + 3650 * 864e5);
    setRaw(name, tossed, PARENT);
    expect(values(name).sort()).toEqual([own, tossed].sort());

    const { c, log } = open(cfg, T + 60e3);
    expect(c.isGranted('analytics')).toBe(false);
    expect(c.isGranted('ads')).toBe(false);
    expect(c.get('analytics')!.choice).toBe('disagree');
    expect(c.pending()).toEqual(['marketing', 'provision', 'overseas']);
    expect(c.snapshot().subjectId).toBe(subject);
    // the host copy is rewritten with the same value (its lifetime renewed); the tossed one is not ours to delete
    expect(values(name).sort()).toEqual([own, tossed].sort());
    await c.ready;
    expect(log.error.map((e) => e.code)).toEqual(['cookie-invalid']);
    // the next decision stays on the host copy, with the visitor's own subject id
    await c.decide({ marketing: 'disagree' });
    const mine = values(name)
      .map(decode)
      .filter((v) => v!.subjectId == subject);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.purposes.marketing.choice).toBe('disagree');
  });

  it('grants nothing the visitor never answered, and gives no subject id, when there is no host cookie', async () => {
    const cfg = config({ mirror: false });
    const name = cfg.cookie!.name!;
    const tossed = made(cfg, everything, T);
    setRaw(name, tossed, PARENT);
    const { c } = open(cfg, T + 60e3);
    for (const id of Object.keys(everything)) expect(c.isGranted(id)).toBe(false);
    expect(c.needsDecision()).toBe(true);
    expect(c.snapshot().subjectId).toBeUndefined();
    expect(values(name)).toEqual([tossed]);
    await c.decide({ analytics: 'agree' });
    expect(c.snapshot().subjectId).not.toBe(decode(tossed)!.subjectId);
  });

  it('a copy on a path of this host is ours: the newest one counts and one copy is left', () => {
    const cfg = config({ mirror: false });
    const name = cfg.cookie!.name!;
    setRaw(name, made(cfg, { analytics: 'agree' }, T - 2 * 864e5), 'path=/shop');
    setRaw(name, made(cfg, { analytics: 'disagree' }, T - 864e5));
    const { c } = open(cfg);
    expect(c.get('analytics')!.choice).toBe('disagree');
    expect(values(name)).toHaveLength(1);
  });

  it('a host copy dated in the future is no consent', async () => {
    const cfg = config({ mirror: false });
    const name = cfg.cookie!.name!;
    setRaw(name, made(cfg, { analytics: 'agree' }, T + 864e5));
    const { c, log } = open(cfg);
    expect(c.isGranted('analytics')).toBe(false);
    await c.ready;
    expect(log.error.map((e) => e.code)).toEqual(['cookie-invalid']);
  });

  it("with cookie.domain the shared copy is ours (every host under it may write it, by the site's choice)", () => {
    const cfg = config({ mirror: false, cookie: { name: 'shared_consent_x', domain: 'example.com' } });
    setRaw('shared_consent_x', made(cfg, { analytics: 'agree' }, T - 864e5), PARENT);
    const { c } = open(cfg);
    expect(c.isGranted('analytics')).toBe(true);
    expect(values('shared_consent_x')).toHaveLength(1);
  });
});
