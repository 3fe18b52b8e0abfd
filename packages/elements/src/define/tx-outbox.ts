/** Registers `<tx-outbox>`. */
import { TxOutbox } from '../outbox/outbox.js';

if (!customElements.get('tx-outbox')) customElements.define('tx-outbox', TxOutbox);

declare global {
  interface HTMLElementTagNameMap {
    'tx-outbox': TxOutbox;
  }
}

export { TxOutbox };
