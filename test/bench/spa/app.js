// An SPA as consentry's npm users write one: the core and the widget, imported by package name.
import { createConsent } from 'consentry';
import { mountConsentUI } from 'consentry/ui';
// the config comes with the page (its bytes are the site's, not consentry's)
const config = JSON.parse(document.getElementById('consentry-config').textContent);

const consent = createConsent(config);
mountConsentUI(consent);
