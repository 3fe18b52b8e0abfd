/** The event `<tx-form>` fires when it restored a draft (bubbles, crosses shadow boundaries). */

/** Fired after a saved draft was put back into the form (`dropped`: keys that no longer fit). */
export class TxDraftRestoredEvent extends Event {
  static readonly eventName = 'tx-draft-restored';
  /** When the draft was restored. */
  readonly restoredAt: Date;
  /** When the draft was saved. */
  readonly savedAt: Date;
  /** Keys of saved answers the current definition no longer takes. */
  readonly dropped: readonly string[];

  constructor(detail: { restoredAt: Date; savedAt: Date; dropped: readonly string[] }) {
    super(TxDraftRestoredEvent.eventName, { bubbles: true, composed: true });
    this.restoredAt = detail.restoredAt;
    this.savedAt = detail.savedAt;
    this.dropped = detail.dropped;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-draft-restored': TxDraftRestoredEvent;
  }
}
