/**
 * Events of `<tx-form>`, as classes so listeners get typed fields (`event.value`, `event.files`).
 * Both bubble and cross shadow boundaries (`composed`), so a page can listen on any ancestor.
 */

/** Answers by field key, as the element holds them (raw, not yet normalised). */
export type Answers = Record<string, unknown>;
/** Files chosen per attachments field; `files[key][i]` is the file behind the placeholder `local:i`. */
export type ChosenFiles = Record<string, readonly File[]>;

/**
 * Fired when the last step is submitted and every visible field is valid. Cancelable: call
 * `preventDefault()` when the page takes over (the element then does not announce success).
 */
export class TxSubmitEvent extends Event {
  static readonly eventName = 'tx-submit';
  /** The validated, normalised value (hidden fields dropped; `+86 138-1234-1234` → `13812341234`). */
  readonly value: Record<string, unknown>;
  /** The chosen files of the submitted attachments fields (the value holds `local:N` placeholders). */
  readonly files: ChosenFiles;

  constructor(value: Record<string, unknown>, files: ChosenFiles) {
    super(TxSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.value = value;
    this.files = files;
  }
}

/** Fired on every change of an answer (input-like: each keystroke, tick or file choice). */
export class TxChangeEvent extends Event {
  static readonly eventName = 'tx-change';
  /** Every answer after the change (a fresh object). */
  readonly value: Answers;
  /** The field that changed. */
  readonly key: string;

  constructor(value: Answers, key: string) {
    super(TxChangeEvent.eventName, { bubbles: true, composed: true });
    this.value = value;
    this.key = key;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-submit': TxSubmitEvent;
    'tx-change': TxChangeEvent;
  }
}
