// `integrations` as a config key: the core checks its shape and the purposes it names (validateConfig in
// development, structureProblems in production and the script tag, which then grants nothing); the debug
// build and `consentry check` add every vendor's own rules. The vendors' disclosures merged into the
// purposes, and receipts that name each purpose's vendors (valid against the published schema).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createConsent } from '../../src/core/consent';
import { validateConfig } from '../../src/core/validate';
import { structureProblems } from '../../src/core/structure';
import { boot } from '../../src/embed/boot';
import { checkWhole } from '../../src/check/whole';
import { checkUiSection } from '../../src/ui/validate';
import { checkConfig } from '../../src/check/index';
import { addVendorDisclosures } from '../../src/integrations/disclosures';
import { VENDORS } from '../../src/integrations/vendors/index';
import { buildReceiptSync } from '../../src/receipts/build';
import { noticeHashSync } from '../../src/receipts/notice';
import { toKantara } from '../../src/receipts/kantara';
import { configTextHashes } from '../../src/server/texts';
import { config as base } from '../core/fixtures';
import { agreedPage } from '../embed/agreed-page';
import type { ConsentConfig, DecisionEvent } from '../../src/core/types';

const good = [
  { vendor: 'meta-pixel', id: '1234567890123456', purpose: 'analytics' },
  { vendor: 'naver-analytics', id: '75bf1248432b84', purpose: 'analytics' },
  { vendor: 'youtube', purpose: ['analytics'] },
];
// three purposes: essential (required), terms (notice), analytics (optional)
const three = () => base({ mirror: false, purposes: base().purposes.slice(0, 3) });
const withList = (integrations: unknown): ConsentConfig => ({ ...three(), integrations }) as ConsentConfig;
const problems = (integrations: unknown) => validateConfig(withList(integrations)).problems.map((p) => `${p.path}: ${p.message}`);
const structure = (integrations: unknown) => structureProblems(withList(integrations)).map((p) => p.path);

describe('validateConfig (the core: shape and purposes, no vendor knowledge)', () => {
  it('accepts a good list and keeps it in the normalized config', () => {
    const r = validateConfig(withList(good));
    expect(r.problems).toEqual([]);
    expect(r.config!.integrations).toEqual(good);
    expect(problems([])).toEqual([]);
  });

  it('explains malformed entries and unknown purposes by path', () => {
    expect(problems({ vendor: 'meta-pixel' })).toEqual(['integrations: expected a list']);
    expect(problems(['meta-pixel'])).toEqual(['integrations[0]: expected an object']);
    expect(problems([{ id: '1', purpose: 'analytics' }])).toEqual(['integrations[0].vendor: is required']);
    expect(problems([{ vendor: 'meta-pixel', id: '1' }])).toEqual(['integrations[0].purpose: is required']);
    expect(problems([{ vendor: 'meta-pixel', purpose: [] }])).toEqual([
      'integrations[0].purpose: expected a purpose id or a non-empty list of them',
    ]);
    expect(problems([{ vendor: 'meta-pixel', purpose: ['analytics', 3] }])).toEqual([
      'integrations[0].purpose: expected a purpose id or a non-empty list of them',
    ]);
    expect(problems([{ vendor: 'meta-pixel', purpose: 'marketing' }])).toEqual([
      'integrations[0].purpose: unknown purpose "marketing" (purposes are "essential", "terms", "analytics")',
    ]);
    expect(problems([good[0], { vendor: 'hotjar', purpose: ['analytics', 'ads'] }])).toEqual([
      'integrations[1].purpose[1]: unknown purpose "ads" (purposes are "essential", "terms", "analytics")',
    ]);
    expect(problems([{ vendor: 'meta-pixel', purpose: 'analytics', pixel: '1' }])[0]).toMatch(/^integrations\[0\]\.pixel: unknown key/);
  });

  it('createConsent refuses such a config in development', () => {
    expect(() => createConsent(withList([{ vendor: 'meta-pixel', purpose: 'nope' }]), { crossTab: false, storage: 'memory' })).toThrow(
      /integrations\[0\]\.purpose/,
    );
  });
});

describe('structureProblems (production and the script tag)', () => {
  it('accepts what validateConfig accepts', () => {
    expect(structure(good)).toEqual([]);
    expect(structure([])).toEqual([]);
  });

  it.each([
    ['not a list', { vendor: 'x' }, ['integrations']],
    ['an entry that is not an object', [1], ['integrations[0]']],
    ['no vendor', [{ purpose: 'analytics' }], ['integrations[0].vendor']],
    ['a vendor that is not a string', [{ vendor: 7, purpose: 'analytics' }], ['integrations[0].vendor']],
    ['no purpose', [{ vendor: 'hotjar', id: '1' }], ['integrations[0].purpose']],
    ['an empty purpose list', [{ vendor: 'hotjar', purpose: [] }], ['integrations[0].purpose']],
    ['an unknown purpose', [{ vendor: 'hotjar', purpose: 'ads' }], ['integrations[0].purpose']],
    ['an unknown purpose in a list', [{ vendor: 'hotjar', purpose: ['analytics', 'ads'] }], ['integrations[0].purpose']],
    ['an id that is not a string', [{ vendor: 'hotjar', id: 1702278, purpose: 'analytics' }], ['integrations[0].id']],
    ['options that are not an object', [{ vendor: 'hotjar', purpose: 'analytics', options: 'x' }], ['integrations[0].options']],
  ])('refuses %s', (_what, list, paths) => {
    expect(structure(list)).toEqual(paths);
  });
});

describe('the production boot with a malformed integrations list', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    window.consentry?.destroy();
    delete window.consentry;
    vi.restoreAllMocks();
  });

  it('grants nothing, even with a stored agreement, and loads no part', async () => {
    const valid = three();
    await agreedPage(valid, { ...valid, integrations: [{ vendor: 'meta-pixel', id: '1234567890123456', purpose: 'ads' }] });
    boot({ config: structureProblems });
    expect(window.consentry!.error!.message).toMatch(/integrations\[0\]\.purpose/);
    expect(window.consentry!.isGranted('analytics')).toBe(false);
    expect(window.consentry!.integrations).toBeUndefined();
    expect(document.querySelectorAll('script[src]').length).toBe(0);
  });
});

describe('the full checks (debug build, consentry check) know every vendor', () => {
  it.each([
    ['debug build', (c: unknown) => checkWhole(c, (v) => checkUiSection(v), false)],
    ['checkConfig', (c: unknown) => checkConfig(c)],
  ])('%s: an unknown vendor, a bad id, an unknown purpose; warnings', (_name, run) => {
    const r = run(
      withList([
        { vendor: 'facebook', id: '1', purpose: 'analytics' },
        { vendor: 'meta-pixel', id: 'abc', purpose: 'analytics' },
        { vendor: 'hotjar', id: '1702278', purpose: 'ads' },
        { vendor: 'naver-analytics', id: '75bf1248432b84', purpose: 'essential' },
      ]),
    );
    const lines = r.problems.map((p) => `${p.path}: ${p.message}`);
    expect(
      lines.some((l) => /^integrations\[0\]\.vendor: .*"meta-pixel"/.test(l)),
      lines.join('\n'),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('integrations[1].id: '))).toBe(true);
    expect(lines).toContain('integrations[2].purpose: unknown purpose "ads" (purposes are "essential", "terms", "analytics")');
    // reported once, by the integrations module, not again by the core
    expect(lines.filter((l) => l.startsWith('integrations[2].purpose')).length).toBe(1);
    expect(r.warnings.map((w) => w.path)).toContain('integrations[3].purpose');
    expect(run(withList(good)).problems).toEqual([]);
  });
});

describe('addVendorDisclosures', () => {
  it('adds each vendor of a purpose as a recipient, an overseas transfer when abroad, and its cookie rows', () => {
    const c = validateConfig(withList(good)).config!;
    const before = c.purposes.find((p) => p.id == 'essential');
    const essential = structuredClone(before);
    addVendorDisclosures(c, VENDORS);
    const a = c.purposes.find((p) => p.id == 'analytics')!;
    expect(a.recipients!.map((r) => (r.name as { en: string }).en)).toEqual(['Meta Platforms, Inc.', 'NAVER Corp.', 'Google LLC']);
    // NAVER is in Korea, the controller's default jurisdiction: not a transfer abroad
    expect([].concat(a.transfer as never).map((x: { recipient: { en: string } }) => x.recipient.en)).toEqual([
      'Meta Platforms, Inc.',
      'Google LLC',
    ]);
    expect(a.cookies!.map((k) => k.name)).toEqual(expect.arrayContaining(['_fbp', 'wcs_bt']));
    expect(c.purposes.find((p) => p.id == 'essential')).toEqual(essential);
  });
});

describe('receipts name the vendors of each purpose', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const schema = ajv.compile(JSON.parse(readFileSync('src/receipts/receipt.schema.json', 'utf8')));
  const decision = (c: ConsentConfig): DecisionEvent =>
    ({
      at: Date.parse('2026-03-01T00:00:00Z'),
      method: 'banner',
      locale: 'en',
      snapshot: { subjectId: 'subject-0001', purposes: {}, gpc: false },
      changes: c.purposes.map((p) => ({ id: p.id, from: null, to: 'agree', state: { id: p.id, choice: 'agree', version: '1' } })),
    }) as unknown as DecisionEvent;

  it('lists the product names per purpose, valid against the schema, and in the Kantara mapping', () => {
    const c = validateConfig(withList(good)).config!;
    const r = buildReceiptSync(decision(c), c, { prev: null, id: '8d3b2f4e-1c2a-4b5d-9e6f-7a8b9c0d1e2f' });
    expect(r.purposes.map((p) => [p.id, p.vendors])).toEqual([
      ['essential', undefined],
      ['terms', undefined],
      ['analytics', ['Meta Pixel', 'NAVER Analytics', 'YouTube']],
    ]);
    expect(schema(r), JSON.stringify(schema.errors)).toBe(true);
    const k = toKantara([r], c);
    expect(JSON.stringify(k)).toContain('Meta Pixel');
  });

  it('a config without integrations makes the same receipt as before (no field)', () => {
    const c = validateConfig(three()).config!;
    const r = buildReceiptSync(decision(c), c, { prev: null, id: '8d3b2f4e-1c2a-4b5d-9e6f-7a8b9c0d1e2f' });
    expect(r.purposes.every((p) => !('vendors' in p))).toBe(true);
    expect(schema(r)).toBe(true);
  });

  it('the notice hash covers the vendors the visitor was shown', () => {
    const c = validateConfig(withList(good)).config!;
    const plain = noticeHashSync(c.purposes[2], 'en');
    addVendorDisclosures(c, VENDORS);
    expect(noticeHashSync(c.purposes[2], 'en')).not.toBe(plain);
  });

  it('the collector vouches for the notice texts as shown, vendors included', () => {
    const c = validateConfig(withList(good)).config!;
    const shown = structuredClone(c);
    addVendorDisclosures(shown, VENDORS);
    const hashes = configTextHashes(c);
    expect(hashes.has(noticeHashSync(shown.purposes[2], 'en'))).toBe(true);
    expect(hashes.has(noticeHashSync(c.purposes[2], 'en'))).toBe(false);
    // and in the other built-in locales: a receipt made on a German or Japanese page matches too
    for (const l of ['de', 'ja', 'zh-TW']) expect(hashes.has(noticeHashSync(shown.purposes[2], l))).toBe(true);
    // the operator's config itself is left as written
    expect(c.purposes[2].recipients).toBeUndefined();
  });
});
