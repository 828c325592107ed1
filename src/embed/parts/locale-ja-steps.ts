/** dist/consentry-locale-ja-steps.js: the browsers' own labels in `ja` for the cookie guide, loaded with the guide. */
import { labels } from '../../browsers/strings/steps/ja';
import type { LocaleSteps } from '../locale';
import { registerPart } from '../register';

registerPart('locale-ja-steps', { labels } satisfies LocaleSteps);
