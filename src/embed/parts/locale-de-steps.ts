/** dist/consentry-locale-de-steps.js: the browsers' own labels in `de` for the cookie guide, loaded with the guide. */
import { labels } from '../../browsers/strings/steps/de';
import type { LocaleSteps } from '../locale';
import { registerPart } from '../register';

registerPart('locale-de-steps', { labels } satisfies LocaleSteps);
