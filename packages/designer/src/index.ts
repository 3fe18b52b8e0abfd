/**
 * `@tongxin/designer`: the form designer for county office staff. The edit operations and the undo
 * history are pure and usable without the element; the element loads from
 * `@tongxin/designer/define/tx-form-designer`.
 */

export { TxFormVersionEvent } from './designer/events.js';
export type { TxFormDesigner } from './designer/form-designer.js';
export { EditHistory } from './history.js';
export {
  ADDABLE_TYPES,
  addField,
  addRule,
  addSection,
  changeType,
  createField,
  type FieldAddress,
  type FieldCondition,
  findField,
  freshKey,
  fromSimple,
  getField,
  isChoice,
  listFields,
  moveField,
  moveFieldBefore,
  type Placement,
  removeField,
  removeRule,
  removeSection,
  type SimpleCondition,
  toSimple,
  updateField,
  updateRule,
  updateSection,
  withText,
} from './ops.js';
