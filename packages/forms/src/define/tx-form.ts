/** Registers `<tx-form>` (the only module of the element with a side effect). */
import { TxForm } from '../element/form.js';

if (!customElements.get('tx-form')) customElements.define('tx-form', TxForm);

declare global {
  interface HTMLElementTagNameMap {
    'tx-form': TxForm;
  }
}

export { TxForm };
