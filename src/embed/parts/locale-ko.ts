/** dist/consentry-locale-ko.js: the first layer's texts in `ko`, loaded by the script tag with the banner when the page shows `ko`. */
import { banner } from '../../ui/strings/ko';
import { registerPart } from '../register';

registerPart('locale-ko', banner);
