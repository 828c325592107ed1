/**
 * dist/consentry-locale-zh-cn-more.js: the rest of the `zh-CN` texts (dialog, form, age and guardian steps,
 * results; cookie guide and table), loaded with the dialog's views or the page's cookie guide.
 */
import { guide, table } from '../../browsers/strings/zh-CN';
import { more } from '../../ui/strings/zh-CN';
import type { LocaleMore } from '../locale';
import { registerPart } from '../register';

registerPart('locale-zh-cn-more', { more, guide, table } satisfies LocaleMore);
