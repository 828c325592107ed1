/**
 * The script tag's texts: one pair of on-demand parts per built-in locale, so a page downloads only the
 * locale it shows. `locale-<tag>` (dist/consentry-locale-<tag>.js, tag in lower case) is the first
 * layer's texts, preloaded by the boot beside the banner part; `locale-<tag>-more` is the rest (dialog,
 * form, age and guardian steps, results; cookie guide and table), loaded with the dialog or the guide.
 */
import type { GuideStrings, TableStrings } from '../browsers/strings';
import type { StepLabels } from '../browsers/types';
import type { LoadStrings } from '../ui/widget';

type Load = <T>(name: string) => Promise<T>;

/** What `loadPart('locale-<tag>-more')` resolves with. */
export interface LocaleMore {
  more: { [key: string]: string };
  guide: GuideStrings;
  table: TableStrings;
}

/** What `loadPart('locale-<tag>-steps')` resolves with: the browsers' labels for the cookie guide. */
export interface LocaleSteps {
  labels: StepLabels;
}

/**
 * The part name of a built-in locale's texts (`more`: the rest after the first layer). The cookie guide's
 * browser labels are `locale-<tag>-steps` (locales other than Korean and English).
 */
export const localePart = (locale: string, more?: boolean): string => `locale-${locale.toLowerCase()}${more ? '-more' : ''}`;

/** The widget's texts from the locale parts. */
export const partStrings =
  (load: Load): LoadStrings =>
  (locale, part) =>
    part == 'banner' ? load(localePart(locale)) : load<LocaleMore>(localePart(locale, true)).then((m) => m.more);
