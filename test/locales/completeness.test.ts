// @vitest-environment node
// Every built-in locale has every string the English source has, with the same {slots}: the widget
// (src/ui/strings/<locale>.ts), the cookie guide and table (src/browsers/strings/<locale>.ts) and every
// vendor disclosure text (src/integrations/vendors). A key missing in any locale fails here.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locales';
import type { Localized } from '../../src/core/types';
import { VENDORS } from '../../src/integrations/vendors/index';

type Tree = { [key: string]: string | Tree };
const root = new URL('../../src/', import.meta.url);
/** Every locale module in a strings folder, by its file name (the locale); a folder's index.ts holds its types. */
async function load(dir: string): Promise<{ [locale: string]: unknown }> {
  const out: { [locale: string]: unknown } = {};
  for (const f of readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.ts') && f != 'index.ts'))
    out[f.slice(0, -3)] = await import(new URL(dir + f, root).pathname);
  return out;
}
let ui: { [locale: string]: unknown } = {};
let guide: { [locale: string]: unknown } = {};
beforeAll(async () => {
  ui = await load('ui/strings/');
  guide = await load('browsers/strings/');
});
const file = (mods: { [locale: string]: unknown }, _dir: string, l: string) => mods[l];

/** `[path, text]` for every string leaf. */
function leaves(t: Tree, at = ''): [string, string][] {
  return Object.keys(t).flatMap(
    (k) => (typeof t[k] == 'string' ? [[at + k, t[k] as string]] : leaves(t[k] as Tree, at + k + '.')) as [string, string][],
  );
}
const slots = (s: string) => (s.match(/\{\w+\}/g) || []).sort();

/** Same keys as English, each a non-empty string with exactly English's slots. */
function sameShape(en: Tree, other: Tree): string[] {
  const problems: string[] = [];
  const mine = new Map(leaves(other));
  for (const [path, text] of leaves(en)) {
    const t = mine.get(path);
    if (typeof t != 'string' || !t.trim()) problems.push(`${path}: missing`);
    else if (slots(t).join() != slots(text).join())
      problems.push(`${path}: slots ${slots(t).join() || 'none'}, English has ${slots(text).join() || 'none'}`);
    mine.delete(path);
  }
  for (const path of mine.keys()) problems.push(`${path}: not in English`);
  return problems;
}

/** French puts a no-break space before : ; ? ! and inside « » (a plain space lets the line break there). */
function frenchSpacing(t: Tree): string[] {
  return leaves(t)
    .filter(([, s]) => / [:;?!»]|« /.test(s))
    .map(([p]) => `${p}: plain space where French needs a no-break space`);
}

describe.each(LOCALES)('%s', (locale) => {
  it('widget: every key of en.ts, with its slots', () => {
    const en = file(ui, 'ui/strings', 'en') as { banner: Tree; more: Tree };
    const mod = file(ui, 'ui/strings', locale) as { banner: Tree; more: Tree } | undefined;
    expect(mod, `src/ui/strings/${locale}.ts`).toBeDefined();
    expect([...sameShape(en.banner, mod!.banner), ...sameShape(en.more, mod!.more)]).toEqual([]);
    if (locale == 'fr') expect([...frenchSpacing(mod!.banner), ...frenchSpacing(mod!.more)]).toEqual([]);
  });

  it('widget: the first-layer and dialog tables share no key (they are merged, so one would hide the other)', () => {
    const mod = file(ui, 'ui/strings', locale) as { banner: Tree; more: Tree };
    expect(Object.keys(mod.banner).filter((k) => k in mod.more)).toEqual([]);
  });

  it('cookie guide and table: every key of the English strings, with their slots', () => {
    const en = file(guide, 'browsers/strings', 'en') as { guide: Tree; table: Tree };
    const mod = file(guide, 'browsers/strings', locale) as { guide: Tree; table: Tree } | undefined;
    expect(mod, `src/browsers/strings/${locale}.ts`).toBeDefined();
    expect([...sameShape(en.guide, mod!.guide), ...sameShape(en.table, mod!.table)]).toEqual([]);
    if (locale == 'fr') expect([...frenchSpacing(mod!.guide), ...frenchSpacing(mod!.table)]).toEqual([]);
  });

  it('is translated: few strings are left the same as English', () => {
    if (locale == 'en') return;
    const same = (en: Tree, other: Tree) => {
      const o = new Map(leaves(other));
      // short labels may be the same word (OK, SMS, Android, Optional, Details, Cookie)
      return leaves(en)
        .filter(([p, s]) => s.length > 10 && o.get(p) == s)
        .map(([p]) => p);
    };
    const enUi = file(ui, 'ui/strings', 'en') as { banner: Tree; more: Tree };
    const enGuide = file(guide, 'browsers/strings', 'en') as { guide: Tree; table: Tree };
    const u = file(ui, 'ui/strings', locale) as { banner: Tree; more: Tree };
    const g = file(guide, 'browsers/strings', locale) as { guide: Tree; table: Tree };
    expect([
      ...same(enUi.banner, u.banner),
      ...same(enUi.more, u.more),
      ...same(enGuide.guide, g.guide),
      ...same(enGuide.table, g.table),
    ]).toEqual([]);
  });
});

describe('no locale files beyond the built-in list', () => {
  it('has exactly one widget and one guide module per locale', () => {
    const names = (mods: object) => Object.keys(mods).sort();
    expect(names(ui)).toEqual([...LOCALES].sort());
    expect(names(guide)).toEqual([...LOCALES].sort());
  });
});

describe('vendor disclosures', () => {
  /** Every localized value of a disclosure, with where it is. */
  function texts(d: (typeof VENDORS)[keyof typeof VENDORS]['disclosure']): [string, Localized][] {
    const out: [string, Localized][] = [];
    for (const k of ['recipient', 'country', 'purpose', 'retention', 'timing', 'method'] as const) out.push([k, d[k]]);
    d.items.forEach((v, i) => out.push([`items[${i}]`, v]));
    d.cookies.forEach((c) => out.push([`cookies.${c.name}.lifetime`, c.lifetime!], [`cookies.${c.name}.description`, c.description!]));
    return out;
  }

  it.each(Object.keys(VENDORS))('%s: every text in every locale, nothing extra', (name) => {
    const problems: string[] = [];
    for (const [path, v] of texts(VENDORS[name as keyof typeof VENDORS].disclosure)) {
      if (typeof v != 'object' || !v) {
        problems.push(`${path}: not localized`);
        continue;
      }
      for (const l of LOCALES) if (typeof v[l] != 'string' || !v[l].trim()) problems.push(`${path}: ${l} missing`);
      for (const k of Object.keys(v)) if (!(LOCALES as readonly string[]).includes(k)) problems.push(`${path}: unknown locale ${k}`);
      // a number in the English text (90 days, 13 months, 365) is in every translation
      for (const n of (v.en || '').match(/\d+/g) || [])
        for (const l of LOCALES) if (!(v[l] || '').includes(n)) problems.push(`${path}: ${l} lacks ${n}`);
    }
    expect(problems).toEqual([]);
  });
});
