/** dist/consentry-locale-zh-tw.js: the first layer's texts in `zh-TW`, loaded by the script tag with the banner when the page shows `zh-TW`. */
import { banner } from '../../ui/strings/zh-TW';
import { registerPart } from '../register';

registerPart('locale-zh-tw', banner);
