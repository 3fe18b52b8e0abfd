import type { Outbox, OutboxItem } from '@tongxin/core/outbox';
import { routes } from '@tongxin/core/wire';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TxElement } from '../shared/base.js';
import { OnlineController } from '../shared/online.js';
import { acquireOutbox } from '../shared/outbox.js';
import { OUTBOX_STRINGS } from './strings.js';

/**
 * What this device still has to send for the signed-in user (or anonymous visitor): each item
 * with its state, the next attempt and the server's reason when it was returned; retry now,
 * discard (after confirming), or edit (the page decides how). It carries every route of the
 * contract, so a page with only this widget still delivers the queue.
 *
 * @summary Lists what is waiting on this device to be sent, with retry, discard and edit.
 *
 * @event {CustomEvent<{ item: OutboxItem }>} tx-outbox-edit - The user asked to edit an item (its `input` is the queued request); cancelable.
 *
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart button - Every button.
 * @csspart config-error - The explanation shown when attributes are missing or wrong.
 *
 * @cssproperty [--tx-color-primary=#a61b1b] - Buttons and accents.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size (at least 1.25rem in `elder` mode).
 */
export class TxOutbox extends TxElement {
  static override styles = [
    ...TxElement.styles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      li {
        padding: 0.75rem 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        display: grid;
        gap: 0.5rem;
      }
      li[data-state='rejected'],
      li[data-state='expired'] {
        border: 2px solid var(--_error);
      }
      .title {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    items: { state: true },
    loaded: { state: true },
  };

  declare private items: OutboxItem[];
  declare private loaded: boolean;

  constructor() {
    super();
    this.items = [];
    this.loaded = false;
  }
  private readonly network = new OnlineController(this);
  private outbox: Outbox<typeof routes> | undefined;
  private release: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;
  private connectedFor = '';

  private get s() {
    return this.localized(OUTBOX_STRINGS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.release?.();
    this.unsubscribe = this.release = this.outbox = undefined;
    this.connectedFor = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const settings = this.resolve();
    const client = this.clientFor(routes);
    if (!settings.ok || !client) return;
    const key = `${settings.value.endpoint}|${settings.value.tenant}|${settings.value.userKey}`;
    if (key === this.connectedFor) return;
    this.connectedFor = key;
    this.unsubscribe?.();
    this.release?.();
    const held = acquireOutbox(client, settings.value.userKey);
    this.outbox = held.outbox;
    this.release = held.release;
    this.unsubscribe = held.outbox.subscribe((event) => {
      if (event.type === 'change') {
        this.items = event.items;
        this.loaded = true;
      }
    });
    void held.outbox.list().then((items) => {
      this.items = items;
      this.loaded = true;
    });
  }

  private time(ms: number): string {
    return new Intl.DateTimeFormat(this.activeLocale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
  }

  private label(item: OutboxItem): string {
    const kind = this.s.routes[item.route] ?? item.route;
    return item.label ? `${kind}：${item.label}` : kind;
  }

  private edit(item: OutboxItem): void {
    this.dispatchEvent(new CustomEvent('tx-outbox-edit', { detail: { item }, bubbles: true, composed: true, cancelable: true }));
  }

  private async discard(item: OutboxItem): Promise<void> {
    if (!confirm(this.s.confirmDiscard(this.label(item)))) return;
    await this.outbox?.discard(item.localId);
  }

  private renderItem(item: OutboxItem) {
    const s = this.s;
    const waiting = item.state === 'retrying' || item.state === 'queued' || item.state === 'paused';
    return html`<li part="item" data-state=${item.state}>
      <span class="title">${this.label(item)}</span>
      <span><span class="badge">${s.state[item.state]}</span> <span class="muted">${s.savedAt(this.time(item.createdAt))}</span>
        ${item.attachments.length > 0 ? html` <span class="muted">${s.files(item.attachments.length)}</span>` : nothing}</span>
      ${item.state === 'retrying' && item.nextAttemptAt ? html`<span class="muted">${s.nextAttempt(this.time(item.nextAttemptAt), item.attempts)}</span>` : nothing}
      ${
        item.problem && (item.state === 'rejected' || item.state === 'retrying')
          ? html`<span>${s.reason}${item.problem.detail ?? item.problem.title}${
              item.problem.issues?.length ? html`<ul>${item.problem.issues.map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing
            }</span>`
          : nothing
      }
      <span class="row">
        ${waiting || item.state === 'expired' ? html`<button type="button" part="button" @click=${() => this.outbox?.retry(item.localId)}>${s.retry}</button>` : nothing}
        ${item.state === 'rejected' ? html`<button type="button" part="button" @click=${() => this.edit(item)}>${s.edit}</button>` : nothing}
        ${item.state !== 'sending' ? html`<button type="button" part="button" @click=${() => this.discard(item)}>${s.discard}</button>` : nothing}
      </span>
    </li>`;
  }

  protected override render() {
    const settings = this.resolve();
    if (!settings.ok) return this.renderProblems(settings.problems);
    const s = this.s;
    if (!this.loaded) return html`<p role="status" class="muted">${this.shared.loading}</p>`;
    const pending = this.items.filter((i) => i.state !== 'sent');
    return html`<section class="stack" aria-labelledby="outbox-title">
      <h3 id="outbox-title">${s.heading}</h3>
      ${this.network.online ? nothing : html`<p class="notice offline">${this.shared.offline}</p>`}
      <p role="status">${pending.length === 0 ? s.empty : s.count(pending.length)}</p>
      ${pending.length > 0 ? html`<ul part="list">${pending.map((i) => this.renderItem(i))}</ul>` : nothing}
    </section>`;
  }
}
