// @vitest-environment node
import { describe, it, expect } from 'vitest';
import { guides, pickGuide, allTasks, detectBrowser } from '../../src/browsers/index';
import { guideChecks, inAppChecks } from '../../src/browsers/guides/checks';
import type { BrowserGuideId, Label, Step } from '../../src/browsers/types';
import { uaCorpus } from './ua-corpus';

const today = new Date().toISOString().slice(0, 10);
const confidences = ['official', 'secondary', 'unverified'];

function isIsoDate(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function expectLabel(l: Label | undefined, where: string) {
  expect(l, where).toBeDefined();
  for (const lang of ['en', 'ko'] as const) {
    expect(typeof l![lang], `${where}.${lang}`).toBe('string');
    expect(l![lang].trim(), `${where}.${lang}`).not.toBe('');
    expect(l![lang], `${where}.${lang} has no markup`).not.toMatch(/[<>]/);
  }
}

function expectSteps(steps: Step[], where: string) {
  steps.forEach((step, i) => {
    expect(step.length, `${where}[${i}] is an empty step`).toBeGreaterThan(0);
    step.forEach((part, j) => {
      expect(['menu', 'option', 'text'], `${where}[${i}][${j}].kind`).toContain(part.kind);
      expectLabel(part.label, `${where}[${i}][${j}]`);
      if (part.when) expectLabel(part.when, `${where}[${i}][${j}].when`);
      // the {site} slot is only filled in text parts; elsewhere it would show literally
      if (part.kind !== 'text') expect(part.label.en + part.label.ko, `${where}[${i}][${j}]`).not.toContain('{');
    });
  });
}

describe('browser guide data', () => {
  const ids = guides.browsers.map((g) => g.id);

  it('covers every browser and platform the issue lists, once each', () => {
    const wanted: BrowserGuideId[] = [
      'chrome-desktop',
      'chrome-android',
      'chrome-ios',
      'edge-desktop',
      'edge-mobile',
      'safari-macos',
      'safari-ios',
      'firefox-desktop',
      'firefox-android',
      'firefox-ios',
      'samsung',
      'whale-desktop',
      'whale-mobile',
      'opera-desktop',
      'ie',
    ];
    for (const id of wanted) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    // confidence marks exist only for real guides
    expect(Object.keys(guideChecks).sort()).toEqual([...ids].sort());
    expect(guides.browsers.find((g) => g.id === 'edge-mobile')!.platforms).toEqual(expect.arrayContaining(['android', 'ios']));
    expect(guides.browsers.find((g) => g.id === 'whale-mobile')!.platforms).toEqual(expect.arrayContaining(['android', 'ios']));
  });

  it('marks Internet Explorer 11, and only it, as legacy with a valid retirement date', () => {
    const legacy = guides.browsers.filter((g) => g.legacy);
    expect(legacy.map((g) => g.id)).toEqual(['ie']);
    expect(isIsoDate(legacy[0].retired)).toBe(true);
  });

  for (const g of guides.browsers) {
    describe(g.id, () => {
      it('has a name, notes and confidence marks in both languages', () => {
        expectLabel(g.name, `${g.id}.name`);
        if (g.note) expectLabel(g.note, `${g.id}.note`);
        const check = guideChecks[g.id]!;
        expect(check, `${g.id} has no confidence marks in its data file`).toBeDefined();
        expect(confidences).toContain(check.en);
        expect(confidences).toContain(check.ko);
        for (const [task, c] of Object.entries(check.tasks ?? {})) {
          expect(allTasks).toContain(task);
          for (const v of Object.values(c)) expect(confidences).toContain(v);
        }
        expect(g.platforms.length).toBeGreaterThan(0);
      });

      it('links an https help page that parses, per locale', () => {
        for (const lang of ['en', 'ko'] as const) {
          const url = new URL(g.help[lang]);
          expect(url.protocol).toBe('https:');
          expect(url.hostname).toMatch(/\./);
        }
      });

      it('has a valid as-of date that is not in the future', () => {
        expect(isIsoDate(g.asOf), g.asOf).toBe(true);
        expect(g.asOf <= today).toBe(true);
      });

      it.each(allTasks)('has steps (or an explained absence) for %s in ko and en', (task) => {
        const tg = g.tasks[task];
        expect(tg, task).toBeDefined();
        if (tg.unavailable) {
          expect(tg.steps).toEqual([]);
          expectLabel(tg.note, `${g.id}.${task}.note`);
        } else {
          expect(tg.steps.length, `${g.id}.${task}`).toBeGreaterThan(0);
          expectSteps(tg.steps, `${g.id}.${task}`);
        }
        if (tg.note) expectLabel(tg.note, `${g.id}.${task}.note`);
        if (tg.shortcut) expect(tg.shortcut).toMatch(/^(chrome|edge|whale|opera|about):[\w/#]+$/);
      });
    });
  }

  it('every browser can delete all cookies, and every one not limited to iOS has steps to block third-party cookies', () => {
    for (const g of guides.browsers) {
      expect(g.tasks.deleteAll.unavailable, g.id).toBeUndefined();
      if (!g.platforms.includes('ios') || g.platforms.length > 1) expect(g.tasks.blockThirdParty.unavailable, g.id).toBeUndefined();
    }
  });
});

describe('in-app browser data', () => {
  it('explains how to leave KakaoTalk, NAVER, Instagram, Facebook, LINE and generic WebViews on both platforms', () => {
    expect(guides.inApp.map((a) => a.id).sort()).toEqual(['facebook', 'instagram', 'kakaotalk', 'line', 'naver', 'webview']);
    for (const app of guides.inApp) {
      expectLabel(app.name, `${app.id}.name`);
      expect(confidences).toContain(inAppChecks[app.id].en);
      expect(isIsoDate(app.asOf)).toBe(true);
      for (const p of ['android', 'ios'] as const) {
        expect(app.open[p].length, `${app.id}.${p}`).toBeGreaterThan(0);
        expectSteps(app.open[p], `${app.id}.${p}`);
      }
    }
  });
});

describe('detection → guide', () => {
  it('finds a guide for the platform of every known browser in the UA corpus', () => {
    for (const c of uaCorpus) {
      const pick = pickGuide(detectBrowser(c.input), guides);
      if (c.expect.browser === 'other') {
        expect(pick.guide, c.name).toBeUndefined();
        continue;
      }
      expect(pick.guide, c.name).toBeDefined();
      if (c.expect.inApp) {
        expect(pick.inApp?.id, c.name).toBe(c.expect.inApp);
        // from an app the visitor opens the system browser: Safari on iOS, Chrome on Android
        if (c.expect.platform === 'ios') expect(pick.guide!.id).toBe('safari-ios');
        if (c.expect.platform === 'android') expect(pick.guide!.id).toBe('chrome-android');
      } else {
        expect(pick.guide!.browser, c.name).toBe(c.expect.browser);
      }
      expect(pick.guide!.platforms, c.name).toContain(c.expect.platform);
    }
  });

  it('lists every other guide once: same platform first, legacy last', () => {
    const pick = pickGuide({ browser: 'samsung', platform: 'android' }, guides);
    expect(pick.guide!.id).toBe('samsung');
    expect(pick.others).toHaveLength(guides.browsers.length - 1);
    expect(pick.others).not.toContain(pick.guide);
    const firstDesktopOnly = pick.others.findIndex((g) => !g.platforms.includes('android'));
    expect(pick.others.slice(firstDesktopOnly).every((g) => !g.platforms.includes('android'))).toBe(true);
    expect(pick.others[pick.others.length - 1].id).toBe('ie');
  });
});
