/**
 * dist/consentry-locale-es-more.js: the rest of the `es` texts (dialog, form, age and guardian steps,
 * results; cookie guide and table), loaded with the dialog's views or the page's cookie guide.
 */
import { guide, table } from '../../browsers/strings/es';
import { more } from '../../ui/strings/es';
import type { LocaleMore } from '../locale';
import { registerPart } from '../register';

registerPart('locale-es-more', { more, guide, table } satisfies LocaleMore);
