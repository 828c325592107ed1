import type { ConfigProblem } from '../core/errors';
import type { Consent } from '../core/types';
import { gate, type GateController } from './block';
import { validateBlockingConfig, type BlockingConfig } from './config';
import type { placeholder } from './placeholder';
import { startGoogle, type GoogleController } from './google/start';
import { validateGoogleConfig, type GoogleConfig } from './google/config';
import { SIGNALS } from './google/signals';

/** What the on-demand part `consentry-placeholder.js` registers. */
export interface PlaceholderPart {
  placeholder: typeof placeholder;
}

/**
 * The script tag's gate (dist/consentry.js): checks `config.google` and `config.blocking` into `problems`;
 * when the config is good, starts Consent Mode and declarative blocking synchronously, before any UI.
 * Iframe placeholders come from the on-demand part `placeholder`, only on pages that have a blocked frame.
 * With a bad config, a page that has its own Google tags still gets an all-denied consent default.
 */
export function startEmbedGate(
  config: { google?: unknown; blocking?: unknown },
  consent: Consent | undefined,
  problems: ConfigProblem[],
  nonce: string,
  loadPart: <T>(name: string) => Promise<T>,
): { google?: GoogleController; gate: GateController } | undefined {
  const google = config.google as GoogleConfig | undefined;
  const blocking = (config.blocking || {}) as BlockingConfig;
  if (google !== undefined) problems.push(...validateGoogleConfig(google, 'google', consent && consent.config.purposes.map((p) => p.id)));
  problems.push(...validateBlockingConfig(config.blocking));
  if (consent && !problems.length)
    try {
      return {
        google: google && startGoogle(consent, google, { nonce }),
        gate: gate(consent, {
          nonce,
          cleanup: blocking.cleanup,
          placeholder: blocking.placeholder !== false && ((f, props) => loadPart<PlaceholderPart>('placeholder').then((p) => p.placeholder(f, props))),
        }),
      };
    } catch (e) {
      problems.push(...((e as { problems?: ConfigProblem[] }).problems || [{ path: 'google', message: String(e) }]));
    }
  if (google) {
    const w = window as unknown as { [k: string]: unknown[] };
    const given = google.dataLayerName;
    const name = typeof given == 'string' && /^[A-Za-z_$][\w$]*$/.test(given) ? given : 'dataLayer';
    const dl = w[name] || (w[name] = []);
    const denied: { [k: string]: string } = {};
    for (const k of SIGNALS) denied[k] = 'denied';
    // pushed from inside a function so it is an Arguments object, as gtag.js requires
    if (Array.isArray(dl))
      (function (_a: string, _b: string, _c: object) {
        dl.push(arguments);
      })('consent', 'default', denied);
  }
}
