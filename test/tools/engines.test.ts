// @vitest-environment node
// The cross-engine suite's rules for a missing or narrowed engine: in CI nothing is skipped or left out.
import { describe, expect, it } from 'vitest';
import { maySkipMissing, selectedEngines } from './engines.mjs';

describe('engines in CI', () => {
  it('runs every engine, and refuses a list that narrows them', () => {
    expect(selectedEngines({ CI: 'true' })).toEqual(['chromium', 'firefox', 'webkit']);
    expect(() => selectedEngines({ CI: 'true', CONSENTRY_ENGINES: 'chromium' })).toThrow(/in CI every engine runs/);
  });
  it('never skips a missing engine, even when asked to', () => {
    expect(maySkipMissing({ CI: 'true', CONSENTRY_SKIP_MISSING_ENGINES: '1' })).toBe(false);
  });
  it('outside CI, a developer may narrow the list or skip what is missing (positive control)', () => {
    expect(selectedEngines({ CONSENTRY_ENGINES: 'firefox' })).toEqual(['firefox']);
    expect(maySkipMissing({ CONSENTRY_SKIP_MISSING_ENGINES: '1' })).toBe(true);
  });
});
