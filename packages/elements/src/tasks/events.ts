/**
 * Events of `<tx-task-tracker>`. All bubble and cross shadow boundaries (`composed`). Named
 * `tx-task-*` so that they cannot collide with other widgets' declarations of the generic names.
 */
import type { Problem } from '@tongxin/core';

/** A progress update or stage move was stored in the outbox (it is sent when the device is online). */
export class TxTaskQueuedEvent extends Event {
  static readonly eventName = 'tx-task-queued';
  constructor(
    /** The outbox item's id. */
    readonly localId: string,
    /** `postTaskUpdate` or `moveTaskStage`. */
    readonly route: string,
    readonly taskId: string,
  ) {
    super(TxTaskQueuedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The server refused a queued change: a stage move it does not allow, or a version conflict. */
export class TxTaskRejectedEvent extends Event {
  static readonly eventName = 'tx-task-rejected';
  constructor(
    readonly localId: string,
    readonly route: string,
    readonly taskId: string,
    /** The server's problem+json: `code`, `detail`, `issues`, `allowed`, `current`. */
    readonly problem: Problem,
  ) {
    super(TxTaskRejectedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * A print view is ready and about to be printed. Cancelable: call `preventDefault()` to print it
 * another way (or to make a PDF on the server); `document` holds the rendered page.
 */
export class TxTaskPrintEvent extends Event {
  static readonly eventName = 'tx-task-print';
  constructor(
    /** `sheet` (督办单 of one task) or `summary` (the leadership-meeting summary). */
    readonly kind: 'sheet' | 'summary',
    readonly document: Document,
  ) {
    super(TxTaskPrintEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-task-queued': TxTaskQueuedEvent;
    'tx-task-rejected': TxTaskRejectedEvent;
    'tx-task-print': TxTaskPrintEvent;
  }
}
