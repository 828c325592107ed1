// The script tag's boot with its check run at once (as the debug build runs its own) against every
// malformed config of the core's tests: with a stored decision that agreed to everything under the valid
// config, a malformed config still grants nothing and logs exactly one console.error. The valid config with
// the same cookie is the positive control. The production tag's deferred check: boot-deferred-check.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { structureProblems } from '../../src/core/structure';
import { boot } from '../../src/embed/boot';
import { config } from '../core/fixtures';
import { agreedPage, bootTestHooks, malformedPage } from './agreed-page';
import { malformed } from '../core/malformed';

const start = () => boot({ config: structureProblems });

/** A page whose config tag holds `value`, with a cookie that agreed to everything under `valid`. */
const page = agreedPage;

const { errors } = bootTestHooks();

describe('boot', () => {
  it('grants from the stored decision with the valid config (positive control)', async () => {
    const valid = config({ mirror: false });
    await page(valid, valid);
    start();
    expect(window.consentry!.error).toBeUndefined();
    expect(window.consentry!.isGranted('analytics')).toBe(true);
    expect(window.consentry!.needsDecision()).toBe(false);
  });

  it.each(malformed.map(([what, change]) => [what, change] as const))(
    'grants nothing for a malformed config: %s',
    async (_what, change) => {
      const valid = await malformedPage(change);
      errors().mockClear();
      start();
      const c = window.consentry!;
      expect(c.error).toBeDefined();
      for (const p of valid.purposes) expect(c.isGranted(p.id)).toBe(false);
      await expect(c.agreeAll()).rejects.toBeDefined();
      expect(errors()).toHaveBeenCalledTimes(1);
    },
  );
});

describe('the time zone (a costly first Intl call) is read only when the region matters', () => {
  it('without a regions section: never (no model to pick, so no location guessed), not even when asked where the visitor is', async () => {
    const valid = config({ mirror: false });
    await page(valid, valid);
    const tz = vi.spyOn(Intl, 'DateTimeFormat');
    start();
    const c = window.consentry!;
    expect(c.needsDecision()).toBe(false);
    expect(c.region!.model).toBe('opt-in');
    // what the receipt records: no guess
    expect({ ...c.region! }).toEqual({ region: 'default', model: 'opt-in', from: 'default' });
    // (the next test is the positive control: with a regions section it is read)
    expect(tz).not.toHaveBeenCalled();
  });

  it('with a regions section: read at start, because the model depends on it', async () => {
    const valid = config({ mirror: false, regions: { KR: 'opt-in', default: 'opt-out' } });
    await page(valid, valid);
    const tz = vi.spyOn(Intl, 'DateTimeFormat');
    start();
    expect(tz).toHaveBeenCalled();
    expect(['opt-in', 'opt-out']).toContain(window.consentry!.region!.model);
  });
});
