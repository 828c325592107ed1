/**
 * dist/consentry-locale-ja-more.js: the rest of the `ja` texts (dialog, form, age and guardian steps,
 * results; cookie guide and table), loaded with the dialog's views or the page's cookie guide.
 */
import { guide, table } from '../../browsers/strings/ja';
import { more } from '../../ui/strings/ja';
import type { LocaleMore } from '../locale';
import { registerPart } from '../register';

registerPart('locale-ja-more', { more, guide, table } satisfies LocaleMore);
