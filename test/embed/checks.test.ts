// The debug build's full check covers every section the production tag leaves unchecked.
import { describe, expect, it } from 'vitest';
import { fullCheck } from '../../src/embed/checks';
import { config } from '../core/fixtures';

const paths = (c: unknown) => fullCheck(c).problems.map((p) => p.path);

describe("the debug build's full check", () => {
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
});
