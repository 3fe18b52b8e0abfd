import {
  type CountyConfig,
  type FormDefinition,
  isHttpError,
  isValidationError,
  type Member,
  type Problem,
  type ProblemIssue,
  type Proposal,
  type ProposalInput,
  type ProposalSummary,
  type User,
} from '@tongxin/core';
import type { OutboxEvent } from '@tongxin/core/outbox';
import {
  createProposal,
  getAttachment,
  getConfig,
  getForm,
  getMe,
  getProposal,
  listMembers,
  listProposals,
  proposalAction,
  uploadAttachment,
} from '@tongxin/core/wire';
import { defaultProposalForm, type TxSubmitEvent, toProposalFieldIssue, toProposalInput } from '@tongxin/forms';
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { TxElement } from '../shared/base.js';
import { loadConfig } from '../shared/config.js';
import { OnlineController } from '../shared/online.js';
import { LaterOutbox } from '../shared/outbox-later.js';
import type { DetailContext } from './detail.js';
import { PROPOSAL_STRINGS } from './strings.js';

const ROUTES = {
  getConfig,
  getForm,
  getMe,
  listMembers,
  listProposals,
  getProposal,
  createProposal,
  proposalAction,
  uploadAttachment,
  getAttachment,
};
type Routes = typeof ROUTES;
type DetailModule = typeof import('./detail.js');
type View = { kind: 'mine' } | { kind: 'cosign' } | { kind: 'new' } | { kind: 'detail'; id: string };
type FormHandle = HTMLElement & { value: Record<string, unknown>; reset(): void; showErrors(i: ProblemIssue[]): Promise<ProblemIssue[]> };

/**
 * 提案 for CPPCC members: write one (the county's form or a built-in one: 案由, 情况/分析/建议,
 * proposer type with what each needs, co-signers picked from members, suggested units, publishing,
 * "body or attachment"), keep drafts on the device and on the server, check it in a preview, and
 * submit it through the offline outbox; list one's proposals and those awaiting one's co-signature
 * (confirm or decline); follow a proposal's history and replies (with the reply letter's files, and
 * for a merged proposal the one it joined, whose reply answers it), and rate the reply once answered.
 *
 * @summary The member's proposal desk: write, co-sign, follow and rate proposals.
 *
 * @event {CustomEvent<{ id: string; number?: string }>} tx-sent - A proposal (or draft) reached the server.
 * @event {CustomEvent<{ problem: Problem }>} tx-rejected - The server refused a submission.
 *
 * @csspart tabs - The row of view buttons.
 * @csspart preview - The read-only check before submitting.
 * @csspart detail - One proposal with its history and replies.
 * @csspart button - Buttons of the widget.
 * @csspart config-error - The explanation shown when attributes are missing or wrong.
 *
 * @cssproperty [--tx-color-primary=#a61b1b] - Buttons and accents.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size (at least 1.25rem in `elder` mode).
 */
export class TxProposalForm extends TxElement {
  static override styles = [
    ...TxElement.styles,
    css`
      [part='tabs'] button[aria-pressed='true'] {
        background: var(--_primary);
        color: var(--_on-primary);
        border-color: var(--_primary);
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: start;
        padding: 0.5rem;
        border-bottom: 1px solid var(--_border);
        vertical-align: top;
      }
      dl.preview {
        display: grid;
        gap: 0.25rem 1rem;
        grid-template-columns: minmax(5rem, max-content) 1fr;
      }
      dl.preview dd {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .reply {
        padding: 0.75rem 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .files {
        white-space: normal;
      }
      fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        display: grid;
        gap: 0.5rem;
      }
      label.choice {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        min-height: var(--_target);
      }
      textarea {
        width: 100%;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    form: {},
    view: {},
    current: { state: true },
    config: { state: true },
    definition: { state: true },
    me: { state: true },
    members: { state: true },
    rows: { state: true },
    proposal: { state: true },
    preview: { state: true },
    notice: { state: true },
    problem: { state: true },
    failed: { state: true },
  };

  /** Form id to use instead of the county's configured proposal form. */
  declare form: string | undefined;
  /** The view to open: `mine` (default), `cosign` or `new`. */
  declare view: 'mine' | 'cosign' | 'new';

  declare private current: View;
  declare private config: CountyConfig | undefined;
  declare private definition: FormDefinition | undefined;
  declare private me: User | undefined;
  declare private members: Member[] | undefined;
  declare private rows: ProposalSummary[] | undefined;
  declare private proposal: Proposal | undefined;
  declare private preview: ProposalInput | undefined;
  declare private notice: string;
  declare private problem: Problem | undefined;
  declare private failed: string;

  constructor() {
    super();
    this.view = 'mine';
    this.current = { kind: 'mine' };
    this.notice = '';
    this.failed = '';
  }

  private readonly network = new OnlineController(this);
  private pendingFiles: File[] = [];
  /** The outbox, whose code loads while the member's lists are fetched. */
  private readonly queue = new LaterOutbox<Routes>((event) => this.onOutbox(event));
  private loadedFor = '';
  private localId: string | undefined;
  private runs = 0;
  /** The proposal view's module, once loaded (see `loadDetail`). */
  private detailView: DetailModule | undefined;
  private detailLoad: Promise<DetailModule> | undefined;

  private get s() {
    return this.localized(PROPOSAL_STRINGS);
  }
  private get client() {
    return this.clientFor(ROUTES);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.queue.disconnect();
    this.loadedFor = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const settings = this.resolve();
    const client = this.client;
    if (!settings.ok || !client) return;
    const key = `${settings.value.endpoint}|${settings.value.tenant}|${settings.value.userKey}|${this.form ?? ''}`;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    this.queue.connect(client, settings.value.userKey);
    void this.start();
  }

  private async start(): Promise<void> {
    const client = this.client;
    if (!client) return;
    // A later start (another user signed in meanwhile) wins over one still waiting for answers.
    const run = ++this.runs;
    const current = () => run === this.runs;
    this.failed = '';
    this.me = undefined; // the views show once everything below is there (see render)
    let me: User;
    try {
      me = await client.getMe();
    } catch (error) {
      if (current())
        this.failed = isHttpError(error) && (error.status === 401 || error.status === 403) ? this.s.signIn : this.shared.loadFailed;
      return;
    }
    try {
      const config = await loadConfig(client);
      const formId = this.form ?? config.forms.proposal;
      const definition = formId ? (await client.getForm({ params: { formId } })).definition : defaultProposalForm(config);
      if (!current()) return;
      this.config = config;
      this.definition = definition;
    } catch {
      if (current()) this.failed = this.shared.loadFailed;
      return;
    }
    // Members to pick co-signers from (not oneself), before the form shows so that the picker does
    // not change under the user's fingers; when they cannot be loaded, ids are typed instead.
    await this.loadMembers(me.memberId);
    if (!current()) return;
    this.me = me;
    await this.show({ kind: this.view });
  }

  /** Every member of the county, page by page (a county has up to a few thousand). */
  private async loadMembers(self: string | undefined): Promise<void> {
    const client = this.client;
    if (!client) return;
    const all: Member[] = [];
    try {
      let cursor: string | undefined;
      do {
        const page = await client.listMembers({ query: { limit: 200, ...(cursor ? { cursor } : {}) } });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      this.members = all.filter((m) => m.id !== self);
    } catch {
      // Offline or refused: co-signers are typed by member id instead.
    }
  }

  private async show(view: View): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.current = view;
    this.problem = undefined;
    if (view.kind === 'mine' || view.kind === 'cosign') {
      this.rows = undefined;
      try {
        this.rows = (await client.listProposals({ query: { view: view.kind, limit: 100 } })).items;
        // Fetched now, while the member reads the list, so that a proposal opens without waiting.
        this.loadDetail().catch(() => undefined);
      } catch {
        this.failed = this.shared.loadFailed;
      }
    } else if (view.kind === 'detail') {
      this.proposal = undefined;
      try {
        [this.proposal] = await Promise.all([client.getProposal({ params: { id: view.id } }), this.loadDetail()]);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
      } catch {
        this.failed = this.shared.loadFailed;
      }
    } else {
      this.preview = undefined;
    }
  }

  /** The proposal view's code (a chunk of its own: writing a proposal does not need it). */
  private loadDetail(): Promise<DetailModule> {
    this.detailLoad ??= import('./detail.js').then(
      (module) => (this.detailView = module),
      (error: unknown) => {
        this.detailLoad = undefined; // tried again on the next view
        throw error;
      },
    );
    return this.detailLoad;
  }

  private onOutbox(event: OutboxEvent): void {
    if ((event.type !== 'sent' && event.type !== 'rejected') || event.item.localId !== this.localId) return;
    if (event.type === 'sent') {
      const result = event.result as Proposal;
      this.localId = undefined;
      this.notice = result.status === 'draft' ? this.s.draftSaved : this.s.submitted(result.number);
      this.dispatchEvent(new CustomEvent('tx-sent', { detail: { id: result.id, number: result.number }, bubbles: true, composed: true }));
      if (result.status !== 'draft') {
        this.formElement?.reset();
        void this.show({ kind: 'detail', id: result.id });
      }
    } else if (event.type === 'rejected') {
      this.localId = undefined;
      void this.showRejection(event.item.problem);
    }
  }

  private get formElement(): FormHandle | null {
    return this.renderRoot.querySelector(this.tags.form) as FormHandle | null;
  }

  private async showRejection(problem: Problem | undefined): Promise<void> {
    const outbox = this.queue.outbox;
    if (this.localId && outbox) await outbox.discard(this.localId);
    this.current = { kind: 'new' };
    this.preview = undefined;
    await this.updateComplete;
    const rest = (await this.formElement?.showErrors((problem?.issues ?? []).map(toProposalFieldIssue))) ?? [];
    this.problem = problem && (rest.length > 0 || !problem.issues?.length) ? { ...problem, issues: rest } : undefined;
    this.dispatchEvent(new CustomEvent('tx-rejected', { detail: { problem }, bubbles: true, composed: true }));
  }

  private onSubmit(event: TxSubmitEvent): void {
    event.preventDefault();
    if (!this.definition || !this.config) return;
    this.preview = toProposalInput(event.value, this.definition, 'submit', this.config.currentSession);
    this.pendingFiles = Object.values(event.files).flatMap((files) => [...files]);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#preview-title')?.focus());
  }

  private async send(body: ProposalInput, files: File[]): Promise<void> {
    this.problem = undefined;
    const outbox = await this.queue.get();
    // The outbox's code could not load (offline before it ever arrived): nothing was stored.
    if (!outbox) return this.showRejection({ type: 'about:blank', title: this.shared.loadFailed, status: 0 } as Problem);
    try {
      const item = await outbox.enqueue(
        'createProposal',
        { body },
        { attachments: files, attachInto: 'attachmentIds', keep: ['id', 'number', 'status'], label: body.title || this.s.write },
      );
      this.localId = item.localId;
      this.notice = this.network.online ? this.shared.loading : this.s.queued;
    } catch (error) {
      const problem: Problem = isHttpError(error)
        ? error.problem
        : ({
            type: 'about:blank',
            title: error instanceof Error ? error.message : String(error),
            status: 422,
            ...(isValidationError(error) ? { issues: error.issues } : {}),
          } as Problem);
      await this.showRejection(problem);
    }
  }

  private saveDraft(): void {
    if (!this.definition || !this.config) return;
    const raw = this.formElement?.value ?? {};
    void this.send(toProposalInput(raw, this.definition, 'draft', this.config.currentSession), []);
  }

  private async act(id: string, body: Record<string, unknown>): Promise<void> {
    const outbox = await this.queue.get();
    if (!outbox) {
      this.problem = { type: 'about:blank', title: this.shared.loadFailed, status: 0 } as Problem;
      return;
    }
    try {
      const item = await outbox.enqueue('proposalAction', { params: { id }, body } as never, {
        entity: `proposal:${id}`,
        label: this.proposal?.title ?? id,
      });
      this.notice = this.network.online ? this.shared.loading : this.shared.savedOffline;
      const result = (await outbox.whenSent(item.localId)) as Proposal;
      this.notice = '';
      this.proposal = result;
      if (this.current.kind === 'cosign') await this.show({ kind: 'cosign' });
    } catch (error) {
      const problem = (error as { problem?: Problem }).problem;
      this.problem = problem ?? ({ type: 'about:blank', title: String(error), status: 0 } as Problem);
    }
  }

  private unitName(id: string): string {
    const unit = this.config?.units.find((u) => u.id === id);
    return unit ? (unit.shortName ?? unit.name) : id;
  }

  private label(list: { code: string; label: Record<string, string | undefined> }[] | undefined, code: string | undefined): string {
    const item = list?.find((c) => c.code === code);
    return item ? (item.label[this.activeLocale] ?? item.label['zh-Hans'] ?? code ?? '') : (code ?? '');
  }

  private renderTabs() {
    const s = this.s;
    const tab = (kind: 'mine' | 'cosign' | 'new', text: string) =>
      html`<button type="button" part="button" aria-pressed=${this.current.kind === kind ? 'true' : 'false'} @click=${() => this.show({ kind })}>${text}</button>`;
    return html`<div class="row" part="tabs" role="group" aria-label=${s.write}>${tab('mine', s.mine)}${tab('cosign', s.cosign)}${tab('new', s.write)}</div>`;
  }

  private renderList(kind: 'mine' | 'cosign') {
    const s = this.s;
    if (!this.rows) return html`<p role="status" class="muted">${this.shared.loading}</p>`;
    if (this.rows.length === 0) return html`<p>${kind === 'mine' ? s.noMine : s.noCosign}</p>`;
    return html`<table>
      <caption class="visually-hidden">${kind === 'mine' ? s.mine : s.cosign}</caption>
      <thead><tr><th scope="col">${s.number}</th><th scope="col">${s.sections.title}</th><th scope="col">${s.statusColumn}</th><th scope="col"><span class="visually-hidden">${s.actions}</span></th></tr></thead>
      <tbody>${this.rows.map(
        (p) => html`<tr><td>${p.number ?? '—'}</td><td>${p.title || '—'}</td><td>${s.status[p.status]}</td>
          <td><button type="button" part="button" aria-label=${s.open(p.title || (p.number ?? ''))} @click=${() => this.show({ kind: 'detail', id: p.id })}>${s.openButton}</button></td></tr>`,
      )}</tbody>
    </table>`;
  }

  private renderPreview(input: ProposalInput) {
    const s = this.s;
    const units = [input.suggestedLeadUnitId, ...(input.suggestedAssistingUnitIds ?? [])]
      .filter((u): u is string => !!u)
      .map((u) => this.unitName(u));
    const row = (label: string, value: string) => html`<dt>${label}</dt><dd>${value || '—'}</dd>`;
    return html`<section part="preview" class="stack" aria-labelledby="preview-title">
      <h3 id="preview-title" tabindex="-1">${s.preview}</h3>
      <p>${s.previewIntro}</p>
      <dl class="preview">
        ${row(s.sections.title, input.title)}
        ${row(s.sections.category, this.label(this.config?.proposalCategories, input.categoryCode))}
        ${row(s.sections.situation, input.situation)}
        ${row(s.sections.reasons, input.reasons)}
        ${row(s.sections.suggestions, input.suggestions)}
        ${input.cosignerIds?.length ? row(s.cosigners, input.cosignerIds.map((id) => this.members?.find((m) => m.id === id)?.name ?? id).join('、')) : nothing}
        ${row(s.sections.units, units.join('、'))}
        ${row(s.sections.publish, input.publish.consent ? s.publishYes : s.publishNo(input.publish.reason ?? ''))}
      </dl>
      <p class="row">
        <button type="button" part="button" @click=${() => {
          this.preview = undefined;
        }}>${s.edit}</button>
        <button type="button" part="button" class="primary" @click=${() => {
          const input = this.preview!;
          this.preview = undefined;
          void this.send(input, this.pendingFiles);
        }}>${s.confirm}</button>
      </p>
    </section>`;
  }

  /** What the proposal view (`./detail.js`) needs from the widget. */
  private detailContext(endpoint: string): DetailContext {
    return {
      s: this.s,
      memberId: this.me?.memberId,
      endpoint,
      formatDate: (d) => this.formatDate(d),
      unitName: (id) => this.unitName(id),
      answerCategory: (code) => this.label(this.config?.answerCategories, code),
      back: () => void this.show({ kind: 'mine' }),
      act: (body) => void (this.proposal && this.act(this.proposal.id, body)),
      fetchFile: (file) => this.client!.getAttachment({ params: { id: file.id } }),
      tell: (message) => {
        this.notice = message;
      },
    };
  }

  protected override render() {
    const settings = this.resolve();
    if (!settings.ok) return this.renderProblems(settings.problems);
    if (this.failed) {
      return html`<div class="alert" role="alert">${this.failed}
        <button type="button" part="button" @click=${() => this.start()}>${this.shared.retry}</button></div>`;
    }
    if (!this.config || !this.definition || !this.me) return html`<p role="status" class="muted">${this.shared.loading}</p>`;
    const s = this.s;
    const view = this.current;
    const formTag = unsafeStatic(this.tags.form);
    return html`<div class="stack">
      ${this.network.online ? nothing : html`<p class="notice offline" role="status">${this.shared.offline}</p>`}
      ${this.renderTabs()}
      ${this.notice ? html`<p class="ok" role="status">${this.notice}</p>` : nothing}
      ${
        this.problem
          ? html`<div class="alert" role="alert"><strong>${s.rejected}</strong><p>${this.problem.detail ?? this.problem.title}</p>
            ${this.problem.issues?.length ? html`<ul>${this.problem.issues.map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}</div>`
          : nothing
      }
      ${view.kind === 'mine' || view.kind === 'cosign' ? this.renderList(view.kind) : nothing}
      ${
        view.kind === 'detail'
          ? this.proposal && this.detailView
            ? this.detailView.renderDetail(this.proposal, this.detailContext(settings.value.endpoint))
            : html`<p role="status">${this.shared.loading}</p>`
          : nothing
      }
      ${
        view.kind === 'new'
          ? html`<p>${s.proposer(this.me.name)}</p>
            ${this.preview ? this.renderPreview(this.preview) : nothing}
            ${staticHtml`<${formTag} .definition=${this.definition} .config=${this.config} .members=${this.members}
              locale=${settings.value.locale} ?elder=${this.isElder} drafts user-key=${settings.value.userKey}
              ?hidden=${this.preview !== undefined} @tx-submit=${(e: TxSubmitEvent) => this.onSubmit(e)}></${formTag}>`}
            ${this.preview ? nothing : html`<p><button type="button" part="button" @click=${() => this.saveDraft()}>${s.saveDraft}</button></p>`}`
          : nothing
      }
    </div>`;
  }
}
