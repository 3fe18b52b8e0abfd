/** Traditional Chinese messages: `registerLocale('zh-Hant', zhHant)`. */
export { zhHant } from '../i18n/zh-hant.js';
