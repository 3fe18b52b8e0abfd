/** @tongxin/elements: the widgets' classes and shared pieces, without registering anything. */

export { defineTongxin, WIDGETS } from './define-all.js';
export { TxWorkstationMap } from './map/workstation-map.js';
export { TxOpinionBox } from './opinion/opinion-box.js';
export { TxOpinionStatus } from './opinion/status.js';
export { TxOutbox } from './outbox/outbox.js';
export { TxProposalForm } from './proposal/proposal-form.js';
export { TxElement } from './shared/base.js';
export { clearConfigCache, loadConfig } from './shared/config.js';
export type { TongxinSettings } from './shared/context.js';
export { settingsContext } from './shared/context.js';
export { toLocale } from './shared/locale.js';
export { TxProvider } from './shared/provider.js';
export { safeUrl } from './shared/safe.js';
export { TxTaskTracker } from './tasks/task-tracker.js';
export { TxWorkbench } from './workbench/workbench.js';
