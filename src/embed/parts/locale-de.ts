/** dist/consentry-locale-de.js: the first layer's texts in `de`, loaded by the script tag with the banner when the page shows `de`. */
import { banner } from '../../ui/strings/de';
import { registerPart } from '../register';

registerPart('locale-de', banner);
