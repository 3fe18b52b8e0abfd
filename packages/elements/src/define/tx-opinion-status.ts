/** Registers `<tx-opinion-status>`. */
import { TxOpinionStatus } from '../opinion/status.js';

if (!customElements.get('tx-opinion-status')) customElements.define('tx-opinion-status', TxOpinionStatus);

declare global {
  interface HTMLElementTagNameMap {
    'tx-opinion-status': TxOpinionStatus;
  }
}

export { TxOpinionStatus };
