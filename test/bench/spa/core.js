// An SPA that draws its own banner (React, Vue, …): only the headless core.
import { createConsent } from 'consentry';
// the config comes with the page (its bytes are the site's, not consentry's)
const config = JSON.parse(document.getElementById('consentry-config').textContent);

const consent = createConsent(config);
if (consent.needsDecision()) document.body.dataset.consent = 'ask';
consent.on('change', () => consent.isGranted('analytics') && import.meta.url);
