/**
 * dist/consentry-locale-zh-tw-more.js: the rest of the `zh-TW` texts (dialog, form, age and guardian steps,
 * results; cookie guide and table), loaded with the dialog's views or the page's cookie guide.
 */
import { guide, table } from '../../browsers/strings/zh-TW';
import { more } from '../../ui/strings/zh-TW';
import type { LocaleMore } from '../locale';
import { registerPart } from '../register';

registerPart('locale-zh-tw-more', { more, guide, table } satisfies LocaleMore);
