/**
 * dist/consentry-locale-en-more.js: the rest of the `en` texts (dialog, form, age and guardian steps,
 * results; cookie guide and table), loaded with the dialog's views or the page's cookie guide.
 */
import { guide, table } from '../../browsers/strings/en';
import { more } from '../../ui/strings/en';
import type { LocaleMore } from '../locale';
import { registerPart } from '../register';

registerPart('locale-en-more', { more, guide, table } satisfies LocaleMore);
