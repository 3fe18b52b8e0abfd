import { type CountyConfig, chinaToday, dueStatus, isHttpError, type OpinionPublicView } from '@tongxin/core';
import { getConfig, lookupOpinion } from '@tongxin/core/wire';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { TxElement } from '../shared/base.js';
import { loadConfig } from '../shared/config.js';
import { forgetCode, type SavedCode, savedCodes } from './device.js';
import { OPINION_STRINGS } from './strings.js';

const ROUTES = { getConfig, lookupOpinion };
/** Statuses after which the promised first answer has been given. */
const ANSWERED = new Set(['not_accepted', 'edited', 'reported', 'adopted', 'instructed', 'archived', 'closed']);

/**
 * Looks a 社情民意 submission up by tracking code and query password, and shows its status
 * timeline, the public replies, its uptake and whether the reply is overdue against the county's
 * working-day limit. Codes saved on this device are offered for a one-click lookup.
 *
 * @summary Shows the progress of an opinion to whoever holds its tracking code and password.
 *
 * @csspart lookup - The code and password form.
 * @csspart result - The status, timeline and replies.
 * @csspart button - Every button.
 * @csspart config-error - The explanation shown when attributes are missing or wrong.
 *
 * @cssproperty [--tx-color-primary=#a61b1b] - Buttons and accents.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size (at least 1.25rem in `elder` mode).
 */
export class TxOpinionStatus extends TxElement {
  static override styles = [
    ...TxElement.styles,
    css`
      form {
        display: grid;
        gap: 0.75rem;
        max-width: 32rem;
      }
      label {
        display: grid;
        gap: 0.25rem;
        font-weight: 600;
      }
      .timeline {
        margin: 0;
        padding-inline-start: 1.25rem;
        display: grid;
        gap: 0.5rem;
      }
      .reply {
        padding: 0.75rem 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .overdue {
        color: var(--_error);
        border-color: var(--_error);
      }
      .due-soon {
        color: var(--_warn);
        border-color: var(--_warn);
      }
      .saved {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    code: {},
    trackingCode: { state: true },
    password: { state: true },
    busy: { state: true },
    error: { state: true },
    view: { state: true },
    config: { state: true },
    saved: { state: true },
  };

  /** A tracking code to fill in (also read from the page's `#code=` fragment). */
  declare code: string | undefined;

  declare private trackingCode: string;
  declare private password: string;
  declare private busy: boolean;
  declare private error: string;
  declare private view: OpinionPublicView | undefined;
  declare private config: CountyConfig | undefined;
  declare private saved: SavedCode[];

  constructor() {
    super();
    this.trackingCode = '';
    this.password = '';
    this.busy = false;
    this.error = '';
    this.saved = [];
  }

  private get s() {
    return this.localized(OPINION_STRINGS);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromHash = /(?:^|[#&])code=([0-9A-Za-z-]{12,20})/.exec(location.hash)?.[1];
    this.trackingCode = this.code ?? fromHash ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('code') && this.code) this.trackingCode = this.code;
    const settings = this.resolve();
    if (settings.ok) this.saved = savedCodes(settings.value.tenant);
  }

  private async lookup(trackingCode = this.trackingCode, password = this.password): Promise<void> {
    const client = this.clientFor(ROUTES);
    if (!client) return;
    this.busy = true;
    this.error = '';
    try {
      this.view = await client.lookupOpinion({ body: { trackingCode, password } });
      this.config = await loadConfig(client).catch(() => undefined);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus();
    } catch (error) {
      this.view = undefined;
      this.error = this.messageOf(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.alert')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private messageOf(error: unknown): string {
    if (isHttpError(error)) {
      if (error.status === 404) return this.s.notFound;
      if (error.status === 429) return this.s.rateLimited(Number(error.response?.headers.get('retry-after')) || 60);
      if (error.status === 422) return error.problem.issues?.map((i) => i.message).join('；') || this.s.notFound;
    }
    return this.shared.loadFailed;
  }

  private renderDue(view: OpinionPublicView) {
    const s = this.s;
    if (ANSWERED.has(view.status) || view.replies.length > 0) return html`<span class="badge">${s.answered}</span>`;
    const config = this.config;
    if (!config) return nothing;
    const today = chinaToday();
    const { status, workingDaysLeft } = dueStatus(view.dueDate, today, config.calendar, config.deadlines.dueSoonWorkingDays);
    if (status === 'overdue') return html`<span class="badge overdue">${s.overdue(Math.max(1, -workingDaysLeft))}</span>`;
    return html`<span class="badge ${status === 'due_soon' ? 'due-soon' : ''}">${status === 'due_soon' ? s.dueSoon : s.onTime}</span>`;
  }

  private renderView(view: OpinionPublicView) {
    const s = this.s;
    const locale = this.activeLocale;
    const category = this.config?.opinionCategories.find((c) => c.code === view.categoryCode);
    return html`<section part="result" class="stack" aria-labelledby="result-title">
      <h3 id="result-title" tabindex="-1">${view.title}</h3>
      <p class="row"><span class="badge">${s.status[view.status]}</span>${this.renderDue(view)}</p>
      <dl>
        <dt>${s.trackingCode}</dt><dd lang="en">${view.trackingCode}</dd>
        <dt>${s.submittedAt}</dt><dd>${this.formatDate(view.submittedAt)}</dd>
        ${category ? html`<dt>${s.category}</dt><dd>${category.label[locale] ?? category.label['zh-Hans']}</dd>` : nothing}
      </dl>
      <h4>${s.timeline}</h4>
      <ol class="timeline">
        ${view.timeline.map((t) => html`<li><strong>${this.formatDate(t.at)}</strong> ${s.status[t.status]}${t.note ? html`：${t.note}` : nothing}</li>`)}
      </ol>
      <h4>${s.replies}</h4>
      ${
        view.replies.length === 0
          ? html`<p class="muted">${s.noReplies}</p>`
          : view.replies.map(
              (r) =>
                html`<article class="reply"><p class="muted">${this.formatDate(r.at)} · ${s.replyFrom(r.from)}</p><p>${r.text}</p></article>`,
            )
      }
      ${
        view.uptake.length > 0
          ? html`<h4>${s.uptake}</h4><ul>${view.uptake.map((u) => {
              const level = this.config?.reportLevels.find((l) => l.code === u.level);
              const name = level ? (level.label[locale] ?? level.label['zh-Hans']) : u.level;
              return html`<li>${name}：${[u.adopted && s.adopted, u.instructed && s.instructed].filter(Boolean).join('，') || s.status.reported}</li>`;
            })}</ul>`
          : nothing
      }
    </section>`;
  }

  protected override render() {
    const settings = this.resolve();
    if (!settings.ok) return this.renderProblems(settings.problems);
    const s = this.s;
    return html`<div class="stack">
      <form part="lookup" @submit=${(e: Event) => {
        e.preventDefault();
        void this.lookup();
      }}>
        <h3>${s.lookupHeading}</h3>
        <label>${s.trackingCode}
          <input name="trackingCode" autocomplete="off" autocapitalize="characters" spellcheck="false" required maxlength="20"
            aria-describedby="code-help" .value=${this.trackingCode} @input=${(e: Event) => {
              this.trackingCode = (e.target as HTMLInputElement).value;
            }} />
        </label>
        <p id="code-help" class="muted">${s.lookupHelp}</p>
        <label>${s.password}
          <input name="password" type="password" autocomplete="off" required maxlength="32" .value=${this.password}
            @input=${(e: Event) => {
              this.password = (e.target as HTMLInputElement).value;
            }} />
        </label>
        <p><button part="button" class="primary" ?disabled=${this.busy}>${this.busy ? this.shared.loading : s.lookup}</button></p>
      </form>
      ${this.error ? html`<div class="alert" role="alert" tabindex="-1">${this.error}</div>` : nothing}
      ${this.view ? this.renderView(this.view) : nothing}
      <section aria-labelledby="saved-title" class="stack">
        <h3 id="saved-title">${s.mySubmissions}</h3>
        ${
          this.saved.length === 0
            ? html`<p class="muted">${s.noSaved}</p>`
            : html`<ul class="saved">${this.saved.map(
                (c) => html`<li class="row"><span lang="en">${c.trackingCode}</span><span class="muted">${this.formatDate(c.at)}</span>
                  <button type="button" part="button" @click=${() => {
                    this.trackingCode = c.trackingCode;
                    this.password = c.queryPassword;
                    void this.lookup(c.trackingCode, c.queryPassword);
                  }}>${s.check}</button>
                  <button type="button" part="button" @click=${() => {
                    forgetCode(settings.value.tenant, c.trackingCode);
                    this.saved = savedCodes(settings.value.tenant);
                  }}>${s.forget(c.trackingCode)}</button></li>`,
              )}</ul>`
        }
      </section>
    </div>`;
  }
}
