/**
 * dist/consentry.js — the script-tag bundle (IIFE). Reads the JSON config from
 * `<script type="application/json" id="consentry-config">`, validates it, creates the consent instance,
 * starts the gate, mounts the widget and exposes the instance as `window.consentry` (with `open()`).
 * A bad config logs ONE console.error listing every problem and leaves an inert `window.consentry`
 * that grants nothing, so the page keeps working.
 *
 * The first paint carries only the core, the gate and the plain-DOM banner; the preferences dialog, the
 * guardian step and the inline form are the on-demand part `ui` (Preact comes with them, see runtime.ts).
 */
import { ConfigError, type ConfigProblem } from '../core/errors';
import { createConsent } from '../core/consent';
import { validateConfig } from '../core/validate';
import type { Consent, ConsentConfig } from '../core/types';
import type { ConsentUI, MountOptions } from '../ui/types';
import { checkUiSection } from '../ui/validate';
import { createWidget, type Views } from '../ui/widget';
import { installRuntime, loadPart, scriptNonce } from './runtime';
import { stashDecision, mayHavePending } from '../receipts/stash';
import type { ReceiptsPart, ReceiptsPartApi } from './parts/receipts';
import { startEmbedGate } from '../gate/embed';

/** `window.consentry`: the consent instance, plus the widget's `open()` / `close()` and handle. */
export type ScriptConsent = Consent & { open(): void; close(): void; ui?: ConsentUI; error?: ConfigError };

installRuntime();

/** Reads and parses the config tag; pushes a problem and returns undefined when it is missing or not JSON. */
function readConfig(problems: ConfigProblem[]): Record<string, any> | undefined {
  const tag = document.getElementById('consentry-config');
  if (!tag) {
    problems.push({ path: '(config)', message: 'no <script type="application/json" id="consentry-config"> on the page' });
    return;
  }
  try {
    const config = JSON.parse(tag.textContent || '');
    if (config && typeof config == 'object' && !Array.isArray(config)) return config;
    problems.push({ path: '(config)', message: 'expected a JSON object' });
  } catch (e) {
    problems.push({ path: '(config)', message: `not valid JSON: ${(e as Error).message}` });
  }
}

/** What `window.consentry` is after a config error: nothing is granted, deciding fails, the page keeps working. */
function inert(error: ConfigError): ScriptConsent {
  const no = () => Promise.reject(error);
  const none = () => {};
  return {
    error,
    config: undefined as unknown as Consent['config'],
    ready: Promise.resolve(),
    get: () => undefined,
    snapshot: () => ({ purposes: {}, gpc: false }),
    isGranted: () => false,
    decide: no,
    agreeAll: no,
    disagreeAll: no,
    withdraw: no,
    needsDecision: () => false,
    pending: () => [],
    setAgeGroup: none,
    needsGuardian: () => false,
    recordGuardian: no,
    on: () => none,
    renewSubject: () => '',
    reset: () => Promise.resolve(),
    destroy: none,
    open: () => console.error(error.message),
    close: none,
  };
}

function start(): void {
  const w = window as unknown as { consentry?: ScriptConsent };
  const problems: ConfigProblem[] = [];
  const config = readConfig(problems);
  let consent: Consent | undefined;
  if (config) {
    const checked = validateConfig(config);
    problems.push(...checked.problems, ...checkUiSection(config.ui));
    if (checked.warnings.length) console.warn(new ConfigError(checked.warnings, 'consentry config: warnings').message);
    if (!problems.length) consent = createConsent(config as ConsentConfig);
  }
  const ui: MountOptions = { ...(config && config.ui), nonce: (config && config.ui && config.ui.nonce) || scriptNonce() };

  // Variables the blocks below can use: `config` (parsed JSON), `problems` (push config problems here,
  // before the check below), `consent` (the instance, once the config is valid), `ui` (the options for
  // the widget), `loadPart(name)` (on-demand parts), `scriptNonce()`.

  // <gate>
  // Synchronously, before the UI mounts: the google/blocking config checks and Google Consent Mode's default
  // (plus a returning visitor's stored choice). gtag.js, declarative blocking and cookie cleanup are the part
  // consentry-gate.js, loaded at once on pages that need it; `window.consentry.google` (pageView, gtag) and
  // `.gate` appear when it has started, and `window.consentry.whenGate()` resolves with them.
  const gated = config && startEmbedGate(config, consent, problems, ui.nonce || '', loadPart);
  if (consent && gated) Object.assign(consent, gated);
  // </gate>

  if (!consent || problems.length) {
    const error = new ConfigError(problems);
    console.error(`consentry: nothing is granted until the config is fixed. ${error.message}`);
    w.consentry = inert(error);
    return;
  }

  // <receipts>
  // The receipts part (dist/consentry-receipts.js) loads on demand: at idle when an endpoint is configured
  // (to send what is pending), at a decision, or for "My consent record". Each decision is stashed
  // synchronously first, so one made before the part arrives, or on a page closed right after, is
  // journaled at the next start; `decide()` waits for the journal write.
  const rcConsent = consent;
  // the part may arrive after the first decision made the subject: it needs the one the page started with
  const rcSubject = consent.snapshot().subjectId;
  let rcPart: Promise<ReceiptsPart> | undefined;
  const rc = () =>
    (rcPart ||= loadPart<ReceiptsPartApi>('receipts').then(
      (p) => p.start(rcConsent, loadPart, rcSubject),
      (e) => {
        rcPart = undefined;
        throw e;
      },
    ));
  consent.on('decision', (e) => {
    const s = stashDecision(e, e.snapshot.subjectId != rcSubject);
    return rc().then((h) => h.record(e, s), () => {});
  });
  // At idle, the part loads where it will be needed: a visitor about to answer the banner (so a tab closed
  // right after deciding still sends with keepalive), or a device with something left to send (a pending hint
  // or a stashed decision). A returning visitor with everything delivered downloads no receipt code.
  if ((consent.config.receipts || {}).endpoint && (consent.needsDecision() || mayHavePending()))
    (window.requestIdleCallback || setTimeout)(() => rc().catch(() => {}));
  const rcCall = (k: 'latest' | 'download' | 'export' | 'flush' | 'list') => (...a: any[]) => rc().then((h: any) => h[k](...a));
  ui.myRecord = { latest: rcCall('latest'), download: rcCall('download') };
  Object.assign(consent, {
    receipts: { export: rcCall('export'), download: ui.myRecord.download, latest: ui.myRecord.latest, flush: rcCall('flush'), list: rcCall('list') },
  });
  // </receipts>

  // <guide>
  // The cookie guide and cookie table live in consentry-guide.js, loaded only where they are shown:
  // [data-consentry-guide] / [data-consentry-cookie-table] elements, or the dialog's guide disclosure.
  // With `guide.url` in the config the dialog links to that page instead of loading anything.
  {
    const gc = (config && config.guide) || {};
    let checked = false;
    const guidePart = () =>
      loadPart<import('./parts/guide').GuidePart>('guide').then((part) => {
        // the guide section is checked here, off the first paint: it only matters once the guide is shown
        const bad = checked ? [] : part.validateGuideConfig(config && config.guide);
        checked = true;
        if (bad.length) console.error(new ConfigError(bad, 'consentry guide config').message);
        return part;
      });
    const failed = (e: unknown) => console.error('consentry: cookie guide unavailable:', e);
    const tasks = Array.isArray(gc.tasks) ? gc.tasks : undefined;
    ui.guide = gc.url
      ? { url: gc.url }
      : { mount: (el, locale) => void guidePart().then((p) => p.mountCookieGuide(el, { locale, tasks, headingLevel: 3, title: false, nonce: ui.nonce }), failed) };
    const mountPage = () => {
      const guides = document.querySelectorAll('[data-consentry-guide]');
      const tables = document.querySelectorAll('[data-consentry-cookie-table]');
      if (guides.length || tables.length)
        guidePart().then((p) => {
          // an element's own task list (data-consentry-guide="deleteSite deleteAll") beats the config's
          guides.forEach((el) => p.mountCookieGuide(el, { tasks: el.getAttribute('data-consentry-guide') ? undefined : tasks, nonce: ui.nonce }));
          tables.forEach((el) => p.mountCookieTable(el, { config: consent!.config, nonce: ui.nonce }));
        }, failed);
    };
    if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', mountPage, { once: true });
    else mountPage();
  }
  // </guide>

  const handle = createWidget(consent, ui, () => loadPart<Views>('ui'));
  w.consentry = Object.assign(consent, { open: handle.open, close: handle.close, ui: handle });
}

start();
