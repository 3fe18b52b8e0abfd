/**
 * `defineTongxin({ prefix })`: registers every widget (and the `<tx-form>` they render) under one
 * prefix, so two copies of Tongxin, or another library that took the `tx-` names, can share a page.
 */
import { TxForm } from '@tongxin/forms/define/tx-form';
import { TxWorkstationMap } from './map/workstation-map.js';
import { TxOpinionBox } from './opinion/opinion-box.js';
import { TxOpinionStatus } from './opinion/status.js';
import { TxOutbox } from './outbox/outbox.js';
import { TxProposalForm } from './proposal/proposal-form.js';
import type { Tags, TxElement } from './shared/base.js';
import { TxProvider } from './shared/provider.js';
import { TxTaskTracker } from './tasks/task-tracker.js';
import { TxWorkbench } from './workbench/workbench.js';

/** The widgets by tag name without the prefix. */
export const WIDGETS = {
  'opinion-box': TxOpinionBox,
  'opinion-status': TxOpinionStatus,
  'proposal-form': TxProposalForm,
  outbox: TxOutbox,
  'task-tracker': TxTaskTracker,
  workbench: TxWorkbench,
  'workstation-map': TxWorkstationMap,
} satisfies Record<string, typeof TxElement>;

/**
 * Registers `<{prefix}-provider>`, `<{prefix}-form>` and every widget as `<{prefix}-…>`; names
 * already taken are left alone (and reported). Widgets render the `<{prefix}-form>` of their copy.
 * @example defineTongxin({ prefix: 'gov' }); // <gov-opinion-box>, <gov-opinion-status>, …
 */
const defined = new Set<string>();

export function defineTongxin({ prefix = 'tx' }: { prefix?: string } = {}): void {
  if (defined.has(prefix)) return;
  defined.add(prefix);
  if (!/^[a-z][a-z0-9]*$/.test(prefix))
    throw new TypeError(`[tongxin] defineTongxin: prefix must be lower-case letters and digits, not "${prefix}"`);
  const tags: Tags = { form: `${prefix}-form`, opinionBox: `${prefix}-opinion-box` };
  const define = (name: string, ctor: CustomElementConstructor) => {
    const existing = customElements.get(name);
    if (!existing) customElements.define(name, ctor);
    else if (existing !== ctor)
      console.warn(
        `[tongxin] <${name}> 已被其他代码注册，未覆盖；可改用 defineTongxin({ prefix: '…' })（<${name}> is taken by other code）`,
      );
  };
  define(tags.form, prefix === 'tx' ? TxForm : class extends TxForm {});
  define(`${prefix}-provider`, prefix === 'tx' ? TxProvider : class extends TxProvider {});
  for (const [name, widget] of Object.entries(WIDGETS)) {
    const Base = widget as unknown as typeof TxElement;
    define(
      `${prefix}-${name}`,
      prefix === 'tx'
        ? widget
        : class extends Base {
            static override tags = tags;
          },
    );
  }
}
