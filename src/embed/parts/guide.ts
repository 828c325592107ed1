/**
 * dist/consentry-guide.js — the cookie guide and cookie table, loaded on demand by the script tag
 * (`loadPart('guide')`) only on pages that show them, so the guide data never weighs on the banner's first paint.
 */
import { guideMounters } from '../../browsers/mount';
import { localePart, type LocaleMore, type LocaleSteps } from '../locale';
import { registerPart } from '../register';

type Load = <T>(name: string) => Promise<T>;

/** What `loadPart('guide')` resolves with. */
export interface GuidePart {
  /** The mount functions; a locale's strings come with its `locale-<tag>-more` part (`load` is the script tag's `loadPart`). */
  mounters(load: Load): ReturnType<typeof guideMounters>;
}

registerPart('guide', {
  // the browsers' labels (`locale-<tag>-steps`) only for the guide, and only where the guides have none inline
  mounters: (load) =>
    guideMounters((l, steps) =>
      Promise.all([
        load<LocaleMore>(localePart(l, true)),
        steps && l != 'en' && l != 'ko' && load<LocaleSteps>(`${localePart(l)}-steps`),
      ]).then(([more, s]) => ({ ...more, labels: s ? s.labels : undefined })),
    ),
} satisfies GuidePart);
