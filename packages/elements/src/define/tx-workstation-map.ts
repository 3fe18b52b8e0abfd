/** Registers `<tx-workstation-map>` (once, however many bundles import this). */
import { TxWorkstationMap } from '../map/workstation-map.js';

if (!customElements.get('tx-workstation-map')) customElements.define('tx-workstation-map', TxWorkstationMap);

declare global {
  interface HTMLElementTagNameMap {
    'tx-workstation-map': TxWorkstationMap;
  }
}

export type { OpinionRequestDetail, TxOpinionRequestEvent, TxWorkstationSelectEvent } from '../map/events.js';
export { TxWorkstationMap };
