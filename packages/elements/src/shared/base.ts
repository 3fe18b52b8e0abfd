/**
 * The base of every widget: configuration from attributes, properties or an enclosing
 * `<tx-provider>`; clear `[tongxin]` messages when it is missing or wrong; one typed client per
 * widget with only the routes that widget uses (so each entry point bundles only its own).
 */
import { ContextConsumer } from '@lit/context';
import {
  chinaToday,
  createClient,
  ensureLocale,
  formatChineseDate,
  type Locale,
  type Localized,
  type RouteDef,
  type TokenProvider,
  type TongxinClient,
} from '@tongxin/core';
import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { settingsContext, type TongxinSettings } from './context.js';
import { toLocale } from './locale.js';
import { SHARED_STRINGS, type SharedStrings } from './strings.js';
import { baseStyles } from './styles.js';

/** Settings after merging the widget's own with its provider's. */
export interface Resolved {
  endpoint: string;
  tenant: string;
  locale: Locale;
  userKey: string;
  getToken: TokenProvider | undefined;
}

/** Custom element names used inside widgets; `defineTongxin({ prefix })` renames them together. */
export interface Tags {
  form: string;
  opinionBox: string;
}

const DEFAULT_TAGS: Tags = { form: 'tx-form', opinionBox: 'tx-opinion-box' };
const reported = new WeakMap<object, string>();

export abstract class TxElement extends LitElement {
  static override styles = [baseStyles];
  static tags: Tags = DEFAULT_TAGS;

  static override properties: PropertyDeclarations = {
    endpoint: { reflect: true },
    tenant: { reflect: true },
    locale: { reflect: true },
    elder: { type: Boolean, reflect: true },
    userKey: { attribute: 'user-key' },
    getToken: { attribute: false },
  };

  /** Base URL of the Tongxin API, e.g. `https://zx.example.gov.cn/api` (or from `<tx-provider>`). */
  declare endpoint: string | undefined;
  /** The county's 6-digit division code, e.g. `211100` (or from `<tx-provider>`). */
  declare tenant: string | undefined;
  /** `zh-Hans` (default), `zh-Hant` or `en`; otherwise the provider's, then the page's `lang`. */
  declare locale: Locale | undefined;
  /** Large text, high contrast and bigger targets (关怀模式); also inherited from `<tx-provider elder>`. */
  declare elder: boolean;
  /** Whose queue and drafts these are on a shared device (the signed-in user's id). */
  declare userKey: string | undefined;
  /** Returns the signed-in user's bearer token (property only; or from `<tx-provider>`). */
  declare getToken: TokenProvider | undefined;

  /** Settings from the nearest `<tx-provider>`, if any. */
  protected provided: TongxinSettings | undefined;
  private readonly clients = new Map<string, unknown>();

  constructor() {
    super();
    this.elder = false;
    new ContextConsumer(this, {
      context: settingsContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
        this.requestUpdate();
      },
    });
  }

  /** The tag this element was registered under (for messages). */
  protected get tag(): string {
    return this.localName;
  }

  protected get tags(): Tags {
    return (this.constructor as typeof TxElement).tags;
  }

  /** The language in use. */
  get activeLocale(): Locale {
    return this.locale && toLocale(this.locale)
      ? toLocale(this.locale)!
      : (this.provided?.locale ?? toLocale(this.closest('[lang]')?.getAttribute('lang')) ?? 'zh-Hans');
  }

  protected get shared(): SharedStrings {
    return this.localized(SHARED_STRINGS);
  }

  /** Re-renders when another language's strings or messages have arrived. */
  private readonly rerender = (): void => this.requestUpdate();
  private catalogLocale: Locale | undefined;

  /**
   * A table of strings in the active language: zh-Hans until that language's table (a separate
   * chunk) has arrived, then a re-render. Also loads core's messages in that language once.
   */
  protected localized<T>(table: Localized<T>): T {
    const locale = this.activeLocale;
    if (locale !== this.catalogLocale) {
      this.catalogLocale = locale;
      void ensureLocale(locale).then(this.rerender);
    }
    return table.get(locale, this.rerender);
  }

  /** Whether the large-text mode is on (own attribute or provider). */
  protected get isElder(): boolean {
    return this.elder || this.provided?.elder === true;
  }

  /** The merged settings, or what is wrong with them (in the user's language). */
  protected resolve(): { ok: true; value: Resolved } | { ok: false; problems: string[] } {
    const p = this.provided ?? {};
    const endpoint = this.endpoint ?? p.endpoint;
    const tenant = this.tenant ?? p.tenant;
    const s = this.shared;
    const problems: string[] = [];
    if (!endpoint) problems.push(s.missing('endpoint', this.tag));
    else if (!/^https?:\/\//i.test(new URL(endpoint, document.baseURI).href)) problems.push(s.badEndpoint(endpoint));
    if (!tenant) problems.push(s.missing('tenant', this.tag));
    else if (!/^\d{6}$/.test(tenant)) problems.push(s.badTenant(tenant));
    if (problems.length > 0) return { ok: false, problems };
    return {
      ok: true,
      value: {
        endpoint: new URL(endpoint!, document.baseURI).href.replace(/\/$/, ''),
        tenant: tenant!,
        locale: this.activeLocale,
        userKey: this.userKey ?? p.userKey ?? 'anonymous',
        getToken: this.getToken ?? p.getToken,
      },
    };
  }

  /**
   * A client for these routes under the current settings (cached until they change).
   * Undefined while the configuration is incomplete; `renderProblems` says why.
   */
  protected clientFor<R extends Record<string, RouteDef>>(routes: R): TongxinClient<R> | undefined {
    const settings = this.resolve();
    if (!settings.ok) return undefined;
    const { endpoint, tenant, locale } = settings.value;
    const key = `${endpoint}|${tenant}|${locale}|${Object.keys(routes).join(',')}`;
    let client = this.clients.get(key) as TongxinClient<R> | undefined;
    if (!client) {
      // The token provider is looked up on each call, so a later sign-in needs no new client.
      const getToken: TokenProvider = (context) => (this.getToken ?? this.provided?.getToken)?.(context);
      client = createClient({ baseUrl: endpoint, tenant, locale, routes, getToken });
      this.clients.set(key, client);
    }
    return client;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.toggleAttribute('data-tx-elder', this.isElder && !this.elder);
    const settings = this.resolve();
    if (!settings.ok) {
      const text = settings.problems.join(' ');
      // Once per element and message: a console line a web team can search for.
      if (reported.get(this) !== text) {
        reported.set(this, text);
        console.error(`[tongxin] <${this.tag}>: ${text}`);
      }
    }
  }

  /** A date or timestamp as a Beijing calendar day: `2026年11月27日` (en: `2026-11-27`). */
  protected formatDate(isoDateOrTime: string): string {
    const day = isoDateOrTime.length > 10 ? chinaToday(new Date(isoDateOrTime)) : isoDateOrTime;
    return this.activeLocale === 'en' ? day : formatChineseDate(day);
  }

  /** The visible explanation of a configuration problem (instead of a blank widget). */
  protected renderProblems(problems: string[]): TemplateResult {
    return html`<div class="alert" role="alert" part="config-error">
      <strong>[tongxin] ${this.shared.configTitle}</strong>
      <ul>${problems.map((p) => html`<li>${p}</li>`)}</ul>
    </div>`;
  }
}
