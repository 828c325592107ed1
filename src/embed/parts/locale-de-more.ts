/**
 * dist/consentry-locale-de-more.js: the rest of the `de` texts (dialog, form, age and guardian steps,
 * results; cookie guide and table), loaded with the dialog's views or the page's cookie guide.
 */
import { guide, table } from '../../browsers/strings/de';
import { more } from '../../ui/strings/de';
import type { LocaleMore } from '../locale';
import { registerPart } from '../register';

registerPart('locale-de-more', { more, guide, table } satisfies LocaleMore);
