/** Registers `<tx-form-designer>` (the only module of the package with a side effect). */
import { TxFormDesigner } from '../designer/form-designer.js';

if (!customElements.get('tx-form-designer')) customElements.define('tx-form-designer', TxFormDesigner);

declare global {
  interface HTMLElementTagNameMap {
    'tx-form-designer': TxFormDesigner;
  }
}

export { TxFormDesigner };
