/** Registers `<tx-proposal-form>` (and the `<tx-form>` it renders). */
import '@tongxin/forms/define/tx-form';
import { TxProposalForm } from '../proposal/proposal-form.js';

if (!customElements.get('tx-proposal-form')) customElements.define('tx-proposal-form', TxProposalForm);

declare global {
  interface HTMLElementTagNameMap {
    'tx-proposal-form': TxProposalForm;
  }
}

export { TxProposalForm };
