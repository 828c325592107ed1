import { describe, it, expect, afterEach } from 'vitest';
import { render, cleanup, fireEvent } from '@testing-library/preact';
import {
  CookieGuide,
  CookieTable,
  cookieRows,
  guides,
  mountCookieGuide,
  mountCookieTable,
  tasksFromAttribute,
} from '../../src/browsers/index';
import { validateGuideConfig } from '../../src/browsers/config';
import type { DetectedBrowser, GuideTask, Step } from '../../src/browsers/types';
import type { ConsentConfig } from '../../src/core/types';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const chromeAndroid: DetectedBrowser = { browser: 'chrome', platform: 'android', version: '131', engine: 'blink' };
const allDetails = (c: ParentNode) => [...c.querySelectorAll('details')] as HTMLDetailsElement[];
const stepText = (step: Step, lang: 'en' | 'ko', site: string) => step.map((p) => p.label[lang].replace('{site}', site));
const norm = (s: string | null) => (s || '').replace(/\s+/g, ' ').trim();

describe('CookieGuide', () => {
  it('opens the detected browser first and keeps every other browser closed', () => {
    const { container } = render(<CookieGuide locale="en" detected={chromeAndroid} site="shop.example" />);
    const details = allDetails(container);
    expect(details[0].dataset.guide).toBe('chrome-android');
    expect(details[0].open).toBe(true);
    expect(details[0].querySelector('summary')!.textContent).toContain('Your browser');
    expect(details.slice(1).every((d) => !d.open)).toBe(true);
    // every browser guide is reachable: the detected one plus the others, plus the in-app group
    const shown = details.map((d) => d.dataset.guide);
    for (const g of guides.browsers) expect(shown).toContain(g.id);
    expect(shown.filter((id) => id === 'chrome-android')).toHaveLength(1);
    // same-platform guides come right after the detected one
    expect(shown[1]).toBe('edge-mobile');
  });

  it('for an in-app browser, says how to leave the app, then shows the system browser’s steps, both open', () => {
    const { container } = render(
      <CookieGuide locale="ko" detected={{ browser: 'safari', platform: 'ios', inApp: 'kakaotalk', engine: 'webkit' }} />,
    );
    const [app, browser] = allDetails(container);
    expect(app.dataset.guide).toBe('inapp-kakaotalk');
    expect(app.open && browser.open).toBe(true);
    expect(browser.dataset.guide).toBe('safari-ios');
    expect(app.textContent).toContain('카카오톡 안에서');
    const open = guides.inApp.find((a) => a.id === 'kakaotalk')!.open.ios;
    expect(norm(app.querySelector('ol li')!.textContent)).toBe(stepText(open[0], 'ko', '').join(', › '));
    expect(app.textContent).toContain('iPhone·iPad용 Safari의 방법을 따라 주세요');
    // the badge is on the app, not repeated on the browser
    expect(browser.querySelector('.cg-badge')).toBeNull();
  });

  it('says so when the browser is unknown, and opens nothing', () => {
    const { container, getByText } = render(<CookieGuide locale="en" detected={{ browser: 'other', platform: 'desktop' }} />);
    expect(getByText(/could not tell which browser/)).toBeTruthy();
    expect(allDetails(container).some((d) => d.open)).toBe(false);
    expect(allDetails(container)).toHaveLength(guides.browsers.length + 1);
  });

  it('renders every step of every task of every browser, in order, with {site} filled in', () => {
    for (const lang of ['en', 'ko'] as const) {
      const { container, unmount } = render(<CookieGuide locale={lang} detected={chromeAndroid} site="shop.example" />);
      for (const g of guides.browsers) {
        const box = container.querySelector(`details[data-guide="${g.id}"]`)!;
        for (const [task, tg] of Object.entries(g.tasks)) {
          const block = box.querySelector(`[data-task="${task}"]`)!;
          expect(block, `${g.id}.${task}`).toBeTruthy();
          const items = [...block.querySelectorAll('ol.cg-steps > li')];
          expect(items, `${g.id}.${task}`).toHaveLength(tg.steps.length);
          tg.steps.forEach((step, i) => {
            const text = norm(items[i].textContent);
            let from = 0;
            for (const label of stepText(step, lang, 'shop.example')) {
              const at = text.indexOf(label, from);
              expect(at, `${g.id}.${task}[${i}] "${label}" in "${text}"`).toBeGreaterThanOrEqual(from);
              from = at + label.length;
            }
            expect(text).not.toContain('{site}');
          });
          if (tg.note) expect(block.textContent).toContain(tg.note[lang]);
          if (tg.shortcut) expect(block.querySelector('code')!.textContent).toBe(tg.shortcut);
        }
      }
      unmount();
    }
  });

  it('links each browser’s official help page over https, in a new tab, with a spoken hint', () => {
    const { container } = render(<CookieGuide locale="ko" detected={chromeAndroid} />);
    const links = [...container.querySelectorAll('a')];
    expect(links).toHaveLength(guides.browsers.length);
    for (const a of links) {
      const url = new URL(a.getAttribute('href')!);
      expect(url.protocol).toBe('https:');
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.querySelector('.cg-vh')!.textContent).toContain('새 탭에서 열림');
    }
    // Korean pages where the vendor has them
    expect(container.querySelector('details[data-guide="chrome-android"] a')!.getAttribute('href')).toContain('hl=ko');
  });

  it('uses native disclosures: summary first in details, focusable, toggled by activation', () => {
    const { container } = render(<CookieGuide locale="en" detected={chromeAndroid} />);
    for (const d of allDetails(container)) {
      const summary = d.firstElementChild as HTMLElement;
      expect(summary.tagName).toBe('SUMMARY');
      expect(summary.hasAttribute('tabindex')).toBe(false);
      expect(norm(summary.textContent)).not.toBe('');
    }
    // Enter and Space on a focused <summary> activate it like a click (HTML spec); happy-dom has no key
    // activation, so the click path is checked here and the real keys in test/e2e/guide.spec.ts.
    const firefox = container.querySelector('details[data-guide="firefox-desktop"]') as HTMLDetailsElement;
    fireEvent.click(firefox.querySelector('summary')!);
    expect(firefox.open).toBe(true);
    fireEvent.click(firefox.querySelector('summary')!);
    expect(firefox.open).toBe(false);
  });

  it('speaks Korean and English, dates via Intl, and takes string overrides', () => {
    const ko = render(<CookieGuide locale="ko-KR" detected={chromeAndroid} />);
    expect(ko.container.querySelector('h2')!.textContent).toBe('브라우저에서 쿠키 관리하기');
    expect(ko.container.textContent).toContain('서드 파티 쿠키 차단');
    expect(ko.container.textContent).toContain('2026년 11월 23일 기준');
    expect(ko.container.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-23');
    ko.unmount();
    const en = render(<CookieGuide locale="en-US" detected={chromeAndroid} strings={{ title: 'Cookie help' }} />);
    expect(en.container.querySelector('h2')!.textContent).toBe('Cookie help');
    expect(en.container.textContent).toContain('As of November 23, 2026');
    expect(en.container.textContent).toContain('Block third-party cookies');
    en.unmount();
    // an unsupported locale falls back to Korean, the first market
    const it = render(<CookieGuide locale="it" detected={chromeAndroid} />);
    expect(it.container.querySelector('h2')!.textContent).toBe('브라우저에서 쿠키 관리하기');
  });

  it('marks Internet Explorer as retired, with the date', () => {
    const { container } = render(<CookieGuide locale="en" detected={{ browser: 'ie', platform: 'desktop', version: '11.0' }} />);
    const ie = allDetails(container)[0];
    expect(ie.dataset.guide).toBe('ie');
    expect(ie.querySelector('summary')!.textContent).toContain('Retired');
    expect(ie.textContent).toContain('Support for this browser ended on June 15, 2022');
    // legacy sorts last among the others when it is not the visitor's
    const other = render(<CookieGuide locale="en" detected={chromeAndroid} />);
    expect(allDetails(other.container).at(-2)!.dataset.guide).toBe('ie');
  });

  it('shows only the tasks asked for, in that order', () => {
    const tasks: GuideTask[] = ['deleteAll', 'deleteSite'];
    const { container } = render(<CookieGuide locale="en" detected={chromeAndroid} tasks={tasks} />);
    const first = allDetails(container)[0];
    expect([...first.querySelectorAll('[data-task]')].map((e) => (e as HTMLElement).dataset.task)).toEqual(tasks);
  });

  it('never renders override strings or the site name as HTML', () => {
    const { container } = render(
      <CookieGuide locale="en" detected={chromeAndroid} site={'<img src=x onerror=alert(1)>'} strings={{ title: '<b id="x">hi</b>' }} />,
    );
    expect(container.querySelector('img, #x')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('heading levels follow headingLevel', () => {
    const { container } = render(<CookieGuide locale="en" detected={chromeAndroid} headingLevel={3} />);
    expect(container.querySelector('section > h3')!.textContent).toBe('Managing cookies in your browser');
    expect(container.querySelector('section > h4')!.textContent).toBe('Other browsers');
    expect(container.querySelector('details[open] h4')).toBeTruthy();
    expect(container.querySelector('li details h5')).toBeTruthy();
  });

  it('can leave out its title (under a disclosure that already names it); sections then start at headingLevel', () => {
    const { container } = render(<CookieGuide locale="en" detected={chromeAndroid} headingLevel={3} title={false} />);
    expect(container.textContent).not.toContain('Managing cookies in your browser');
    expect(container.querySelector('section > h3')!.textContent).toBe('Other browsers');
    expect(container.querySelector('details[open] h3')!.textContent).toBe('Block third-party cookies');
    expect(container.querySelector('li details h4')).toBeTruthy();
  });
});

const config: Pick<ConsentConfig, 'purposes'> & { controller: ConsentConfig['controller'] } = {
  controller: { name: { ko: '예시 주식회사', en: 'Example Co.' }, contact: 'privacy@example.com' },
  purposes: [
    {
      id: 'essential',
      necessity: 'notice',
      kind: 'service',
      title: { ko: '필수 쿠키', en: 'Essential cookies' },
      cookies: [{ name: 'sid', party: 'first', lifetime: { ko: '브라우저 종료 시', en: 'until the browser closes' } }],
    },
    {
      id: 'analytics',
      necessity: 'optional',
      kind: 'analytics',
      title: { ko: '이용 통계 분석', en: 'Usage statistics' },
      cookies: [
        {
          name: '_ga',
          party: 'third',
          provider: 'Google',
          lifetime: { ko: '2년', en: '2 years' },
          description: { ko: '방문자 구분', en: 'Tells visitors apart' },
        },
        { name: '_ga_*', party: 'third', provider: 'Google', lifetime: { ko: '2년', en: '2 years' } },
      ],
    },
    { id: 'marketing', necessity: 'optional', kind: 'marketing', title: 'Marketing' },
  ],
};

describe('CookieTable', () => {
  it('lists every cookie with its purpose, lifetime, party and provider, localized', () => {
    const { container } = render(<CookieTable config={config} locale="ko" />);
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent)));
    expect(rows).toEqual([
      ['consentry', '쿠키 설정 등 동의 선택 기억', '365일', '자사(이 사이트)', '예시 주식회사'],
      ['sid', '필수 쿠키', '브라우저 종료 시', '자사(이 사이트)', '예시 주식회사'],
      ['_ga', '이용 통계 분석방문자 구분', '2년', '제3자', 'Google'],
      ['_ga_*', '이용 통계 분석', '2년', '제3자', 'Google'],
    ]);
    expect(container.querySelector('caption')!.textContent).toBe('이 사이트가 사용하는 쿠키');
    expect([...container.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(container.querySelector('tbody th')!.getAttribute('scope')).toBe('row');
    // scrollable on narrow screens, and reachable by keyboard to scroll
    const region = container.querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toBe('이 사이트가 사용하는 쿠키');
  });

  it('speaks English too', () => {
    const { container } = render(<CookieTable config={config} locale="en" />);
    const [own, sid] = [...container.querySelectorAll('tbody tr')].map((tr) => norm(tr.textContent));
    expect(own).toBe('consentryRemembers your consent and cookie choices365 daysThis site (first party)Example Co.');
    expect(sid).toBe('sidEssential cookiesuntil the browser closesThis site (first party)Example Co.');
  });

  it('lists consentry’s own cookie under its configured name and lifetime, once, unless told not to', () => {
    const custom = { ...config, cookie: { name: 'gn_consent', expiresDays: 180 } };
    expect(cookieRows(custom, 'ko')[0]).toMatchObject({ name: 'gn_consent', lifetime: '180일', party: 'first', provider: '예시 주식회사' });
    expect(cookieRows(custom, 'en', false).map((r) => r.name)).toEqual(['sid', '_ga', '_ga_*']);
    // a purpose that lists it already: no second row
    const listed = {
      ...config,
      purposes: [{ ...config.purposes[0], cookies: [{ name: 'consentry', party: 'first' as const, lifetime: '1 year' }] }],
    };
    expect(cookieRows(listed, 'en').map((r) => r.name)).toEqual(['consentry']);
    const { container } = render(<CookieTable config={config} locale="en" own={false} />);
    expect(container.querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('tolerates a bad or empty config instead of throwing', () => {
    const junk = {
      purposes: [
        null,
        'x',
        { id: 'a', title: 'A', cookies: 'nope' },
        { id: 'b', title: 'B', cookies: [null, { party: 'first' }, { name: '', lifetime: 'x' }, { name: 'ok', lifetime: 5 }] },
      ],
    } as unknown as ConsentConfig;
    expect(cookieRows(junk, 'en', false)).toEqual([
      { name: 'ok', purposeId: 'b', purpose: 'B', description: '', lifetime: '', party: 'first', provider: '' },
    ]);
    // a junk cookie section falls back to consentry's defaults for its own row
    const odd = { ...junk, cookie: { name: 5, expiresDays: -1 } } as unknown as ConsentConfig;
    expect(cookieRows(odd, 'en')[0]).toMatchObject({ name: 'consentry', lifetime: '365 days' });
    const { container } = render(<CookieTable config={{ purposes: 'bad' } as unknown as ConsentConfig} locale="en" own={false} />);
    expect(container.textContent).toBe('This site lists no cookies.');
    expect(container.querySelector('table')).toBeNull();
  });

  it('renders cookie names and texts as text, never HTML', () => {
    const evil = {
      purposes: [
        {
          id: 'x',
          necessity: 'optional',
          kind: 'analytics',
          title: '<i id="t">T</i>',
          cookies: [{ name: '<img src=x onerror=alert(1)>', party: 'third', lifetime: '<b>1</b>' }],
        },
      ],
    } as ConsentConfig;
    const { container } = render(<CookieTable config={evil} locale="en" />);
    expect(container.querySelector('img, #t, td b')).toBeNull();
    expect(container.querySelector('tr[data-purpose-id="x"] code')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('mountCookieGuide / mountCookieTable', () => {
  it('renders into an element in the language of the nearest lang attribute, and cleans up', () => {
    document.body.innerHTML = '<main lang="en"><div id="g"></div></main>';
    const el = document.getElementById('g')!;
    const m = mountCookieGuide(el, { detected: chromeAndroid });
    expect(el.querySelector('h2')!.textContent).toBe('Managing cookies in your browser');
    expect(el.querySelector('details[open]')!.getAttribute('data-guide')).toBe('chrome-android');
    m.destroy();
    expect(el.innerHTML).toBe('');
  });

  it('an explicit locale wins over lang; mounting again replaces the first render', () => {
    document.body.innerHTML = '<div lang="en" id="g"></div>';
    const el = document.getElementById('g')!;
    mountCookieGuide(el, { detected: chromeAndroid });
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'ko' });
    expect(el.querySelectorAll('section.cg')).toHaveLength(1);
    expect(el.querySelector('h2')!.textContent).toBe('브라우저에서 쿠키 관리하기');
  });

  it('can render into an open shadow root with its own stylesheet', () => {
    document.body.innerHTML = '<div id="g"></div>';
    const el = document.getElementById('g')!;
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'en', shadow: true });
    expect(el.children).toHaveLength(0);
    const root = el.shadowRoot!;
    expect(root.querySelector('section.cg')).toBeTruthy();
    const hasSheet = (root.adoptedStyleSheets?.length ?? 0) > 0 || !!root.querySelector('style');
    expect(hasSheet).toBe(true);
  });

  it('adds the light-DOM stylesheet to the document once, honouring styles: false', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    const guideSheets = () =>
      document.adoptedStyleSheets.filter((sh) => [...sh.cssRules].some((r) => r.cssText.startsWith('.cg'))).length +
      [...document.querySelectorAll('style')].filter((st) => st.textContent!.includes('.cg{')).length;
    mountCookieGuide(document.getElementById('a')!, { detected: chromeAndroid, locale: 'en' });
    mountCookieTable(document.getElementById('b')!, { config, locale: 'en' });
    expect(guideSheets()).toBe(1);
    const el = document.createElement('div');
    document.body.appendChild(el);
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'en', shadow: true, styles: false });
    expect(el.shadowRoot!.querySelector('section.cg')).toBeTruthy();
    expect((el.shadowRoot!.adoptedStyleSheets?.length ?? 0) + el.shadowRoot!.querySelectorAll('style').length).toBe(0);
  });

  it('rejects a mount target that is not an element', () => {
    expect(() => mountCookieGuide(null as unknown as Element)).toThrow(/DOM element/);
    expect(() => mountCookieTable({} as Element, { config })).toThrow(/DOM element/);
  });

  it('mountCookieTable renders the table', () => {
    document.body.innerHTML = '<div id="t" lang="ko"></div>';
    mountCookieTable(document.getElementById('t')!, { config });
    expect(document.querySelectorAll('#t tbody tr')).toHaveLength(4);
    expect(document.querySelector('#t caption')!.textContent).toBe('이 사이트가 사용하는 쿠키');
  });

  it("mountCookieTable speaks the config's locale, as the banner does, over the page's lang", () => {
    document.body.innerHTML = '<div id="t" lang="ko"></div><div id="u" lang="ko"></div>';
    mountCookieTable(document.getElementById('t')!, { config: { ...config, locale: 'en' } });
    expect(document.querySelector('#t caption')!.textContent).toBe('Cookies this site uses');
    // 'auto' leaves it to the page (the control)
    mountCookieTable(document.getElementById('u')!, { config: { ...config, locale: 'auto' } });
    expect(document.querySelector('#u caption')!.textContent).toBe('이 사이트가 사용하는 쿠키');
  });
});

describe('config and attributes', () => {
  it('reads task lists from the embed attribute, dropping unknown names', () => {
    expect(tasksFromAttribute('deleteSite deleteAll')).toEqual(['deleteSite', 'deleteAll']);
    expect(tasksFromAttribute('blockAll,nope')).toEqual(['blockAll']);
    expect(tasksFromAttribute('')).toBeUndefined();
    expect(tasksFromAttribute(null)).toBeUndefined();
  });

  it('validates the guide config section', () => {
    expect(validateGuideConfig(undefined)).toEqual([]);
    expect(validateGuideConfig({ url: '/privacy#cookies', tasks: ['deleteAll'] })).toEqual([]);
    expect(validateGuideConfig({ url: 'https://example.com/cookies' })).toEqual([]);
    expect(validateGuideConfig('x')).toEqual([{ path: 'guide', message: 'expected an object' }]);
    const bad = validateGuideConfig({ url: 'java\nscript:alert(1)', tasks: ['deleteAll', 'eatCookies'], color: 'red' });
    expect(bad.map((p) => p.path).sort()).toEqual(['guide.color', 'guide.tasks[1]', 'guide.url']);
    for (const url of ['http://example.com', '//evil.example', 'data:text/html,x', ' javascript:alert(1)', '', 7]) {
      expect(
        validateGuideConfig({ url }).map((p) => p.path),
        String(url),
      ).toEqual(['guide.url']);
    }
    expect(validateGuideConfig({ tasks: [] }).map((p) => p.path)).toEqual(['guide.tasks']);
  });
});

describe('embed attribute', () => {
  it('mountCookieGuide shows the tasks listed in data-consentry-guide unless options say otherwise', () => {
    document.body.innerHTML = '<div id="g" data-consentry-guide="deleteAll deleteSite"></div>';
    const el = document.getElementById('g')!;
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'en' });
    const tasksOf = () =>
      [...el.querySelector('details[open]')!.querySelectorAll('[data-task]')].map((e) => (e as HTMLElement).dataset.task);
    expect(tasksOf()).toEqual(['deleteAll', 'deleteSite']);
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'en', tasks: ['blockAll'] });
    expect(tasksOf()).toEqual(['blockAll']);
    el.setAttribute('data-consentry-guide', '');
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'en' });
    expect(tasksOf()).toEqual(['blockThirdParty', 'blockAll', 'deleteSite', 'deleteAll']);
  });

  it('takes the heading level from data-heading-level, ignoring junk', () => {
    document.body.innerHTML = '<div id="g" data-consentry-guide data-heading-level="3"></div>';
    const el = document.getElementById('g')!;
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'en' });
    expect(el.querySelector('section > h3')!.textContent).toBe('Managing cookies in your browser');
    el.setAttribute('data-heading-level', 'banana');
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'en' });
    expect(el.querySelector('section > h2')).toBeTruthy();
    el.setAttribute('data-heading-level', '99');
    mountCookieGuide(el, { detected: chromeAndroid, locale: 'en' });
    expect(el.querySelector('section > h5')).toBeTruthy();
  });
});

describe('CookieGuide in the six locales with loaded browser labels', () => {
  it('uses a browser’s own wording (scoped key) over the shared one, and the label’s own field over both', async () => {
    const { loadGuideStrings, stepLabels } = await import('../../src/browsers/index');
    await loadGuideStrings('es');
    const es = stepLabels.es;
    // Spanish Edge says "Borrar datos de exploración" where Chrome and the others say otherwise
    expect(es['edge|Clear browsing data']).toBeTruthy();
    expect(es['edge|Clear browsing data']).not.toBe(es['Clear browsing data']);
    const edge: DetectedBrowser = { browser: 'edge', platform: 'desktop', version: '131', engine: 'blink' };
    const { container } = render(<CookieGuide locale="es" detected={edge} site="shop.example" />);
    const first = allDetails(container)[0];
    expect(first.dataset.guide).toBe('edge-desktop');
    expect(first.textContent).toContain(es['edge|Clear browsing data']);
    expect(first.textContent).toContain(es.Settings || es['edge|Settings']);
    expect(first.textContent).not.toContain('Clear browsing data');
    // the help link is the vendor's Spanish page
    expect(first.querySelector('a')!.getAttribute('href')).toContain('/es-es/');
  });
});
