// The whole config check: one home for consentry/check and the debug build (src/embed/debug.ts).
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/check/index';
import { checkWhole, gateProblems } from '../../src/check/whole';
import { checkUiSection } from '../../src/ui/validate';
import { config } from '../core/fixtures';

// as src/embed/debug.ts runs it: the gate part checks google and blocking itself
const debug = (c: unknown) => checkWhole(c, (v) => checkUiSection(v), false);
const paths = (c: unknown) => debug(c).problems.map((p) => p.path);

describe("the debug build's whole check", () => {
  it('passes the valid fixture (positive control)', () => {
    expect(paths(config())).toEqual([]);
  });
  it('reports problems in the ui, receipts and guide sections by path', () => {
    const c = config({
      ui: { layuot: 'banner' },
      receipts: { endpoint: 'javascript:alert(1)', batchSize: 0 },
      guide: { url: 'http://x.example/', tasks: ['nope'] },
    });
    expect(paths(c)).toEqual(['ui.layuot', 'receipts.endpoint', 'receipts.batchSize', 'guide.url', 'guide.tasks[0]']);
  });
  it("leaves the gate's sections to the gate part, which finds their problems", () => {
    const c = config({ google: { measurementId: 'UA-1' }, blocking: { cleanup: 1 } });
    expect(paths(c)).toEqual([]);
    expect(gateProblems(c as never, ['analytics']).map((p) => p.path)).toEqual(['google.measurementId', 'blocking.cleanup']);
    expect(checkConfig(c).problems.map((p) => p.path)).toEqual(['google.measurementId', 'blocking.cleanup']);
  });
  it('does not check ui.strings names (the debug build does not carry the built-in texts); consentry/check does', () => {
    const c = config({ ui: { strings: { en: { agreeAl: 'Yes' } } } });
    expect(paths(c)).toEqual([]);
    expect(checkConfig(c).problems.map((p) => p.path)).toEqual(['ui.strings.en.agreeAl']);
  });
  it('gives the same warnings as consentry/check', () => {
    const c = config({ integrations: [{ vendor: 'meta-pixel', id: '1234567890123456', purpose: 'analytics' }] });
    expect(debug(c).warnings.length).toBeGreaterThan(0);
    expect(debug(c).warnings).toEqual(checkConfig(c).warnings);
  });
});
