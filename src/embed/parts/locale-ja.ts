/** dist/consentry-locale-ja.js: the first layer's texts in `ja`, loaded by the script tag with the banner when the page shows `ja`. */
import { banner } from '../../ui/strings/ja';
import { registerPart } from '../register';

registerPart('locale-ja', banner);
