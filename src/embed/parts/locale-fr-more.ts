/**
 * dist/consentry-locale-fr-more.js: the rest of the `fr` texts (dialog, form, age and guardian steps,
 * results; cookie guide and table), loaded with the dialog's views or the page's cookie guide.
 */
import { guide, table } from '../../browsers/strings/fr';
import { more } from '../../ui/strings/fr';
import type { LocaleMore } from '../locale';
import { registerPart } from '../register';

registerPart('locale-fr-more', { more, guide, table } satisfies LocaleMore);
