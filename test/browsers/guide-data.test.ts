// @vitest-environment node
// The guide data, pinned: the guides are put together by small constructors (src/browsers/guides/build.ts and
// labels.ts), and a change to those must not change a single step, label or note a visitor sees. A deliberate
// change to the guides rewrites guide-data.json in the same commit: run this file with UPDATE_GUIDE_DATA=1,
// then `npx biome format --write test/browsers/guide-data.json`, and review the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guides } from '../../src/browsers/guides/index';

const file = new URL('./guide-data.json', import.meta.url);
if (process.env.UPDATE_GUIDE_DATA) writeFileSync(file, JSON.stringify(guides, null, 2) + '\n');
const pinned = JSON.parse(readFileSync(file, 'utf8'));

describe('cookie guide data', () => {
  const rows: [string, number][] = pinned.browsers.map((g: { id: string }, i: number) => [g.id, i]);
  it.each(rows)('%s is exactly the pinned guide', (_id, i) => {
    expect(guides.browsers[i]).toStrictEqual(pinned.browsers[i]);
  });

  it('has the pinned in-app guides, and no guide more or less', () => {
    expect(guides.inApp).toStrictEqual(pinned.inApp);
    expect(guides.browsers.map((g) => g.id)).toEqual(pinned.browsers.map((g: { id: string }) => g.id));
  });
});
