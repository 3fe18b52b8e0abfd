/** Registers `<tx-task-tracker>` (once, even when two bundles on a page both load it). */
import { TxTaskTracker } from '../tasks/task-tracker.js';

if (!customElements.get('tx-task-tracker')) customElements.define('tx-task-tracker', TxTaskTracker);

declare global {
  interface HTMLElementTagNameMap {
    'tx-task-tracker': TxTaskTracker;
  }
}

export { TxTaskTracker };
