/** dist/consentry-locale-es-steps.js: the browsers' own labels in `es` for the cookie guide, loaded with the guide. */
import { labels } from '../../browsers/strings/steps/es';
import type { LocaleSteps } from '../locale';
import { registerPart } from '../register';

registerPart('locale-es-steps', { labels } satisfies LocaleSteps);
