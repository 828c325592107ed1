/** dist/consentry-locale-en.js: the first layer's texts in `en`, loaded by the script tag with the banner when the page shows `en`. */
import { banner } from '../../ui/strings/en';
import { registerPart } from '../register';

registerPart('locale-en', banner);
