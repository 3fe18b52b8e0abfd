/** Registers `<tx-provider>`. */
import { TxProvider } from '../shared/provider.js';

if (!customElements.get('tx-provider')) customElements.define('tx-provider', TxProvider);

declare global {
  interface HTMLElementTagNameMap {
    'tx-provider': TxProvider;
  }
}

export { TxProvider };
