/** English messages: `registerLocale('en', en)`. */
export { en } from '../i18n/en.js';
