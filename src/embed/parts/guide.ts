/**
 * dist/consentry-guide.js — the cookie guide and cookie table, loaded on demand by the script tag
 * (`loadPart('guide')`) only on pages that show them, so the guide data never weighs on the banner's first paint.
 */
import { guideMounters } from '../../browsers/mount';
import { localePart, type LocaleMore } from '../locale';
import { registerPart } from '../register';

type Load = <T>(name: string) => Promise<T>;

/** What `loadPart('guide')` resolves with. */
export interface GuidePart {
  /** The mount functions; a locale's strings come with its `locale-<tag>-more` part (`load` is the script tag's `loadPart`). */
  mounters(load: Load): ReturnType<typeof guideMounters>;
}

registerPart('guide', {
  mounters: (load) => guideMounters((l) => load<LocaleMore>(localePart(l, true))),
} satisfies GuidePart);
