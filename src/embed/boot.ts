import { ConfigError, type ConfigProblem } from '../core/errors';
import { normalize } from '../core/normalize';
import { createReader, type Reader } from '../core/reader';
import type { Consent, ConsentConfig, NormalizedConfig } from '../core/types';
import { builtinLocale } from '../core/locales';
import type { MountOptions } from '../ui/types';
import { uiLocale } from '../ui/locale';
import { type BootChecks, readConfig } from './config';
import { deferredCheck } from '../core/deferred-check';
import { startEmbedGate } from './gate';
import { inert } from './inert';
import { embedIntegrations } from './integrations';
import { localePart } from './locale';
import { mayHavePending } from '../receipts/stash';
import type { GuidePart } from './parts/guide';
import type { WriterPart } from './parts/writer';
import { installRuntime, loadPart, ownScript, preloadPart, scriptNonce } from './runtime';
import { afterPaint, idle, onReady } from './schedule';
import { shareModules } from './shared';
import { widgetOnDemand } from './widget-on-demand';
import type { ScriptConsent, ScriptReceipts } from './window';

/**
 * The script tag's first bytes (dist/consentry.js; dist/consentry.debug.js with full checks). Reads the
 * JSON config and checks it; reads the consent cookie; tells Google Consent Mode the default and the
 * stored choice and starts the gate, so a returning visitor's gated tags are released while this script
 * runs; publishes `window.consentry`. Only when something must be shown or written does it load more:
 * the banner part (first layer and its CSS; the texts are the locale's part) when a decision is needed, the
 * form layout is configured, the visitor opens the preferences or the page offers the opt-out link; the
 * reopen part alone for a returning visitor on a page with the reopen button; the guide part for the page's
 * cookie guide and table; the writer part (the full consent
 * instance and receipts) on the first write, after the banner is up, or when the stored consent needs
 * rewriting. A refused config logs one console.error and leaves an inert `window.consentry` that grants
 * nothing, so the page keeps working.
 */
export function boot(checks: BootChecks): void {
  // the site's server may tell the visitor's region (geo-IP) on the script tag: data-region="KR"
  const tag = ownScript();
  shareModules(installRuntime(tag));
  const problems: ConfigProblem[] = [];
  const configTag = document.getElementById('consentry-config');
  const text = configTag && (configTag.textContent || '');
  const raw = readConfig(text, problems);
  let config: NormalizedConfig | undefined;
  let refused = false;
  let need = false;
  /** Nothing is granted, ever, on this page: one console.error, and an inert `window.consentry`. */
  const refuse = (error: ConfigError) => {
    if (refused) return;
    refused = true;
    console.error(`consentry: nothing is granted until the config is fixed. ${error.message}`);
    window.consentry = inert(error);
  };
  if (raw && checks.config) problems.push(...checks.config(raw));
  // the structural check, when it was not run above and the cookie does not say this text passed it
  // (after this script: whether the banner is due is known by then)
  const check = raw && checks.later && deferredCheck(raw, () => checks.later!(raw, need));
  const ui: MountOptions = { ...(raw && raw.ui), nonce: (raw && raw.ui && raw.ui.nonce) || scriptNonce() };

  // the one place that adds to `window.consentry`: what the writer part, the gate part, the integrations and the
  // widget on demand bring
  const add = (members: Partial<ScriptConsent>) => Object.assign(consent!, members);
  // `window.consentry.receipts`: the boot's own object, which the writer part fills in (so the widget's "My
  // consent record" and a page that kept a reference get the real calls, even if the page replaced the property)
  const calls = {} as ScriptReceipts;
  let writing: Promise<Consent> | undefined;
  // the vendors' disclosures are in the purposes before anything shows them or hashes them into a receipt
  let vendors: Promise<void> | undefined;
  const writer = (): Promise<Consent> =>
    (writing ||= Promise.all([load<WriterPart>('writer', 1), vendors]).then(
      ([p]) => {
        const { full, receipts, members } = p.start(config!, consent!, loadPart, reader!.ignored, check && check.key());
        Object.assign(calls, receipts);
        add(members);
        reader!.attach(full);
        return full;
      },
      (e) => {
        writing = undefined;
        throw e;
      },
    ));
  let reader: Reader | undefined;
  try {
    // an unchecked config is read fail-closed (see createReader); one it cannot even read is refused here
    if (raw && !problems.length)
      reader = createReader(
        (config = normalize(raw as ConsentConfig)),
        writer,
        { region: (tag && tag.getAttribute('data-region')) || undefined },
        check,
      );
  } catch (e) {
    problems.push({ path: '(config)', message: `cannot be read (${(e as Error).message}); dist/consentry.debug.js names each problem` });
  }
  const consent = reader && (reader.consent as ScriptConsent);
  // No part (but the check) loads before the config is known to be good; after a refusal none ever does,
  // quietly (the refusal was the one console.error), while writes reject.
  const load = <T>(name: string, writes?: 1) =>
    reader!.checked.then(
      () => loadPart<T>(name),
      (e) => (writes ? Promise.reject<T>(e) : new Promise<T>(() => {})),
    );
  const log = (e: unknown) => refused || console.error('consentry:', e);
  if (reader) reader.checked.catch(refuse);

  // Google's default and the gate come first, before anything else runs (also for a refused config).
  let bannerUp!: () => void;
  const afterBanner = new Promise<void>((up) => (bannerUp = up));
  if (raw) startEmbedGate(raw, consent, problems, ui.nonce || '', load, checks.gate, afterBanner, reader && reader.holding, add);

  if (!consent || problems.length) return refuse(new ConfigError(problems));
  const c: ScriptConsent = consent;
  const cfg = config!;
  // what shows disclosures waits for the vendors' to be added to the purposes
  const integrations = embedIntegrations(c, ui.nonce || '', load);
  if (integrations) vendors = add({ integrations: integrations[0] }) && integrations[1];

  // Calls that load the writer part first; it replaces them in place (see `writer`).
  const later = <O>(o: O, k: keyof O) =>
    ((o as { [k in keyof O]: unknown })[k] = (...a: unknown[]) => writer().then(() => (o[k] as (...a: unknown[]) => unknown)(...a)));
  c.receipts = calls;
  for (const k of ['export', 'download', 'latest', 'flush', 'list'] as const) later(calls, k);
  later(c, 'identify');
  later(c, 'forget');

  ui.myRecord = calls;
  need = c.needsDecision() || ui.layout == 'form';
  // the page's locale for the widget, its texts and the lone reopen button, by one rule (worked out when it is
  // needed: a config the deferred check has yet to refuse may hold a malformed locale)
  const locale = () => uiLocale(ui.locale, cfg.locale, ui.strings);
  const show = widgetOnDemand(c, ui, locale, load, vendors, add, need);
  c.open = () =>
    void show().then(
      (h) => h.open(),
      () => {},
    );
  c.close = () => c.ui && c.ui.close();
  if (need) {
    preloadPart('banner');
    // the texts of the page's locale only, fetched beside the banner part
    preloadPart(localePart(builtinLocale(locale()) || 'en'));
    // the gate part and the writer after the banner is on the page, so their bytes never come before it
    show().then((h) => h.shown.then(() => (afterPaint(bannerUp), idle(() => void writer().catch(() => {})))), bannerUp);
  } else bannerUp();
  const receipts = (cfg.receipts || {}) as { endpoint?: string };
  if (reader!.stale || (receipts.endpoint && !need && mayHavePending())) idle(() => void writer().catch(log));
  onReady(() => {
    // the page's cookie guide and table: their own part, without the banner's, once the banner (if one is due)
    // is painted
    if (document.querySelector('[data-consentry-guide],[data-consentry-cookie-table]'))
      Promise.all([afterBanner.then(() => load<GuidePart>('guide')), vendors]).then(
        ([p]) => p.mountPage(cfg, loadPart, ui.nonce, ui.locale),
        (e) => console.error('consentry:', e),
      );
    // opt-out: the widget labels the page's "Do not sell or share" links (or adds its own) and handles them
    if (c.region!.model == 'opt-out' && (ui.optOutLink || document.querySelector('[data-consentry-opt-out]')))
      idle(() => void show().catch(() => {}));
    // a rights request form on the page: the writer part mounts it (with the receipts it needs)
    if (document.querySelector('[data-consentry-rights]')) writer().catch(log);
  });
  window.consentry = c;
}
