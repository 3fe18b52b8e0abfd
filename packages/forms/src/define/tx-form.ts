/** Registers `<tx-form>` with its drafts (the only modules of the element with a side effect). */
import '../drafts/enable.js';
import { TxForm } from '../element/form.js';

if (!customElements.get('tx-form')) customElements.define('tx-form', TxForm);

declare global {
  interface HTMLElementTagNameMap {
    'tx-form': TxForm;
  }
}

export { TxForm };
