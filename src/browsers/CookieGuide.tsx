import type { ComponentChildren, JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { pickPageLocale } from '../core/locales';
import { slotParts } from '../core/fmt';
import { detectBrowser } from './detect';
import { guides as defaultGuides } from './guides/index';
import { pickGuide } from './pick';
import { guideStrings, stepLabels, type GuideStrings } from './strings';
import { ensureStyles } from './styles';
import { allTasks } from './tasks';
import type { BrowserGuide, DetectedBrowser, GuideData, GuideTask, InAppGuide, Label, Step } from './types';

export interface CookieGuideProps {
  /**
   * A built-in locale or a tag like `de-AT` (anything else falls back to Korean). Korean and English are
   * always at hand; the other locales' strings must be loaded first (`loadGuideStrings`, which
   * `mountCookieGuide` does), English stands in until then.
   */
  locale?: string;
  /** The detection result to use; default `detectBrowser()`. */
  detected?: DetectedBrowser;
  /** Which tasks to show, in this order; default all four. */
  tasks?: GuideTask[];
  /** Overrides of any visitor-facing string. */
  strings?: Partial<GuideStrings>;
  /** Host name that replaces `{site}` in steps; default `location.hostname`. */
  site?: string;
  /** Level of the guide's title (2–5); sub-headings go one or two below. Default 2. */
  headingLevel?: number;
  /** Show the title heading (default true); without it, sub-headings start at `headingLevel`. */
  title?: boolean;
  /** Guide data; default the bundled `guides`. */
  data?: GuideData;
  /** Add the small stylesheet to the document or shadow root the guide renders in (default true). */
  styles?: boolean;
  /** CSP nonce for the fallback `<style>` element. */
  nonce?: string;
}

/** Splits a template at its `{slot}`s and puts the given values (text or elements) in their place. */
const fill = (template: string, slots: Record<string, ComponentChildren>): ComponentChildren[] => slotParts(template, slots);

function Heading({ level, children }: { level: number; children: ComponentChildren }) {
  const Tag = `h${Math.min(6, Math.max(1, level))}` as 'h2';
  return <Tag>{children}</Tag>;
}

interface Ctx {
  /**
   * A label of the guide data in the locale; English where the data has none in it (menu names as the
   * vendor's English help page gives them). `scope` is the browser or app whose wording a locale may give
   * apart from the others' (see `StepLabels`).
   */
  L(label: Label, scope?: string): string;
  s: GuideStrings;
  site: string;
  tasks: GuideTask[];
  date(iso: string): string;
}

function Steps({ steps, ctx }: { steps: Step[]; ctx: Ctx }) {
  return (
    <ol class="cg-steps">
      {steps.map((step) => (
        <li>
          {step.map((part, i) => {
            const text = ctx.L(part.label);
            const body =
              part.kind === 'menu' ? <b>{text}</b> : part.kind === 'option' ? <i>{text}</i> : <span>{fill(text, { site: ctx.site })}</span>;
            return [
              // screen readers hear a pause (the hidden comma) instead of "right-pointing angle"
              i > 0 && [<span class="cg-vh">,</span>, <span aria-hidden="true"> › </span>],
              body,
              part.when && <span class="cg-when"> ({ctx.L(part.when)})</span>,
            ];
          })}
        </li>
      ))}
    </ol>
  );
}

function Note({ note, ctx }: { note?: Label; ctx: Ctx }) {
  return note ? <p>{ctx.L(note)}</p> : null;
}

/** `ctx` with labels in the wording `scope` (a browser or an app) has in the locale. */
const scoped = (ctx: Ctx, scope: string): Ctx => ({ ...ctx, L: (label) => ctx.L(label, scope) });

function GuideBody({ guide, ctx: outer, level }: { guide: BrowserGuide; ctx: Ctx; level: number }) {
  const ctx = scoped(outer, guide.browser);
  const { s, L } = ctx;
  return (
    <div>
      {guide.retired && <p>{fill(s.retired, { date: <time dateTime={guide.retired}>{ctx.date(guide.retired)}</time> })}</p>}
      <Note note={guide.note} ctx={ctx} />
      {ctx.tasks.map((task) => {
        const tg = guide.tasks[task];
        if (!tg) return null;
        return (
          <div data-task={task}>
            <Heading level={level}>{s.tasks[task]}</Heading>
            {tg.steps.length > 0 && <Steps steps={tg.steps} ctx={ctx} />}
            {tg.shortcut && <p>{fill(s.shortcut, { url: <code>{tg.shortcut}</code> })}</p>}
            <Note note={tg.note} ctx={ctx} />
          </div>
        );
      })}
      <p class="cg-meta">
        <a href={L(guide.help)} target="_blank" rel="noopener noreferrer">
          {fill(s.help, { browser: L(guide.name) })}
          <span class="cg-vh"> {s.newTab}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
        <br />
        {fill(s.asOf, { date: <time dateTime={guide.asOf}>{ctx.date(guide.asOf)}</time> })}
      </p>
    </div>
  );
}

function Summary({ name, badge, legacy, ctx }: { name: string; badge?: boolean; legacy?: boolean; ctx: Ctx }) {
  return (
    <summary>
      {name}
      {badge && <span class="cg-badge">{ctx.s.yourBrowser}</span>}
      {legacy && <span class="cg-badge">{ctx.s.legacy}</span>}
    </summary>
  );
}

function InAppBody({ app, platform, then, ctx: outer }: { app: InAppGuide; platform: 'android' | 'ios'; then?: BrowserGuide; ctx: Ctx }) {
  const ctx = scoped(outer, app.id);
  const { s, L } = ctx;
  return (
    <div>
      <p>{fill(s.inAppNotice, { app: L(app.name) })}</p>
      <Steps steps={app.open[platform]} ctx={ctx} />
      <p>{s.inAppFallback}</p>
      {then && <p>{fill(s.inAppThen, { browser: outer.L(then.name, then.browser) })}</p>}
    </div>
  );
}

/**
 * How to block and delete cookies, for the visitor's browser first (open) and every other browser in a
 * list of native disclosures (`<details>`/`<summary>`: keyboard and screen readers need no script).
 */
export function CookieGuide(props: CookieGuideProps): JSX.Element {
  const locale = pickPageLocale([props.locale]);
  const own = stepLabels[locale] || {};
  const L = (label: Label, scope?: string) => label[locale as 'en'] || own[`${scope}|${label.en}`] || own[label.en] || label.en;
  const s: GuideStrings = { ...(guideStrings[locale] || guideStrings.en), ...props.strings };
  const data = props.data || defaultGuides;
  const detected = props.detected || detectBrowser();
  const { inApp, guide, others } = pickGuide(detected, data);
  // without its own title (e.g. under the dialog's disclosure button) the guide's sections start one level up
  const level = Math.min(5, Math.max(1, Math.round(props.headingLevel || 2))) - (props.title === false ? 1 : 0);
  const fmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const ctx: Ctx = {
    L,
    s,
    site: props.site || (typeof location !== 'undefined' && location.hostname) || s.thisSite,
    tasks: props.tasks || allTasks,
    date: (iso) => fmt.format(new Date(`${iso}T00:00:00Z`)),
  };
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (props.styles !== false && ref.current) ensureStyles(ref.current, props.nonce);
  }, []);
  const appPlatform = detected.platform === 'ios' ? 'ios' : 'android';

  return (
    <section class="cg" ref={ref}>
      {props.title !== false && <Heading level={level}>{s.title}</Heading>}
      <p>{guide || inApp ? s.intro : s.unknown}</p>
      {inApp && (
        <details open data-guide={`inapp-${inApp.id}`}>
          <Summary name={L(inApp.name, inApp.id)} badge ctx={ctx} />
          <InAppBody app={inApp} platform={appPlatform} then={guide} ctx={ctx} />
        </details>
      )}
      {guide && (
        <details open data-guide={guide.id}>
          <Summary name={L(guide.name, guide.browser)} badge={!inApp} legacy={guide.legacy} ctx={ctx} />
          <GuideBody guide={guide} ctx={ctx} level={level + 1} />
        </details>
      )}
      <Heading level={level + 1}>{s.others}</Heading>
      <ul class="cg-list">
        {others.map((g) => (
          <li>
            <details data-guide={g.id}>
              <Summary name={L(g.name, g.browser)} legacy={g.legacy} ctx={ctx} />
              <GuideBody guide={g} ctx={ctx} level={level + 2} />
            </details>
          </li>
        ))}
        <li>
          <details data-guide="inapp">
            <summary>{s.inAppOthers}</summary>
            {data.inApp.map((app) => (
              <div data-inapp={app.id}>
                <Heading level={level + 2}>{L(app.name, app.id)}</Heading>
                {(['android', 'ios'] as const).map((p) => (
                  <div>
                    <p>{s[p]}</p>
                    <Steps steps={app.open[p]} ctx={scoped(ctx, app.id)} />
                  </div>
                ))}
              </div>
            ))}
            <p>{s.inAppFallback}</p>
          </details>
        </li>
      </ul>
    </section>
  );
}
