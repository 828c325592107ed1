/** dist/consentry-locale-es.js: the first layer's texts in `es`, loaded by the script tag with the banner when the page shows `es`. */
import { banner } from '../../ui/strings/es';
import { registerPart } from '../register';

registerPart('locale-es', banner);
