/**
 * Types of `<tx-form-designer>` for JSX in React 19 and for templates in Vue 3 (as
 * `@tongxin/elements/jsx` gives the widgets'). Types only: `import type {} from '@tongxin/designer/jsx';`
 */
import type { LitElement } from 'lit';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DefineComponent } from 'vue';
import type { TxFormDesigner } from './designer/form-designer.js';

/** What a page may set on the designer: its own public properties, all optional. */
export type DesignerProps = Partial<Omit<TxFormDesigner, keyof LitElement>>;
/** Handlers of its `tx-form-…` events (`on` + the event's name, as React 19 wants them). */
export type DesignerHandlers = { [K in `ontx-form-${string}`]?: (event: Event) => void };

type ReactDesignerProps = DetailedHTMLProps<HTMLAttributes<TxFormDesigner>, TxFormDesigner> & DesignerProps & DesignerHandlers;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'tx-form-designer': ReactDesignerProps;
    }
  }
}

declare module 'vue' {
  interface GlobalComponents {
    'tx-form-designer': DefineComponent<DesignerProps>;
  }
}
