// The cookie guide in every built-in locale: each label the guides show (menu names, options, notes, help
// links) has a text in each locale, with the same {slots}, found the way the guide looks it up (the label's
// own field, then `<browser or app>|<English>`, then `<English>`); no stale entries; the confidence marks name
// only real guides (a guide without one is unverified).
import { describe, expect, it } from 'vitest';
import { browserGuides } from '../../src/browsers/guides/index';
import { inAppGuides } from '../../src/browsers/guides/inapp';
import type { Label } from '../../src/browsers/types';
import * as de from '../../src/browsers/strings/steps/de';
import * as es from '../../src/browsers/strings/steps/es';
import * as fr from '../../src/browsers/strings/steps/fr';
import * as ja from '../../src/browsers/strings/steps/ja';
import * as zhCN from '../../src/browsers/strings/steps/zh-CN';
import * as zhTW from '../../src/browsers/strings/steps/zh-TW';

const locales = { ja, 'zh-CN': zhCN, 'zh-TW': zhTW, de, fr, es } as const;

/** Every label object in the guide data, with the guide it belongs to. */
function labelsOf(): { label: Label; guide: string; scope: string }[] {
  const out: { label: Label; guide: string; scope: string }[] = [];
  const walk = (v: unknown, guide: string, scope: string): void => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.en == 'string' && typeof o.ko == 'string') out.push({ label: o as unknown as Label, guide, scope });
    else for (const k of Object.keys(o)) walk(o[k], guide, scope);
  };
  for (const g of browserGuides) walk(g, g.id, g.browser);
  for (const g of inAppGuides) walk(g, `inapp-${g.id}`, g.id);
  return out;
}

const slots = (s: string) => (s.match(/\{\w+\}/g) || []).sort();
const all = labelsOf();
const guideIds = [...new Set(all.map((l) => l.guide))];

describe.each(Object.entries(locales))('cookie guide labels in %s', (locale, mod) => {
  const text = (label: Label, scope: string) => label[locale as keyof Label] || mod.labels[`${scope}|${label.en}`] || mod.labels[label.en];

  it('has a text for every label the guides show, keeping its {slots}', () => {
    const missing = all.filter(({ label, scope }) => !text(label, scope)).map(({ label, scope }) => `${scope}|${label.en}`);
    expect([...new Set(missing)]).toEqual([]);
    for (const { label, scope } of all) {
      const t = text(label, scope);
      expect(t.trim(), label.en).not.toBe('');
      expect(slots(t), label.en).toEqual(slots(label.en));
    }
  });

  it('links help pages over https on the vendor’s own host', () => {
    for (const { label, scope } of all.filter(({ label }) => /^https?:/.test(label.en))) {
      const url = new URL(text(label, scope));
      expect(url.protocol, label.en).toBe('https:');
      expect(url.hostname, label.en).toBe(new URL(label.en).hostname);
    }
  });

  it('holds no entry the guides no longer use (a scoped key: one its browser or app uses)', () => {
    const used = new Set(all.flatMap(({ label, scope }) => [label.en, `${scope}|${label.en}`]));
    expect(Object.keys(mod.labels).filter((k) => !used.has(k))).toEqual([]);
  });

  it('marks how sure it is only for guides that exist, as official or secondary (one it leaves out is unverified)', () => {
    expect(Object.keys(mod.checked).filter((id) => !guideIds.includes(id))).toEqual([]);
    for (const c of Object.values(mod.checked)) expect(['official', 'secondary']).toContain(c);
  });
});
