/**
 * Events of `<tx-workstation-map>`. Both bubble and cross shadow boundaries (`composed`), so a page
 * can listen on any ancestor. (They live beside the element until `src/events/` exists.)
 */

/** What `tx-opinion-request` carries: the station and where it is. */
export interface OpinionRequestDetail {
  workstationId: string;
  /** The station's 6- or 12-digit division code (pre-fills the opinion's place). */
  divisionCode: string;
}

/**
 * "Send an opinion to this station" was pressed. Cancelable: call `preventDefault()` to handle it
 * yourself (open your own page, say); otherwise the element shows `<tx-opinion-box>` below the card
 * when that element is defined on the page.
 */
export class TxOpinionRequestEvent extends CustomEvent<OpinionRequestDetail> {
  static readonly eventName = 'tx-opinion-request';

  constructor(detail: OpinionRequestDetail) {
    super(TxOpinionRequestEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

/** A station was opened (from the list, a marker or `selected`), or the card was closed (`undefined`). */
export class TxWorkstationSelectEvent extends CustomEvent<{ workstationId: string | undefined }> {
  static readonly eventName = 'tx-workstation-select';

  constructor(workstationId: string | undefined) {
    super(TxWorkstationSelectEvent.eventName, { detail: { workstationId }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-opinion-request': TxOpinionRequestEvent;
    'tx-workstation-select': TxWorkstationSelectEvent;
  }
}
