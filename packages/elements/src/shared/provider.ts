import { ContextProvider } from '@lit/context';
import type { Locale, TokenProvider } from '@tongxin/core';
import { css, html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { settingsContext, type TongxinSettings } from './context.js';
import { toLocale } from './locale.js';

/**
 * Holds the settings every widget inside it shares, so a page sets the endpoint, county and
 * sign-in once. A widget's own attributes win over the provider's.
 *
 * @summary Shares endpoint, county, language, large-text mode and sign-in with the widgets inside it.
 * @slot - The widgets (and any other content).
 */
export class TxProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    endpoint: { reflect: true },
    tenant: { reflect: true },
    locale: { reflect: true },
    elder: { type: Boolean, reflect: true },
    userKey: { attribute: 'user-key' },
    getToken: { attribute: false },
  };

  /** Base URL of the Tongxin API. */
  declare endpoint: string | undefined;
  /** The county's 6-digit division code. */
  declare tenant: string | undefined;
  /** Language of every widget inside: `zh-Hans`, `zh-Hant` or `en`. */
  declare locale: Locale | undefined;
  /** Large-text mode (关怀模式) for every widget inside. */
  declare elder: boolean;
  /** Whose outbox and drafts these are on a shared device (the signed-in user's id). */
  declare userKey: string | undefined;
  /** Returns the signed-in user's bearer token (property only). */
  declare getToken: TokenProvider | undefined;

  constructor() {
    super();
    this.elder = false;
  }

  private readonly provider = new ContextProvider(this, { context: settingsContext, initialValue: undefined });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const value: TongxinSettings = {
      endpoint: this.endpoint,
      tenant: this.tenant,
      locale: toLocale(this.locale),
      elder: this.elder,
      userKey: this.userKey,
      getToken: this.getToken,
    };
    this.provider.setValue(value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
