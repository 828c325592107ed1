/**
 * dist/consentry-locale-ko-more.js: the rest of the `ko` texts (dialog, form, age and guardian steps,
 * results; cookie guide and table), loaded with the dialog's views or the page's cookie guide.
 */
import { guide, table } from '../../browsers/strings/ko';
import { more } from '../../ui/strings/ko';
import type { LocaleMore } from '../locale';
import { registerPart } from '../register';

registerPart('locale-ko-more', { more, guide, table } satisfies LocaleMore);
