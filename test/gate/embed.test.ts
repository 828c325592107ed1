import { describe, it, expect, beforeEach } from 'vitest';
import { startEmbedGate } from '../../src/gate/embed';
import { validateBlockingConfig } from '../../src/gate/config';
import type { ConfigProblem } from '../../src/core/errors';
import { memoryConsent } from './fixtures';

const w = window as unknown as { [k: string]: unknown };
const noPart = <T>(): Promise<T> => Promise.reject(new Error('no parts in unit tests'));

beforeEach(() => {
  delete w.dataLayer;
  delete w.gtag;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('validateBlockingConfig', () => {
  it('accepts nothing or booleans, and names anything else', () => {
    expect(validateBlockingConfig(undefined)).toEqual([]);
    expect(validateBlockingConfig({ placeholder: false, cleanup: true })).toEqual([]);
    expect(validateBlockingConfig([])).toEqual([{ path: 'blocking', message: 'expected an object' }]);
    expect(validateBlockingConfig({ placeholder: 'no', iframes: true })).toEqual([
      { path: 'blocking.placeholder', message: 'expected true or false' },
      { path: 'blocking.iframes', message: 'unknown key' },
    ]);
  });
});

describe('startEmbedGate (the script tag block)', () => {
  it('starts Consent Mode and blocking for a good config', async () => {
    document.body.innerHTML = '<img data-consent="stats" data-src="/x.gif" alt="">';
    const consent = memoryConsent();
    const problems: ConfigProblem[] = [];
    const started = startEmbedGate({ google: { measurementId: 'G-ABC123' } }, consent, problems, 'nn', noPart);
    expect(problems).toEqual([]);
    expect(started!.google!.gtag).toBeTypeOf('function');
    expect((w.dataLayer as unknown[]).length).toBe(1);
    await consent.decide({ stats: 'agree' });
    expect(document.querySelector('img')!.getAttribute('src')).toBe('/x.gif');
    expect(document.querySelector('script[src^="https://www.googletagmanager.com/gtag/js?id=G-ABC123"]')).not.toBeNull();
    started!.gate.stop();
    started!.google!.stop();
  });

  it('reports google and blocking problems, starts nothing, and still denies everything to the page\'s own Google tags', () => {
    const problems: ConfigProblem[] = [];
    const started = startEmbedGate({ google: { measurementId: 'UA-1', mode: 'max' }, blocking: { cleanup: 1 } }, memoryConsent(), problems, '', noPart);
    expect(started).toBeUndefined();
    expect(problems.map((p) => p.path)).toEqual(['google.measurementId', 'google.mode', 'blocking.cleanup']);
    const dl = w.dataLayer as IArguments[];
    expect(dl).toHaveLength(1);
    expect(Object.prototype.toString.call(dl[0])).toBe('[object Arguments]');
    expect(Array.from(dl[0])).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'denied',
      },
    ]);
    expect(document.querySelector('script[src]')).toBeNull();
  });

  it('does nothing Google-related without a google section, and nothing at all without a consent', () => {
    const problems: ConfigProblem[] = [{ path: 'purposes', message: 'broken elsewhere' }];
    expect(startEmbedGate({}, undefined, problems, '', noPart)).toBeUndefined();
    expect(w.dataLayer).toBeUndefined();
  });
});
