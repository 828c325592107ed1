/** dist/consentry-locale-zh-cn.js: the first layer's texts in `zh-CN`, loaded by the script tag with the banner when the page shows `zh-CN`. */
import { banner } from '../../ui/strings/zh-CN';
import { registerPart } from '../register';

registerPart('locale-zh-cn', banner);
