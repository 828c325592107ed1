// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { resolveSignals, signalState, SIGNALS } from '../../src/gate/google/signals';
import { validateGoogleConfig } from '../../src/gate/google/config';
import { shopPurposes } from './fixtures';

describe('resolveSignals: defaults by purpose kind', () => {
  it('maps each Consent Mode key to the first purpose of its kind', () => {
    expect(resolveSignals(shopPurposes)).toEqual({
      analytics_storage: 'stats',
      ad_storage: 'ads',
      ad_user_data: 'ads',
      ad_personalization: 'ads',
      functionality_storage: 'video',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it('falls back to a marketing purpose for the ad keys when there is no advertising one', () => {
    const s = resolveSignals(shopPurposes.filter((p) => p.kind != 'advertising'));
    expect([s.ad_storage, s.ad_user_data, s.ad_personalization]).toEqual(['news', 'news', 'news']);
  });

  it('denies what no purpose covers, and keeps security_storage granted', () => {
    const s = resolveSignals([{ id: 'essential', kind: 'service' }]);
    for (const k of SIGNALS) expect(s[k]).toBe(k == 'security_storage' ? 'granted' : 'denied');
  });

  it('lets the site override any key with a purpose id or a constant', () => {
    const s = resolveSignals(shopPurposes, {
      ad_personalization: 'denied',
      security_storage: 'essential',
      personalization_storage: 'video',
    });
    expect(s.ad_personalization).toBe('denied');
    expect(s.security_storage).toBe('essential');
    expect(s.personalization_storage).toBe('video');
    expect(s.ad_storage).toBe('ads');
  });

  it('turns sources into granted/denied from the purposes granted now', () => {
    const granted = new Set(['stats']);
    const state = signalState(resolveSignals(shopPurposes), (id) => granted.has(id));
    expect(state).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });
});

describe('validateGoogleConfig', () => {
  const ids = shopPurposes.map((p) => p.id);
  it('accepts a full, correct section', () => {
    expect(
      validateGoogleConfig(
        {
          measurementId: ['G-ABC123', 'G-XYZ9'],
          mode: 'advanced',
          signals: { analytics_storage: 'stats', ad_storage: 'denied', security_storage: 'granted' },
          waitForUpdate: 0,
          region: ['KR', 'US-CA'],
          adsDataRedaction: true,
          urlPassthrough: false,
          gtmId: 'GTM-AB12CD',
          dataLayerName: 'shopLayer',
          sendPageView: false,
          configParams: { cookie_flags: 'SameSite=None;Secure' },
        },
        'google',
        ids,
      ),
    ).toEqual([]);
    expect(validateGoogleConfig({})).toEqual([]);
  });

  it('names every bad key by its path', () => {
    const problems = validateGoogleConfig(
      {
        measurementId: ['G-OK1', 'UA-123-1', 7],
        mode: 'full',
        signals: { analytics_storage: 'nope', ads: 'granted', ad_storage: 3 },
        waitForUpdate: -1,
        region: ['korea'],
        adsDataRedaction: 'yes',
        gtmId: 'GTM_1',
        dataLayerName: 'data-layer',
        configParams: [],
        sendPagview: true,
      },
      'config.google',
      ids,
    );
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        'config.google.sendPagview',
        'config.google.measurementId[1]',
        'config.google.measurementId[2]',
        'config.google.mode',
        'config.google.signals.analytics_storage',
        'config.google.signals.ads',
        'config.google.signals.ad_storage',
        'config.google.waitForUpdate',
        'config.google.region',
        'config.google.adsDataRedaction',
        'config.google.gtmId',
        'config.google.dataLayerName',
        'config.google.configParams',
      ].sort(),
    );
    expect(problems.find((p) => p.path.endsWith('sendPagview'))!.message).toBe('unknown key (did you mean "sendPageView"?)');
  });

  it('rejects a non-object, an empty id list, a lowercase id and fractional waits', () => {
    expect(validateGoogleConfig('G-ABC')).toEqual([{ path: 'google', message: 'expected an object' }]);
    expect(validateGoogleConfig(null)).toHaveLength(1);
    expect(validateGoogleConfig({ measurementId: [] })[0].path).toBe('google.measurementId');
    expect(validateGoogleConfig({ measurementId: 'g-abc' })[0].path).toBe('google.measurementId');
    expect(validateGoogleConfig({ waitForUpdate: 1.5 })[0].path).toBe('google.waitForUpdate');
    expect(validateGoogleConfig({ gtmId: ['GTM-AB'] })[0].path).toBe('google.gtmId');
  });

  it('checks signal purposes only when it knows the ids', () => {
    expect(validateGoogleConfig({ signals: { analytics_storage: 'whatever' } })).toEqual([]);
    expect(validateGoogleConfig({ signals: { analytics_storage: 'whatever' } }, 'google', ids)).toHaveLength(1);
  });
});
