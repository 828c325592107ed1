import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/core';
import { structureProblems } from '../../src/core/structure';
import { signupConfig as demoSignup } from '../../demo/signup/config';
import { shopConfig as gateShop } from '../gate/fixtures';
import { shopConfig as receiptsShop } from '../receipts/fixtures';
import { signupConfig, siteConfig } from '../ui/setup';
import { config } from './fixtures';
import { malformed, P } from './malformed';

type Cfg = Record<string, any>;
// tests run from the repository root (happy-dom's import.meta.url is not a file: URL)
const root = process.cwd();

/** Every `<script type="application/json" id="consentry-config">` in the repository's pages. */
function pageConfigs(): [string, unknown][] {
  const found: [string, unknown][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = join(dir, name);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const m = /<script type="application\/json" id="consentry-config"( data-site-config)?>([\s\S]*?)<\/script>/.exec(
          readFileSync(join(root, path), 'utf8'),
        );
        if (!m) continue;
        // a demo page's tag is merged into the site's one config by the demo server (demo/server.mjs renderPage)
        const own = JSON.parse(m[2]);
        const page = m[1] ? { ...JSON.parse(readFileSync(join(root, 'demo/site-config.json'), 'utf8')), ...own } : own;
        // the integrations list is handed to its own module, not to the core (as the page's entry does)
        found.push([path, (({ integrations, ...core }) => core)(page)]);
      }
    }
  };
  walk('demo');
  walk('test/e2e/fixtures');
  return found;
}

/** Configs validateConfig accepts, with the variants its tests accept. */
function validConfigs(): [string, unknown][] {
  const variants: [string, Cfg][] = [
    ['core fixture', config()],
    ['gate fixture', gateShop()],
    ['receipts fixture', receiptsShop()],
    ['ui site', siteConfig()],
    ['ui signup', signupConfig()],
    ['demo signup', demoSignup],
    [
      'module sections',
      config({ google: { measurementId: 'G-1', whatever: 1 }, receipts: { endpoint: '/r' }, ui: { x: 1 }, blocking: {}, guide: {} } as Cfg),
    ],
    [
      'changed policy',
      config({
        policy: { version: 7 as any, url: '/p', reconsent: 'changed', changed: ['ads'] },
        children: {},
        expiry: { consentDays: 390 },
      }),
    ],
    ['processors empty', config({ processors: [] })],
  ];
  const c: Cfg = config({
    processors: [{ name: 'Cloud', task: 'hosting', country: 'KR', contact: 'dpo@x' }],
    children: { minimumAge: 14, mode: 'refuse', requiredBeforeGuardian: true },
  });
  c.purposes[P.analytics].expiryDays = { consent: 30, refusal: false };
  c.purposes[P.ads].expiryDays = false;
  c.purposes[P.terms].expiryDays = 730;
  c.purposes[P.provision].bannerDetails = true;
  c.purposes[P.analytics].cookies = [{ name: '_ga', party: 'third', lifetime: '2y', provider: 'Google', description: 'x' }];
  c.purposes[P.analytics].cleanup = { cookies: ['_ga_*'], domains: ['example.com'], paths: ['/'] };
  c.cookie = { name: 'c', domain: 'example.com', path: '/shop', sameSite: 'None', expiresDays: 30 };
  variants.push(['every optional field', c]);
  const t: Cfg = config();
  const x = t.purposes[P.overseas].transfer;
  t.purposes[P.overseas].transfer = [
    { ...x, refusalMethod: 'Settings' },
    { ...x, country: 'JP', refusalMethod: 'Settings' },
  ];
  delete t.purposes[P.overseas].refusal;
  variants.push(['transfers with their own refusal method', t]);
  return [...variants, ...pageConfigs()];
}

describe('structureProblems', () => {
  it.each(validConfigs())('accepts the valid config: %s', (_what, c) => {
    expect(validateConfig(c).problems).toEqual([]);
    expect(structureProblems(c)).toEqual([]);
  });

  // the two demo pages and the integrations fixture (the gate fixture pages are generated from one config)
  it('finds the pages configs', () => expect(pageConfigs().length).toBeGreaterThanOrEqual(3));

  it(`finds a problem in each of the ${malformed.length} malformed configs`, () => {
    expect(malformed.length).toBeGreaterThanOrEqual(86);
    const missed = malformed.filter(([, change]) => {
      const c: Cfg = config();
      const replaced = change(c);
      return structureProblems(replaced === undefined ? c : replaced).length == 0;
    });
    expect(missed.map(([what]) => what)).toEqual([]);
  });

  it('names the place of each problem as validateConfig does', () => {
    for (const [what, change, path] of malformed) {
      const c: Cfg = config();
      const replaced = change(c);
      const paths = structureProblems(replaced === undefined ? c : replaced).map((p) => p.path);
      expect(paths, what).toContain(path);
    }
  });

  it('reports unknown keys, missing keys and duplicates tersely', () => {
    const c: Cfg = config();
    c.purposes[P.marketing].id = 'analytics';
    c.purposes[P.analytics].retension = 'x';
    delete c.policy.version;
    expect(structureProblems(c)).toEqual([
      { path: 'policy.version', message: 'is required' },
      { path: 'purposes[2].retension', message: 'unknown key' },
      { path: 'purposes[3].id', message: 'duplicate' },
    ]);
  });

  it('never crashes on hostile shapes and never takes inherited names for known keys', () => {
    for (const bad of [
      undefined,
      null,
      0,
      'x',
      true,
      [],
      () => 1,
      { purposes: [null, 1, [], 'a'] },
      { purposes: [{ id: {}, kind: [], necessity: null, title: { __proto__: 'x' } }] },
      { controller: [], policy: 1, purposes: {} },
    ])
      expect(structureProblems(bad).length).toBeGreaterThan(0);
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', ' ']) {
      const c = JSON.parse(JSON.stringify(config()));
      Object.defineProperty(c, key, { value: { x: 1 }, enumerable: true });
      expect(structureProblems(c)).toContainEqual({ path: key, message: 'unknown key' });
      const p = JSON.parse(JSON.stringify(config()));
      Object.defineProperty(p.purposes[0], key, { value: 'x', enumerable: true });
      expect(structureProblems(p)).toContainEqual({ path: `purposes[0].${key}`, message: 'unknown key' });
    }
  });

  it('refuses a number where an id or cookie name must be a string', () => {
    const c: Cfg = config();
    c.purposes[P.analytics].id = 7;
    c.cookie.name = 12;
    expect(structureProblems(c).map((p) => p.path)).toEqual(['purposes[2].id', 'cookie.name']);
  });
});
