/** dist/consentry-locale-zh-tw-steps.js: the browsers' own labels in `zh-TW` for the cookie guide, loaded with the guide. */
import { labels } from '../../browsers/strings/steps/zh-TW';
import type { LocaleSteps } from '../locale';
import { registerPart } from '../register';

registerPart('locale-zh-tw-steps', { labels } satisfies LocaleSteps);
