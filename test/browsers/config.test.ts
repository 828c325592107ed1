import { describe, expect, it } from 'vitest';
import { validateGuideConfig } from '../../src/browsers/config';

const paths = (v: unknown) => validateGuideConfig(v).map((p) => `${p.path}: ${p.message}`);

describe('the guide section check', () => {
  it('accepts absence, relative and https URLs and known tasks', () => {
    expect(paths(undefined)).toEqual([]);
    expect(paths({ url: '/privacy#cookies', tasks: ['deleteSite', 'blockAll'] })).toEqual([]);
    expect(paths({ url: 'https://help.example.com/cookies' })).toEqual([]);
  });
  it('refuses script, data, plain-http and protocol-relative URLs, also with the control characters browsers drop', () => {
    for (const url of [
      'javascript:alert(1)',
      'java\nscript:alert(1)',
      ' \tjavascript:alert(1)',
      'data:text/html,x',
      'http://example.com/',
      '//evil.example/',
      '\\\\evil',
      '',
      3,
    ])
      expect(paths({ url }), String(url)).toEqual(['guide.url: expected a relative URL or an https: URL']);
  });
  it('names unknown keys with the nearest known one, and bad tasks by index', () => {
    expect(paths({ utl: '/x' })).toEqual(['guide.utl: unknown key (did you mean "url"?)']);
    expect(paths({ tasks: [] })).toEqual(['guide.tasks: expected a non-empty list']);
    expect(paths({ tasks: ['deleteSite', 'eatCookies'] })).toEqual([
      expect.stringMatching(/^guide\.tasks\[1\]: expected one of "blockThirdParty"/),
    ]);
    expect(paths([])).toEqual(['guide: expected an object']);
  });
});
