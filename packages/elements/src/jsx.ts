/**
 * Types of the widgets for JSX in React 19 and for templates in Vue 3: their properties (not
 * Lit's or the DOM's) and `ontx-…` handlers for their events. Types only; include them once:
 *
 * ```ts
 * import type {} from '@tongxin/elements/jsx';
 * // React 19: <tx-workstation-map stations={list} ontx-workstation-select={(e) => …} />
 * // Vue 3: <tx-workstation-map .stations="list" @tx-workstation-select="…" /> (tx-* as custom elements)
 * ```
 */
import type { TxForm } from '@tongxin/forms';
import type { LitElement } from 'lit';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DefineComponent } from 'vue';
import type { TxWorkstationMap } from './map/workstation-map.js';
import type { TxOpinionBox } from './opinion/opinion-box.js';
import type { TxOpinionStatus } from './opinion/status.js';
import type { TxOutbox } from './outbox/outbox.js';
import type { TxProposalForm } from './proposal/proposal-form.js';
import type { TxProvider } from './shared/provider.js';
import type { TxTaskTracker } from './tasks/task-tracker.js';
import type { TxWorkbench } from './workbench/workbench.js';

/** What a page may set on a widget: its own public properties, all optional. */
export type WidgetProps<E> = Partial<Omit<E, keyof LitElement>>;

/** Handlers of the widgets' `tx-…` events, named as React 19 wants them (`on` + the event's name). */
export type WidgetHandlers = { [K in `ontx-${string}`]?: (event: CustomEvent) => void };

/** Every tag with its element class. */
export interface TongxinElements {
  'tx-provider': TxProvider;
  'tx-opinion-box': TxOpinionBox;
  'tx-opinion-status': TxOpinionStatus;
  'tx-proposal-form': TxProposalForm;
  'tx-outbox': TxOutbox;
  'tx-task-tracker': TxTaskTracker;
  'tx-workstation-map': TxWorkstationMap;
  'tx-workbench': TxWorkbench;
  'tx-form': TxForm;
}

type ReactProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & WidgetProps<E> & WidgetHandlers;
/** Attributes whose property has another name (hyphenated ones need no type in JSX). */
type TrackerAttributes = { public?: boolean; task?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'tx-provider': ReactProps<TxProvider>;
      'tx-opinion-box': ReactProps<TxOpinionBox>;
      'tx-opinion-status': ReactProps<TxOpinionStatus>;
      'tx-proposal-form': ReactProps<TxProposalForm>;
      'tx-outbox': ReactProps<TxOutbox>;
      'tx-task-tracker': ReactProps<TxTaskTracker> & TrackerAttributes;
      'tx-workstation-map': ReactProps<TxWorkstationMap>;
      'tx-workbench': ReactProps<TxWorkbench>;
      'tx-form': ReactProps<TxForm>;
    }
  }
}

declare module 'vue' {
  interface GlobalComponents {
    'tx-provider': DefineComponent<WidgetProps<TxProvider>>;
    'tx-opinion-box': DefineComponent<WidgetProps<TxOpinionBox>>;
    'tx-opinion-status': DefineComponent<WidgetProps<TxOpinionStatus>>;
    'tx-proposal-form': DefineComponent<WidgetProps<TxProposalForm>>;
    'tx-outbox': DefineComponent<WidgetProps<TxOutbox>>;
    'tx-task-tracker': DefineComponent<WidgetProps<TxTaskTracker> & TrackerAttributes>;
    'tx-workstation-map': DefineComponent<WidgetProps<TxWorkstationMap>>;
    'tx-workbench': DefineComponent<WidgetProps<TxWorkbench>>;
    'tx-form': DefineComponent<WidgetProps<TxForm>>;
  }
}
