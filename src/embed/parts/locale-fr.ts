/** dist/consentry-locale-fr.js: the first layer's texts in `fr`, loaded by the script tag with the banner when the page shows `fr`. */
import { banner } from '../../ui/strings/fr';
import { registerPart } from '../register';

registerPart('locale-fr', banner);
