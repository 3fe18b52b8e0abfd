/**
 * Registers `<tx-form>` without drafts, for previews (the form designer): no drafts code, nothing
 * saved on the device. A page that also loads `define/tx-form` gets drafts for forms created after.
 */
import { TxForm } from '../element/form.js';

if (!customElements.get('tx-form')) customElements.define('tx-form', TxForm);

export { TxForm };
