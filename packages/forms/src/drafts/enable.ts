/** Gives `<tx-form>` its drafts (saved on the device, restored on return): imported by `define/tx-form`. */
import { TxForm } from '../element/form.js';
import { DraftController } from './controller.js';

TxForm.draftsFactory = (host) => new DraftController(host);
