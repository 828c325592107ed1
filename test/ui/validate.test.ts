import { describe, expect, it } from 'vitest';
import { strings, validateUiConfig } from '../../src/ui';
import { checkUiSection } from '../../src/ui/validate';

const paths = (p: { path: string }[]) => p.map((x) => x.path);

describe('validateUiConfig', () => {
  it('accepts nothing at all and a complete, valid section', () => {
    expect(validateUiConfig(undefined)).toEqual([]);
    expect(
      validateUiConfig({
        layout: 'form',
        target: '#consent',
        reopenButton: { position: 'bottom-right' },
        theme: { scheme: 'dark', '--cs-accent': '#0b57d0', '--cs-radius': '4px' },
        strings: { ko: { agreeAll: '전부 동의' }, en: { agreeAll: 'Accept all' }, ja: { choose: '選ぶ' } },
        nonce: 'abc123',
        submitButton: true,
      }),
    ).toEqual([]);
    expect(validateUiConfig({ layout: 'banner', reopenButton: false, theme: 'light' })).toEqual([]);
  });

  it('reports every problem by path, unknown keys with a suggestion', () => {
    const problems = validateUiConfig(
      {
        layout: 'popup',
        reopenButon: true,
        reopenButton: { position: 'top' },
        theme: { scheme: 'sepia', accent: 'red', '--cs-bg': 'red; background: url(x)' },
        strings: { ko: { agreAll: '동의', choose: '' }, 'not a tag': {} },
        nonce: 42,
        submitButton: 'yes',
      },
      'ui',
    );
    expect(paths(problems).sort()).toEqual(
      [
        'ui.layout',
        'ui.reopenButon',
        'ui.reopenButton.position',
        'ui.theme.scheme',
        'ui.theme.accent',
        'ui.theme.--cs-bg',
        'ui.strings.ko.agreAll',
        'ui.strings.ko.choose',
        'ui.strings.not a tag',
        'ui.nonce',
        'ui.submitButton',
      ].sort(),
    );
    expect(problems.find((p) => p.path == 'ui.reopenButon')!.message).toContain('did you mean "reopenButton"');
    expect(problems.find((p) => p.path == 'ui.strings.ko.agreAll')!.message).toContain('did you mean "agreeAll"');
  });

  it('rejects a section that is not an object, and a form layout without a target', () => {
    expect(paths(validateUiConfig('banner'))).toEqual(['ui']);
    expect(paths(validateUiConfig([], 'config.ui'))).toEqual(['config.ui']);
    expect(validateUiConfig({ layout: 'form' })).toEqual([{ path: 'ui.target', message: expect.stringContaining('form layout') }]);
    expect(paths(validateUiConfig({ theme: 7 }))).toEqual(['ui.theme']);
  });

  it('the script tag’s variant leaves string names to the views, but still checks the values', () => {
    expect(checkUiSection({ strings: { ko: { anything: '값' } } })).toEqual([]);
    expect(paths(checkUiSection({ strings: { ko: { anything: 1 } } }))).toEqual(['ui.strings.ko.anything']);
    expect(paths(checkUiSection({ strings: { ko: 'x' } }))).toEqual(['ui.strings.ko']);
  });
});

describe('built-in strings', () => {
  it('Korean and English have the same keys, all non-empty, with the same {slots}', () => {
    expect(Object.keys(strings.ko).sort()).toEqual(Object.keys(strings.en).sort());
    const slots = (s: string) => (s.match(/\{\w+\}/g) || []).sort().join();
    for (const k of Object.keys(strings.en) as (keyof typeof strings.en)[]) {
      expect(strings.ko[k].trim(), k).not.toBe('');
      expect(strings.en[k].trim(), k).not.toBe('');
      expect(slots(strings.ko[k]), k).toBe(slots(strings.en[k]));
      expect(strings.ko[k], k).not.toMatch(/[<>]/);
    }
  });
});
