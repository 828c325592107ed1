// google-ads through Google Consent Mode: the default before anything, the update before js/config, gtag.js
// once, the _gcl_* cookies deleted on withdrawal; with and without the gate's `google` section.
import { describe, it, expect, afterEach } from 'vitest';
import { startIntegrations, type IntegrationsController } from '../../src/integrations/layer';
import { startGoogle, type GoogleController } from '../../src/gate/google/index';
import { memoryConsent } from '../gate/fixtures';
import { page, layer, cmd, deleted } from './harness';

const stops: (IntegrationsController | GoogleController)[] = [];
afterEach(() => stops.splice(0).forEach((c) => c.stop()));
const ADS = {
  vendor: 'google-ads' as const,
  id: 'AW-123456789',
  purpose: 'ads',
  options: { urlPassthrough: true, adsDataRedaction: true },
};

describe('google-ads without a google section (its own Consent Mode default)', () => {
  it('pushes the default before anything and requests nothing before consent', () => {
    const p = page();
    stops.push(startIntegrations(memoryConsent(), [ADS], p.env()));
    expect(layer(p.w).map(cmd)).toEqual(['consent default', 'set ads_data_redaction', 'set url_passthrough']);
    expect(layer(p.w)[0][2]).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      security_storage: 'granted',
    });
    expect(p.requests()).toEqual([]);
  });

  it('on consent: update (granted) → js → config, then gtag.js once; on withdrawal: update denied and _gcl_* deleted', async () => {
    const p = page('_gcl_au=1.1.1; _gcl_aw=GCL.1.x; _ga=keep');
    const consent = memoryConsent();
    stops.push(startIntegrations(consent, [ADS, { ...ADS, id: 'AW-987654321', options: undefined }], p.env()));
    await consent.decide({ ads: 'agree' });
    p.arrive();
    expect(p.log).toEqual([
      ['request', 'https://www.googletagmanager.com/gtag/js?id=AW-123456789', 'n0nce'],
      [
        'gtag.js sees',
        [
          'consent default',
          'set ads_data_redaction',
          'set url_passthrough',
          'consent update',
          'consentry_update',
          'js',
          'config AW-123456789',
          'config AW-987654321',
        ],
      ],
    ]);
    const update = layer(p.w)[3][2];
    expect(update).toMatchObject({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'denied',
    });

    const n = layer(p.w).length;
    await consent.withdraw('ads');
    expect(layer(p.w).slice(n).map(cmd)).toEqual(['consent update', 'consentry_update']);
    expect(layer(p.w)[n][2]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
    expect(deleted(p.writes).sort()).toEqual(['_gcl_au', '_gcl_aw']);

    await consent.decide({ ads: 'agree' });
    expect(layer(p.w).slice(-4).map(cmd)).toEqual(['consent update', 'consentry_update', 'config AW-123456789', 'config AW-987654321']);
    expect(p.requests()).toHaveLength(1);
  });

  it('gives a returning visitor the stored choice right after the default, then the tag once', async () => {
    const p = page();
    const consent = memoryConsent();
    await consent.decide({ ads: 'agree' });
    stops.push(startIntegrations(consent, [ADS], p.env()));
    expect(layer(p.w).map(cmd)).toEqual([
      'consent default',
      'set ads_data_redaction',
      'set url_passthrough',
      'consent update',
      'consentry_update',
      'js',
      'config AW-123456789',
    ]);
    expect(p.requests()).toHaveLength(1);
  });
});

describe('google-ads next to the gate (a google section feeds Consent Mode)', () => {
  it('pushes no second default, and its own update right before js/config', async () => {
    const p = page();
    const consent = memoryConsent({ google: { measurementId: 'G-ABC123' } });
    stops.push(startGoogle(consent, consent.config.google!, { window: p.w }));
    stops.push(startIntegrations(consent, [ADS], p.env()));
    expect(layer(p.w).map(cmd)).toEqual(['consent default', 'set url_passthrough', 'set ads_data_redaction']);
    await consent.decide({ ads: 'agree' });
    p.arrive();
    const cmds = layer(p.w).map(cmd);
    expect(cmds.filter((c) => c == 'consent default')).toHaveLength(1);
    // whichever listener runs first, Google hears ad_storage granted before the Ads config
    const cfg = cmds.indexOf('config AW-123456789');
    expect(cfg).toBeGreaterThan(0);
    const lastUpdateBefore = layer(p.w)
      .slice(0, cfg)
      .filter((e) => cmd(e) == 'consent update')
      .pop()!;
    expect(lastUpdateBefore[2]).toMatchObject({ ad_storage: 'granted' });
    expect(p.requests()).toEqual(['https://www.googletagmanager.com/gtag/js?id=AW-123456789']);
  });
});
