/** dist/consentry-locale-zh-cn-steps.js: the browsers' own labels in `zh-CN` for the cookie guide, loaded with the guide. */
import { labels } from '../../browsers/strings/steps/zh-CN';
import type { LocaleSteps } from '../locale';
import { registerPart } from '../register';

registerPart('locale-zh-cn-steps', { labels } satisfies LocaleSteps);
