import type { Purpose } from '../../core/types';

/** The seven Consent Mode v2 keys. */
export const SIGNALS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export type ConsentSignal = (typeof SIGNALS)[number];

/** `'granted'` / `'denied'`, the only values Consent Mode knows. */
export type SignalValue = 'granted' | 'denied';

/** What drives a signal: a purpose id, or a constant. */
export type SignalSource = string;

const AD = 'advertising marketing';
/** Which purpose kinds drive a signal by default, in order of preference. */
const BY_KIND: { [K in ConsentSignal]?: string } = {
  analytics_storage: 'analytics',
  ad_storage: AD,
  ad_user_data: AD,
  ad_personalization: AD,
  functionality_storage: 'functional',
  personalization_storage: 'personalization',
};

/**
 * The source of every signal: the site's `signals` map where it says so, otherwise the first purpose of
 * the matching kind (`analytics_storage` ← analytics; the three `ad_*` ← advertising, else marketing;
 * `functionality_storage` ← functional; `personalization_storage` ← personalization), `security_storage`
 * ← `'granted'`, and `'denied'` when there is no such purpose.
 */
export function resolveSignals(
  purposes: Pick<Purpose, 'id' | 'kind'>[],
  signals: { [key: string]: SignalSource } = {},
): Record<ConsentSignal, SignalSource> {
  const out = {} as Record<ConsentSignal, SignalSource>;
  for (const key of SIGNALS) {
    let src = signals[key];
    if (!src) {
      src = key == 'security_storage' ? 'granted' : 'denied';
      for (const kind of (BY_KIND[key] || '').split(' ')) {
        const p = purposes.find((p) => p.kind == kind);
        if (p) {
          src = p.id;
          break;
        }
      }
    }
    out[key] = src;
  }
  return out;
}

/** The value of every signal now; a purpose drives `granted` exactly when `isGranted(id)`. */
export function signalState(
  sources: Record<ConsentSignal, SignalSource>,
  isGranted: (id: string) => boolean,
): Record<ConsentSignal, SignalValue> {
  const out = {} as Record<ConsentSignal, SignalValue>;
  for (const key of SIGNALS) {
    const src = sources[key];
    out[key] = src == 'granted' || (src != 'denied' && isGranted(src)) ? 'granted' : 'denied';
  }
  return out;
}
