// @vitest-environment node
// Regional rules as a pure module: region from the page or the time zone, the model per region, and the
// checks of the `regions` section. Runs without a DOM: the module must not need one.
import { describe, expect, it, vi } from 'vitest';
import { checkRegions } from '../../src/core/regions-check';
import { decideRegion, modelFor, normalizeRegion, pickRegion, regionChain, regionFromTimeZone } from '../../src/core/regions';

const config = { regions: { KR: 'opt-in', EU: 'opt-in', GB: { model: 'opt-in' }, 'US-CA': 'opt-out', default: 'notice' } } as const;

describe('pickRegion', () => {
  it("the site's data-region wins over the time zone", () => {
    expect(pickRegion({ dataRegion: 'KR', timeZone: 'America/Los_Angeles' })).toBe('KR');
    expect(pickRegion({ dataRegion: 'us-ca', timeZone: 'Asia/Seoul' })).toBe('US-CA');
    expect(pickRegion({ dataRegion: 'DE' })).toBe('DE');
    expect(pickRegion({ dataRegion: 'uk' })).toBe('GB');
  });

  it('falls back to the time zone when data-region is missing or malformed', () => {
    expect(pickRegion({ timeZone: 'Asia/Seoul' })).toBe('KR');
    expect(pickRegion({ dataRegion: '', timeZone: 'Europe/Berlin' })).toBe('EU');
    expect(pickRegion({ dataRegion: 'Korea', timeZone: 'Europe/London' })).toBe('GB');
    expect(pickRegion({ dataRegion: '<script>', timeZone: 'America/Los_Angeles' })).toBe('US-CA');
    expect(pickRegion({ dataRegion: 'default', timeZone: 'Asia/Seoul' })).toBe('KR');
  });

  it('is default when neither says anything', () => {
    expect(pickRegion({})).toBe('default');
    expect(pickRegion({ timeZone: 'Asia/Tokyo' })).toBe('default');
    expect(pickRegion({ timeZone: 'America/New_York' })).toBe('default');
    expect(pickRegion({ dataRegion: null, timeZone: null })).toBe('default');
  });
});

describe('decideRegion with a malformed data-region', () => {
  it('a data-region the site set but that is no region code gives opt-in, never a time-zone guess', () => {
    const loose = { regions: { 'US-CA': 'opt-out', default: 'opt-out' } };
    expect(decideRegion(loose, { dataRegion: 'KOR', timeZone: 'America/Los_Angeles' })).toEqual({
      region: 'default',
      model: 'opt-in',
      from: 'page',
    });
    expect(decideRegion(loose, { dataRegion: '<script>' })).toMatchObject({ model: 'opt-in' });
    // an empty attribute says nothing: the time zone decides
    expect(decideRegion(loose, { dataRegion: '', timeZone: 'America/Los_Angeles' })).toEqual({
      region: 'US-CA',
      model: 'opt-out',
      from: 'time-zone',
    });
  });

  it('EU territories with their own geo-IP code and EU time zones outside Europe/ get the EU model', () => {
    const cfg = { regions: { EU: 'opt-in', default: 'opt-out' } };
    for (const dataRegion of ['RE', 'GP', 'MQ', 'GF', 'YT', 'MF', 'AX']) expect(decideRegion(cfg, { dataRegion }).model).toBe('opt-in');
    for (const timeZone of ['Asia/Nicosia', 'Asia/Famagusta', 'Atlantic/Reykjavik', 'Arctic/Longyearbyen'])
      expect(decideRegion(cfg, { timeZone })).toEqual({ region: 'EU', model: 'opt-in', from: 'time-zone' });
  });
});

describe('regionFromTimeZone', () => {
  it.each([
    ['Asia/Seoul', 'KR'],
    ['Europe/London', 'GB'],
    ['Europe/Paris', 'EU'],
    ['Europe/Dublin', 'EU'],
    ['Atlantic/Canary', 'EU'],
    ['America/Los_Angeles', 'US-CA'],
    ['Asia/Pyongyang', undefined],
    ['Australia/Sydney', undefined],
    ['', undefined],
  ])('%s → %s', (tz, region) => expect(regionFromTimeZone(tz)).toBe(region));
});

describe('modelFor', () => {
  it('takes the region, then its country, then EU for members, then default', () => {
    expect(modelFor(config, 'KR')).toBe('opt-in');
    expect(modelFor(config, 'US-CA')).toBe('opt-out');
    expect(modelFor(config, 'FR')).toBe('opt-in');
    expect(modelFor(config, 'EL')).toBe('opt-in');
    expect(modelFor(config, 'NO')).toBe('opt-in');
    expect(modelFor(config, 'GB')).toBe('opt-in');
    expect(modelFor(config, 'US-NY')).toBe('notice');
    expect(modelFor(config, 'JP')).toBe('notice');
    expect(modelFor(config, 'default')).toBe('notice');
    expect(modelFor({ regions: { US: 'opt-out', 'US-CA': 'opt-in' } }, 'US-TX')).toBe('opt-out');
    expect(modelFor({ regions: { EU: 'opt-in', DE: 'notice' } }, 'DE')).toBe('notice');
  });

  it('asks first when there is no section, no match and no default, or the config is broken', () => {
    expect(modelFor({}, 'US-CA')).toBe('opt-in');
    expect(modelFor({ regions: { 'US-CA': 'opt-out' } }, 'KR')).toBe('opt-in');
    expect(modelFor(undefined, 'KR')).toBe('opt-in');
    expect(modelFor({ regions: 'opt-out' }, 'KR')).toBe('opt-in');
    expect(modelFor({ regions: ['opt-out'] }, 'KR')).toBe('opt-in');
    expect(modelFor({ regions: { KR: 'opt-outt', default: 'opt-out' } }, 'KR')).toBe('opt-out');
    expect(modelFor({ regions: { KR: { model: 42 } } }, 'KR')).toBe('opt-in');
    expect(modelFor({ regions: { kr: 'notice' } }, 'KR')).toBe('notice');
  });
});

describe('decideRegion', () => {
  it('records the region, its model and where it came from', () => {
    expect(decideRegion(config, { dataRegion: 'US-CA', timeZone: 'Asia/Seoul' })).toEqual({
      region: 'US-CA',
      model: 'opt-out',
      from: 'page',
    });
    expect(decideRegion(config, { timeZone: 'Europe/Madrid' })).toEqual({ region: 'EU', model: 'opt-in', from: 'time-zone' });
    expect(decideRegion(config, {})).toEqual({ region: 'default', model: 'notice', from: 'default' });
  });

  it('without a regions section reads no time zone (there is no model to pick, so no location is guessed)', () => {
    const timeZone = vi.fn(() => 'Asia/Seoul');
    expect(decideRegion({}, { timeZone })).toEqual({ region: 'default', model: 'opt-in', from: 'default' });
    expect(decideRegion({ regions: undefined }, { timeZone: 'Europe/Madrid' })).toEqual({
      region: 'default',
      model: 'opt-in',
      from: 'default',
    });
    expect(timeZone).not.toHaveBeenCalled();
    // the page's region is still recorded as the page gave it
    expect(decideRegion({}, { dataRegion: 'kr', timeZone })).toEqual({ region: 'KR', model: 'opt-in', from: 'page' });
    // with a regions section the hint is read
    expect(decideRegion(config, { timeZone })).toMatchObject({ region: 'KR', from: 'time-zone' });
    expect(timeZone).toHaveBeenCalledOnce();
  });
});

describe('normalizeRegion and regionChain', () => {
  it('canonicalises codes and rejects the rest', () => {
    expect(['kr', ' EU ', 'Uk', 'us_ca', 'Default', 'de'].map(normalizeRegion)).toEqual(['KR', 'EU', 'GB', 'US-CA', 'default', 'DE']);
    expect(['', 'KOR', 'US-', 'javascript:', 42, null, 'U S'].map(normalizeRegion)).toEqual(Array(7).fill(undefined));
    expect(regionChain('DE')).toEqual(['DE', 'EU', 'default']);
    expect(regionChain('US-CA')).toEqual(['US-CA', 'US', 'default']);
    expect(regionChain('bogus!')).toEqual(['default']);
  });
});

describe('checkRegions', () => {
  it('accepts a valid section and no section', () => {
    expect(checkRegions(config.regions)).toEqual({
      problems: [],
      warnings: [{ path: 'regions.default', message: expect.stringContaining('every region not listed') }],
    });
    expect(checkRegions(undefined)).toEqual({ problems: [], warnings: [] });
    expect(checkRegions({ KR: 'opt-in', 'US-CA': { model: 'opt-out' } })).toEqual({ problems: [], warnings: [] });
  });

  it('names every problem by its path', () => {
    const { problems } = checkRegions({
      kr: 'opt-in',
      KR: 'notice',
      Korea: 'opt-in',
      'US-CA': 'optout',
      GB: { model: 'opt-in', gpc: true },
      EU: { mode: 'opt-in' },
      UK: 'opt-in',
    });
    expect(problems.map((p) => p.path)).toEqual([
      'regions.kr',
      'regions.KR',
      'regions.Korea',
      'regions.US-CA',
      'regions.GB.gpc',
      'regions.EU.model',
      'regions.EU.mode',
      'regions.UK', // written as GB
      'regions.UK', // and GB is there already
    ]);
    expect(problems[0].message).toContain('"KR"');
    expect(problems[1].message).toContain('same region');
    expect(checkRegions(['KR']).problems).toEqual([{ path: 'regions', message: expect.stringContaining('expected an object') }]);
    expect(checkRegions('opt-in', 'config.regions').problems[0].path).toBe('config.regions');
  });

  it('warns where a looser model meets a law that asks first', () => {
    const { problems, warnings } = checkRegions({ KR: 'opt-out', FR: 'notice', GB: 'opt-out', 'US-CA': 'opt-out', JP: 'notice' });
    expect(problems).toEqual([]);
    expect(warnings.map((w) => w.path)).toEqual(['regions.KR', 'regions.FR', 'regions.GB']);
  });
});

describe('purity', () => {
  it('imports and runs without window or document', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const m = await import('../../src/core/regions');
    expect(m.pickRegion({ timeZone: 'Asia/Seoul' })).toBe('KR');
  });
});
