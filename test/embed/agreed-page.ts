// A script-tag page for the boot's tests: its config tag and a consent cookie that agreed to everything.
import { afterEach, beforeEach, type MockInstance, vi } from 'vitest';
import { createConsent } from '../../src/core/consent';
import { config } from '../core/fixtures';

/** Puts a config tag holding `value` in the head, after storing a decision that agreed to everything under `valid`. */
export async function agreedPage(valid: Record<string, any>, value: unknown): Promise<void> {
  const c = createConsent(valid, { crossTab: false });
  await c.agreeAll();
  c.destroy();
  document.head.innerHTML = '';
  const tag = document.createElement('script');
  tag.type = 'application/json';
  tag.id = 'consentry-config';
  tag.textContent = JSON.stringify(value);
  document.head.append(tag);
}

/**
 * `agreedPage` for the valid fixture config, with the config tag holding it as `change` (a case of
 * test/core/malformed.ts) leaves it; returns the valid config.
 */
export async function malformedPage(change: (c: any) => unknown): Promise<Record<string, any>> {
  const valid = config({ mirror: false });
  const bad: any = structuredClone(valid);
  const replaced = change(bad);
  await agreedPage(valid, replaced === undefined ? bad : replaced);
  return valid;
}

/**
 * The hooks of a boot test file: console errors recorded (`errors()`, the spy of the test under way),
 * warnings muted, and after each test `window.consentry` destroyed and removed, `cleanup()` run, spies restored.
 */
export function bootTestHooks(cleanup?: () => void): { errors: () => MockInstance } {
  let errors: MockInstance;
  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    window.consentry?.destroy();
    delete window.consentry;
    if (cleanup) cleanup();
    vi.restoreAllMocks();
  });
  return { errors: () => errors };
}
