/** Registers `<tx-workbench>`. */
import { TxWorkbench } from '../workbench/workbench.js';

if (!customElements.get('tx-workbench')) customElements.define('tx-workbench', TxWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'tx-workbench': TxWorkbench;
  }
}

export { TxWorkbench };
