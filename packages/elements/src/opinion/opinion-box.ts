import type { CountyConfig, Division, FormDefinition, Problem, ProblemIssue } from '@tongxin/core';
import { isHttpError, isValidationError } from '@tongxin/core';
import type { OutboxEvent } from '@tongxin/core/outbox';
import { createOpinion, getConfig, getForm, listDivisions, uploadAttachment } from '@tongxin/core/wire';
import { defaultOpinionForm, type TxSubmitEvent, toOpinionFieldIssue, toOpinionInput } from '@tongxin/forms';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { TxElement } from '../shared/base.js';
import { loadConfig } from '../shared/config.js';
import { OnlineController } from '../shared/online.js';
import { LaterOutbox } from '../shared/outbox-later.js';
import { saveCode } from './device.js';
import { drawQr, type ReceiptView, renderReceipt, statusLink } from './receipt.js';
import { OPINION_STRINGS } from './strings.js';

const ROUTES = { getConfig, getForm, listDivisions, createOpinion, uploadAttachment };
type Routes = typeof ROUTES;
const KEEP = ['id', 'trackingCode', 'queryPassword', 'dueDate'];

type Phase = 'form' | 'sending' | 'queued' | 'sent' | 'rejected';

/**
 * The 社情民意 opinion box for citizens and members: the county's acceptance notice, its form (or a
 * built-in one following its identity policy), drafts on the device, and submission through the
 * offline outbox. After delivery it shows the tracking code and query password (large, copyable,
 * with a QR code) and keeps them in "my submissions" on this device.
 *
 * @summary Lets citizens and members send an opinion, offline too, and gives them a tracking code.
 *
 * @event {CustomEvent<{ localId: string }>} tx-queued - The opinion was saved on the device (sent when online).
 * @event {CustomEvent<{ trackingCode: string; id: string }>} tx-sent - The server accepted it.
 * @event {CustomEvent<{ problem: Problem }>} tx-rejected - The server refused it (shown on the fields).
 *
 * @csspart notice - The acceptance notice.
 * @csspart receipt - The tracking code and password after delivery.
 * @csspart button - Buttons of the widget (the form's own have their parts on `<tx-form>`).
 * @csspart config-error - The explanation shown when attributes are missing or wrong.
 *
 * @cssproperty [--tx-color-primary=#a61b1b] - Buttons and accents.
 * @cssproperty [--tx-color-text=#1a1a1a] - Text.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size (at least 1.25rem in `elder` mode).
 */
export class TxOpinionBox extends TxElement {
  static override styles = [
    ...TxElement.styles,
    css`
      .codes {
        display: grid;
        gap: 0.75rem;
        margin: 0;
      }
      .code-row dt {
        font-weight: 600;
      }
      .code-row dd {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin: 0;
      }
      .code {
        font-family: ui-monospace, 'Noto Sans Mono CJK SC', monospace;
        font-size: 1.75em;
        font-weight: 700;
        letter-spacing: 0.08em;
      }
      .qr {
        margin: 0;
        display: grid;
        gap: 0.25rem;
        justify-items: start;
      }
      .qr canvas {
        width: 10rem;
        height: 10rem;
        image-rendering: pixelated;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    form: {},
    workstation: { reflect: true },
    workstationName: { attribute: 'workstation-name' },
    statusHref: { attribute: 'status-href' },
    config: { state: true },
    definition: { state: true },
    divisions: { state: true },
    loadError: { state: true },
    phase: { state: true },
    receipt: { state: true },
    problem: { state: true },
    copied: { state: true },
    earlier: { state: true },
  };

  /** Form id to use instead of the county's configured opinion form. */
  declare form: string | undefined;
  /** Id of the members' workstation the opinion goes to (set by `<tx-workstation-map>`). */
  declare workstation: string | undefined;
  /** The workstation's name, shown to the writer (an id means nothing to a citizen, so without a name none is shown). */
  declare workstationName: string | undefined;
  /** URL of the page with `<tx-opinion-status>`; the receipt's QR code opens it with the code filled in. */
  declare statusHref: string | undefined;

  declare private config: CountyConfig | undefined;
  declare private definition: FormDefinition | undefined;
  declare private divisions: Division[] | undefined;
  declare private loadError: boolean;
  declare private phase: Phase;
  declare private receipt: ReceiptView | undefined;
  declare private problem: Problem | undefined;
  declare private copied: string;
  declare private earlier: ReceiptView[];

  constructor() {
    super();
    this.loadError = false;
    this.phase = 'form';
    this.copied = '';
    this.earlier = [];
  }

  private readonly network = new OnlineController(this);
  /** The outbox, whose code loads while the config and the form are fetched. */
  private readonly queue = new LaterOutbox<Routes>((event) => this.onOutbox(event));
  private localId: string | undefined;
  private loadedFor = '';

  private get s() {
    return this.localized(OPINION_STRINGS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.queue.disconnect();
    this.loadedFor = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const settings = this.resolve();
    if (!settings.ok) return;
    const key = `${settings.value.endpoint}|${settings.value.tenant}|${settings.value.userKey}|${this.form ?? ''}`;
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
    if (this.phase === 'sent' && this.receipt && changed.has('phase')) void this.afterReceipt();
  }

  private get client() {
    return this.clientFor(ROUTES);
  }

  /** Loads the county config, the form and the division tree; connects to the outbox. */
  private async load(): Promise<void> {
    const client = this.client;
    const settings = this.resolve();
    if (!client || !settings.ok) return;
    this.loadError = false;
    this.queue.connect(client, settings.value.userKey);
    try {
      const config = await loadConfig(client);
      const formId = this.form ?? config.forms.opinion;
      const definition = formId ? (await client.getForm({ params: { formId } })).definition : defaultOpinionForm(config);
      this.config = config;
      this.definition = definition;
      this.divisions = await client.listDivisions().catch(() => undefined);
    } catch {
      this.loadError = true;
    }
    await this.collectReceipts();
  }

  /** Opinions delivered while this page was closed: keep their codes on the device and show them. */
  private async collectReceipts(): Promise<void> {
    const outbox = await this.queue.get();
    const settings = this.resolve();
    if (!outbox || !settings.ok) return;
    const found: ReceiptView[] = [];
    for (const receipt of await outbox.receipts()) {
      if (receipt.route !== 'createOpinion' || receipt.localId === this.localId) continue;
      const view = receiptOf(receipt.fields);
      if (!view) continue;
      saveCode(settings.value.tenant, {
        trackingCode: view.trackingCode,
        queryPassword: view.queryPassword,
        at: new Date(receipt.at).toISOString(),
      });
      found.push(view);
      await outbox.dismissReceipt(receipt.localId);
    }
    if (found.length > 0) this.earlier = [...this.earlier, ...found];
  }

  private onOutbox(event: OutboxEvent): void {
    if (event.type === 'sent' && event.item.localId === this.localId) {
      const view = receiptOf(event.result);
      if (view) this.showReceipt(view, event.item.localId);
    } else if (event.type === 'rejected' && event.item.localId === this.localId) {
      void this.showRejection(event.item.problem);
    }
  }

  private async onSubmit(event: TxSubmitEvent): Promise<void> {
    event.preventDefault();
    const definition = this.definition;
    // A second press while the first is on its way sends nothing more.
    if (!definition || this.phase !== 'form') return;
    const body = toOpinionInput(event.value, definition, new Date(), this.workstation);
    const files = Object.entries(event.files).flatMap(([, list]) => [...list]);
    this.problem = undefined;
    this.phase = 'sending';
    const outbox = await this.queue.get();
    if (!outbox) {
      // Nothing was stored: the answers stay in the form.
      await this.showRejection({ type: 'about:blank', title: this.shared.loadFailed, status: 0 } as Problem);
      return;
    }
    try {
      const item = await outbox.enqueue(
        'createOpinion',
        { body },
        { attachments: files, attachInto: 'attachmentIds', keep: KEEP, label: body.title },
      );
      this.localId = item.localId;
      if (this.phase === 'sending' && !this.network.online) this.markQueued(item.localId);
      // A slow network: after a moment, say it is kept safely rather than leave a spinner.
      setTimeout(() => {
        if (this.phase === 'sending' && this.localId === item.localId) this.markQueued(item.localId);
      }, 4000);
    } catch (error) {
      // Refused before anything was stored (invalid input, storage full): nothing is lost, the form keeps the answers.
      await this.showRejection(problemOf(error));
    }
  }

  private markQueued(localId: string): void {
    this.phase = 'queued';
    this.dispatchEvent(new CustomEvent('tx-queued', { detail: { localId }, bubbles: true, composed: true }));
  }

  private showReceipt(view: ReceiptView, localId: string): void {
    const settings = this.resolve();
    if (settings.ok)
      saveCode(settings.value.tenant, { trackingCode: view.trackingCode, queryPassword: view.queryPassword, at: new Date().toISOString() });
    void this.queue.outbox?.dismissReceipt(localId);
    this.receipt = view;
    this.phase = 'sent';
    this.formElement?.reset();
    this.dispatchEvent(
      new CustomEvent('tx-sent', { detail: { trackingCode: view.trackingCode, id: view.id }, bubbles: true, composed: true }),
    );
  }

  private async showRejection(problem: Problem | undefined): Promise<void> {
    this.phase = 'rejected';
    this.problem = problem;
    // The answers are back in the form to fix; the refused copy would only wait in the queue.
    if (this.localId) await this.queue.outbox?.discard(this.localId);
    this.localId = undefined;
    this.phase = 'form';
    await this.updateComplete;
    const rest = (await this.formElement?.showErrors((problem?.issues ?? []).map(toOpinionFieldIssue))) ?? [];
    // Issues the form cannot place stay in the alert above it.
    this.problem = problem && (rest.length > 0 || !problem.issues?.length) ? { ...problem, issues: rest } : undefined;
    this.dispatchEvent(new CustomEvent('tx-rejected', { detail: { problem }, bubbles: true, composed: true }));
  }

  private get formElement() {
    return this.renderRoot.querySelector(this.tags.form) as
      | (HTMLElement & { reset(): void; showErrors(i: ProblemIssue[]): Promise<ProblemIssue[]> })
      | null;
  }

  private async afterReceipt(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#receipt-title')?.focus();
    const canvas = this.renderRoot.querySelector('canvas');
    const link = this.receipt && statusLink(this.statusHref, this.receipt.trackingCode);
    if (canvas && link) await drawQr(canvas, link).catch(() => canvas.closest('figure')?.remove());
  }

  private async copy(what: string, value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.copied = this.s.copied(what);
    } catch {
      this.copied = this.s.copyFailed;
    }
  }

  protected override render() {
    const settings = this.resolve();
    if (!settings.ok) return this.renderProblems(settings.problems);
    const s = this.s;
    if (this.loadError) {
      return html`<div class="alert" role="alert">${this.shared.loadFailed}
        <button type="button" part="button" @click=${() => this.load()}>${this.shared.retry}</button></div>`;
    }
    if (!this.config || !this.definition) return html`<p role="status" class="muted">${this.shared.loading}</p>`;
    const config = this.config;
    const formTag = unsafeStatic(this.tags.form);
    return html`<div class="stack">
      ${this.network.online ? nothing : html`<p class="notice offline" role="status">${this.shared.offline}</p>`}
      ${this.earlier.map((r) => renderReceipt(s, r, { copy: (w, v) => this.copy(w, v), copied: this.copied, hasQr: false, dateText: (d) => this.formatDate(d) }))}
      ${
        this.phase === 'sent' && this.receipt
          ? html`${renderReceipt(s, this.receipt, {
              copy: (w, v) => this.copy(w, v),
              copied: this.copied,
              hasQr: statusLink(this.statusHref, this.receipt.trackingCode) !== undefined,
              dateText: (d) => this.formatDate(d),
            })}
            <p><button type="button" part="button" class="primary" @click=${() => {
              this.phase = 'form';
              this.receipt = undefined;
            }}>${s.another}</button></p>`
          : nothing
      }
      ${this.phase === 'queued' ? html`<p class="notice" role="status">${s.queued}</p>` : nothing}
      ${this.phase === 'sending' ? html`<p role="status" class="muted">${s.sending}</p>` : nothing}
      ${
        this.problem
          ? html`<div class="alert" role="alert"><strong>${s.rejected}</strong>
            <p>${this.problem.detail ?? this.problem.title}</p>
            ${this.problem.issues?.length ? html`<ul>${this.problem.issues.map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}</div>`
          : nothing
      }
      <section class="notice" part="notice" aria-labelledby="acceptance">
        <h3 id="acceptance">${s.acceptance}</h3>
        <p>${config.opinionPolicy.notice[settings.value.locale] ?? config.opinionPolicy.notice['zh-Hans']}</p>
        ${this.workstation && this.workstationName ? html`<p class="to-station">${s.toStation}${this.workstationName}</p>` : nothing}
      </section>
      ${staticHtml`<${formTag} .definition=${this.definition} .config=${config} .divisions=${this.divisions}
        locale=${settings.value.locale} ?elder=${this.isElder} drafts user-key=${settings.value.userKey}
        ?disabled=${this.phase === 'sending'} ?hidden=${this.phase === 'sent' || this.phase === 'queued'}
        @tx-submit=${(e: TxSubmitEvent) => this.onSubmit(e)}></${formTag}>`}
    </div>`;
  }
}

function receiptOf(value: unknown): ReceiptView | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.trackingCode !== 'string' || typeof v.queryPassword !== 'string') return undefined;
  return {
    trackingCode: v.trackingCode,
    queryPassword: v.queryPassword,
    ...(typeof v.dueDate === 'string' ? { dueDate: v.dueDate } : {}),
    ...(typeof v.id === 'string' ? { id: v.id } : {}),
  };
}

function problemOf(error: unknown): Problem {
  if (isHttpError(error)) return error.problem;
  if (isValidationError(error)) return { type: 'about:blank', title: error.message, status: 422, issues: error.issues } as Problem;
  const message = error instanceof Error ? error.message : String(error);
  return { type: 'about:blank', title: message, status: 0 } as Problem;
}
