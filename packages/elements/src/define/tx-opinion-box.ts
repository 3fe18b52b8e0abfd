/** Registers `<tx-opinion-box>` (and the `<tx-form>` it renders). */
import '@tongxin/forms/define/tx-form';
import { TxOpinionBox } from '../opinion/opinion-box.js';

if (!customElements.get('tx-opinion-box')) customElements.define('tx-opinion-box', TxOpinionBox);

declare global {
  interface HTMLElementTagNameMap {
    'tx-opinion-box': TxOpinionBox;
  }
}

export { TxOpinionBox };
