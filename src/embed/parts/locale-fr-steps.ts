/** dist/consentry-locale-fr-steps.js: the browsers' own labels in `fr` for the cookie guide, loaded with the guide. */
import { labels } from '../../browsers/strings/steps/fr';
import type { LocaleSteps } from '../locale';
import { registerPart } from '../register';

registerPart('locale-fr-steps', { labels } satisfies LocaleSteps);
