/** Events of `<tx-form-designer>`. */
import type { FormVersion } from '@tongxin/core';

/** A version was saved (`tx-form-saved`) or published (`tx-form-published`) on the server. */
export class TxFormVersionEvent extends Event {
  constructor(
    type: 'tx-form-saved' | 'tx-form-published',
    /** The version as the server stored it (its number is the server's). */
    readonly version: FormVersion,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tx-form-saved': TxFormVersionEvent;
    'tx-form-published': TxFormVersionEvent;
  }
}
