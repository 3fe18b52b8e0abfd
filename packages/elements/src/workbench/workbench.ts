import {
  type Attachment,
  type CountyConfig,
  chinaToday,
  isHttpError,
  type Opinion,
  type OpinionSummary,
  type Problem,
  type Proposal,
  type ProposalSummary,
  type User,
} from '@tongxin/core';
import type { Outbox } from '@tongxin/core/outbox';
import {
  getAttachment,
  getConfig,
  getMe,
  getOpinion,
  getProposal,
  listOpinions,
  listProposals,
  opinionAction,
  proposalAction,
  uploadAttachment,
} from '@tongxin/core/wire';
import { allowedOpinionActions, MERGE_TARGET_STATES } from '@tongxin/core/workflow';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { OPINION_STRINGS } from '../opinion/strings.js';
import { renderFiles, saveFile } from '../proposal/reply-files.js';
import { PROPOSAL_STRINGS } from '../proposal/strings.js';
import { TxElement } from '../shared/base.js';
import { loadConfig } from '../shared/config.js';
import { download, toCsv } from '../shared/csv.js';
import { OnlineController } from '../shared/online.js';
import { acquireOutbox } from '../shared/outbox.js';
import { actionBody, type FieldSpec, filesIn, opinionFields, proposalFields, renderActionForm } from './actions.js';
import { type ListText, listAsText } from './list-text.js';
import {
  BUCKETS,
  type Desk,
  deadlineOf,
  deskOf,
  offeredProposalActions,
  supervisionBuckets,
  type UnitLoad,
  unitWorkload,
} from './logic.js';
import { compilable, renderOpinionList } from './opinion-list.js';
import { WORKBENCH_STRINGS, type WorkbenchTab } from './strings.js';
import { workbenchStyles } from './workbench.styles.js';

const ROUTES = {
  getConfig,
  getMe,
  listProposals,
  getProposal,
  proposalAction,
  listOpinions,
  getOpinion,
  opinionAction,
  uploadAttachment,
  getAttachment,
};
type Routes = typeof ROUTES;
type Open = { kind: 'proposal'; id: string } | { kind: 'opinion'; id: string };
const TABS: Record<Desk, WorkbenchTab[]> = {
  staff: ['inbox', 'filed', 'supervision', 'all', 'opinions'],
  unit: ['assigned'],
  none: [],
};
/**
 * The handling summary is ready to print. Cancelable: `preventDefault()` to print it another way;
 * `document` holds the rendered page.
 */
export class TxWorkbenchPrintEvent extends Event {
  static readonly eventName = 'tx-workbench-print';
  constructor(readonly document: Document) {
    super(TxWorkbenchPrintEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * 办理工作台 for the county CPPCC office and the handling units. Staff review new proposals (立案 /
 * 不予立案 with a ground from the county's list / 退回), assign them (单办, 分办, 会办 with lead and
 * assisting units and a deadline), follow the supervision list (overdue and due soon in working
 * days, awaiting countersign, awaiting rating) and each handling unit's overdue items, approve
 * replies, and handle 社情民意 (受理, 编辑, several at once into an issue of the journal, listed by
 * issue, 报送, 采用, 批示, 回复). A merged proposal names the one it joined. A unit's officer sees
 * what was assigned to the unit, accepts or hands it back, replies (文号, contact, answer category,
 * the letter's scan and other files) and countersigns as an assisting unit. Only the
 * actions the workflow rules allow the user in the record's state are offered; every action goes
 * through the offline outbox, and a refusal shows the server's reason and what is possible now.
 *
 * @summary Staff and handling units move proposals and opinions through their workflow.
 *
 * @event {CustomEvent<{ entity: string; action: string }>} tx-sent - An action reached the server and was accepted.
 * @event {CustomEvent<{ entity: string; action: string; problem: Problem }>} tx-rejected - The server refused an action.
 * @event {TxWorkbenchPrintEvent} tx-workbench-print - The handling summary is ready to print (`document`); cancel it to print another way.
 *
 * @csspart tabs - The row of view buttons.
 * @csspart list - A table of proposals or opinions.
 * @csspart list-tools - The export and print buttons above the list.
 * @csspart detail - One proposal or opinion with its history.
 * @csspart actions - The row of action buttons of the open record.
 * @csspart action-form - The form of the chosen action, and the form compiling opinions into a journal issue.
 * @csspart button - Buttons of the widget.
 * @csspart config-error - The explanation shown when attributes are missing or wrong.
 *
 * @cssproperty [--tx-color-primary=#a61b1b] - Buttons, the active tab and the action form's frame.
 * @cssproperty [--tx-color-error=#b00020] - Refusals and overdue items.
 * @cssproperty [--tx-color-warning=#8a4b00] - Items due soon.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size (at least 1.25rem in `elder` mode).
 */
export class TxWorkbench extends TxElement {
  static override styles = [...TxElement.styles, workbenchStyles];

  static override properties: PropertyDeclarations = {
    view: {},
    me: { state: true },
    config: { state: true },
    tab: { state: true },
    rows: { state: true },
    mergeCandidates: { state: true },
    opinionRows: { state: true },
    more: { state: true },
    open: { state: true },
    proposal: { state: true },
    opinion: { state: true },
    acting: { state: true },
    busy: { state: true },
    notice: { state: true },
    problem: { state: true },
    failed: { state: true },
    issue: { state: true },
    selected: { state: true },
    failures: { state: true },
    unitFocus: { state: true },
  };

  /** The view to open first: `inbox` (staff default), `filed`, `supervision`, `all`, `opinions`, or `assigned` (units). */
  declare view: WorkbenchTab | undefined;

  declare private me: User | undefined;
  declare private config: CountyConfig | undefined;
  declare private tab: WorkbenchTab;
  declare private rows: ProposalSummary[] | undefined;
  declare private mergeCandidates: ProposalSummary[] | undefined;
  declare private opinionRows: OpinionSummary[] | undefined;
  /** Where the list goes on (the server's cursor) when it has more than one page. */
  declare private more: string | undefined;
  /** Rows fetched per page of a list (the server's largest is 200). @internal */
  pageSize = 200;
  declare private open: Open | undefined;
  declare private proposal: Proposal | undefined;
  declare private opinion: Opinion | undefined;
  declare private acting: string | undefined;
  declare private busy: boolean;
  declare private notice: string;
  declare private problem: Problem | undefined;
  declare private failed: string;
  /** The journal issue the opinion list is filtered by (刊期). */
  declare private issue: string | undefined;
  /** Opinions ticked to be compiled into one issue. */
  declare private selected: ReadonlySet<string>;
  /** Ticked opinions the last compile could not put into the issue, with the server's reason. */
  declare private failures: { title: string; reason: string }[];
  /** The handling unit whose overdue items the supervision view shows. */
  declare private unitFocus: string | undefined;

  constructor() {
    super();
    this.tab = 'inbox';
    this.busy = false;
    this.notice = '';
    this.failed = '';
    this.selected = new Set();
    this.failures = [];
  }

  private readonly network = new OnlineController(this);
  private outbox: Outbox<Routes> | undefined;
  private release: (() => void) | undefined;
  private loadedFor = '';
  private runs = 0;
  private tabRuns = 0;

  private get s() {
    return this.localized(WORKBENCH_STRINGS);
  }
  private get client() {
    return this.clientFor(ROUTES);
  }
  private get desk(): Desk {
    return this.me ? deskOf(this.me) : 'none';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release?.();
    this.release = this.outbox = undefined;
    this.loadedFor = '';
  }

  // Before rendering (not in `updated`): what `start` sets then goes into this render, not another one.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const settings = this.resolve();
    const client = this.client;
    if (!settings.ok || !client) return;
    const key = `${settings.value.endpoint}|${settings.value.tenant}|${settings.value.userKey}`;
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    this.release?.();
    const held = acquireOutbox(client, settings.value.userKey);
    this.outbox = held.outbox;
    this.release = held.release;
    void this.start();
  }

  private async start(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const run = ++this.runs;
    this.failed = '';
    this.me = undefined;
    try {
      const [me, config] = await Promise.all([client.getMe(), loadConfig(client)]);
      if (run !== this.runs) return;
      this.config = config;
      this.me = me;
    } catch (error) {
      if (run === this.runs)
        this.failed = isHttpError(error) && (error.status === 401 || error.status === 403) ? this.s.signIn : this.shared.loadFailed;
      return;
    }
    const tabs = TABS[this.desk];
    // Members and citizens have no desk here: the page says so (render) and nothing is requested.
    if (tabs.length === 0) return;
    await this.showTab(this.view && tabs.includes(this.view) ? this.view : tabs[0]!);
  }

  /** Shows a view afresh, or (`keep`) as it was: the issue filter and the unit in focus stay. */
  private async showTab(tab: WorkbenchTab, keep = false): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.tab = tab;
    this.open = this.acting = this.problem = undefined;
    this.rows = this.opinionRows = this.more = undefined;
    this.selected = new Set();
    this.failures = [];
    if (!keep) this.issue = this.unitFocus = undefined;
    // A list that answers after the user moved on to another tab is dropped, not shown.
    const run = ++this.tabRuns;
    const current = () => run === this.tabRuns;
    try {
      if (tab === 'opinions') {
        const page = await client.listOpinions({ query: this.opinionQuery() });
        if (current()) [this.opinionRows, this.more] = [page.items, page.nextCursor];
      } else if (tab === 'supervision') {
        // Every proposal units are handling or that awaits rating, page by page.
        const all: ProposalSummary[] = [];
        let cursor: string | undefined;
        do {
          const page = await client.listProposals({ query: { view: 'all', limit: 200, ...(cursor ? { cursor } : {}) } });
          all.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor && all.length < 5000);
        if (current()) this.rows = all;
      } else {
        const status = tab === 'inbox' ? 'submitted' : tab === 'filed' ? 'filed' : undefined;
        const view = tab === 'assigned' ? 'assigned' : 'all';
        const page = await client.listProposals({ query: { view, limit: this.pageSize, ...(status ? { status } : {}) } });
        if (current()) [this.rows, this.more] = [page.items, page.nextCursor];
      }
    } catch {
      if (current()) this.failed = this.shared.loadFailed;
    }
  }

  private opinionQuery() {
    return { view: 'all' as const, limit: this.pageSize, ...(this.issue && { journalIssue: this.issue }) };
  }

  /** The next page of the list on screen, added below it. */
  private async loadMore(): Promise<void> {
    const client = this.client;
    const cursor = this.more;
    if (!client || !cursor || this.busy) return;
    const run = this.tabRuns;
    this.busy = true;
    try {
      if (this.tab === 'opinions') {
        const page = await client.listOpinions({ query: { ...this.opinionQuery(), cursor } });
        if (run === this.tabRuns) [this.opinionRows, this.more] = [[...(this.opinionRows ?? []), ...page.items], page.nextCursor];
      } else {
        const status = this.tab === 'inbox' ? 'submitted' : this.tab === 'filed' ? 'filed' : undefined;
        const view = this.tab === 'assigned' ? 'assigned' : 'all';
        const page = await client.listProposals({ query: { view, limit: this.pageSize, cursor, ...(status ? { status } : {}) } });
        if (run === this.tabRuns) [this.rows, this.more] = [[...(this.rows ?? []), ...page.items], page.nextCursor];
      }
    } catch {
      this.notice = this.shared.loadFailed;
    } finally {
      this.busy = false;
    }
  }

  private async show(open: Open): Promise<void> {
    this.mergeCandidates = undefined;
    const client = this.client;
    if (!client) return;
    this.open = open;
    this.acting = this.problem = undefined;
    this.notice = '';
    try {
      if (open.kind === 'proposal') this.proposal = await client.getProposal({ params: { id: open.id } });
      else this.opinion = await client.getOpinion({ params: { id: open.id } });
      await this.focusOn('#detail-title');
    } catch {
      this.failed = this.shared.loadFailed;
    }
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async back(): Promise<void> {
    await this.showTab(this.tab, true);
    await this.focusOn(this.unitFocus ? '#unit-title' : '[part="tabs"] [aria-pressed="true"]');
  }

  private choose(action: string): void {
    if (action === 'merge') void this.loadMergeCandidates();
    this.acting = action;
    this.problem = undefined;
    this.notice = '';
    void this.focusOn('.action-form h4');
  }

  /**
   * Queues an action in the outbox and waits for the server's answer (or for the network). `files`
   * are uploaded first by the outbox, which then sends the action with their ids (`attachmentIds`).
   */
  private async act(kind: Open['kind'], record: { id: string }, body: Record<string, unknown>, files: File[] = []): Promise<void> {
    const outbox = this.outbox;
    if (!outbox || this.busy) return;
    const entity = `${kind}:${record.id}`;
    const action = String(body.action);
    const label = kind === 'proposal' ? this.s.proposalActions : this.s.opinionActions;
    const name = (label as Record<string, string>)[action] ?? action;
    this.busy = true;
    this.problem = undefined;
    let localId: string | undefined;
    try {
      const route = kind === 'proposal' ? 'proposalAction' : 'opinionAction';
      const item = await outbox.enqueue(route, { params: { id: record.id }, body } as never, {
        entity,
        label: `${name}：${(record as { title?: string }).title ?? record.id}`,
        ...(files.length > 0 && { attachments: files, attachInto: 'attachmentIds' }),
      });
      localId = item.localId;
      this.notice = this.network.online ? this.shared.loading : this.s.queued;
      const result = await outbox.whenSent(item.localId);
      if (kind === 'proposal') this.proposal = result as Proposal;
      else this.opinion = result as Opinion;
      this.acting = undefined;
      this.notice = this.s.sent(name);
      this.dispatchEvent(new CustomEvent('tx-sent', { detail: { entity, action }, bubbles: true, composed: true }));
      await this.focusOn('#detail-title');
    } catch (error) {
      const problem =
        (error as { problem?: Problem }).problem ??
        (isHttpError(error) ? error.problem : ({ type: 'about:blank', title: String(error), status: 400, code: 'client' } as Problem));
      // Shown here with the reason; kept out of the queue so that it does not show up twice.
      if (localId) await outbox.discard(localId).catch(() => undefined);
      this.notice = '';
      this.problem = problem;
      if (problem.code === 'version_conflict') await this.refresh(kind, record.id);
      this.dispatchEvent(new CustomEvent('tx-rejected', { detail: { entity, action, problem }, bubbles: true, composed: true }));
      await this.focusOn('#problem');
    } finally {
      this.busy = false;
    }
  }

  /**
   * Compiles the ticked opinions into one issue of the journal (编入刊期): one `compile` action each
   * through the outbox; those refused are listed with the server's reason, then the issue is shown.
   */
  private async compile(issue: string): Promise<void> {
    const outbox = this.outbox;
    if (!outbox || this.busy || !issue) return;
    const chosen = (this.opinionRows ?? []).filter((o) => this.selected.has(o.id) && compilable(o));
    this.failures = [];
    if (chosen.length === 0) {
      this.notice = this.s.journal.noneSelected;
      return;
    }
    const name = this.s.opinionActions.compile;
    this.busy = true;
    try {
      const items = await Promise.all(
        chosen.map((o) =>
          outbox.enqueue(
            'opinionAction',
            { params: { id: o.id }, body: { action: 'compile', journalIssue: issue } },
            {
              entity: `opinion:${o.id}`,
              label: `${name}：${o.title}`,
            },
          ),
        ),
      );
      this.notice = this.network.online ? this.shared.loading : this.s.queued;
      const results = await Promise.allSettled(items.map((item) => outbox.whenSent(item.localId)));
      const failures: { title: string; reason: string }[] = [];
      for (const [i, result] of results.entries()) {
        const entity = `opinion:${chosen[i]!.id}`;
        if (result.status === 'fulfilled') {
          this.dispatchEvent(new CustomEvent('tx-sent', { detail: { entity, action: 'compile' }, bubbles: true, composed: true }));
          continue;
        }
        const problem = (result.reason as { problem?: Problem }).problem;
        failures.push({ title: chosen[i]!.title, reason: problem ? (problem.detail ?? problem.title) : String(result.reason) });
        // Shown here with the reason; kept out of the queue so that it does not show up twice.
        await outbox.discard(items[i]!.localId).catch(() => undefined);
        if (problem)
          this.dispatchEvent(
            new CustomEvent('tx-rejected', { detail: { entity, action: 'compile', problem }, bubbles: true, composed: true }),
          );
      }
      const done = results.length - failures.length;
      this.issue = issue;
      await this.showTab('opinions', true);
      this.notice = done > 0 ? this.s.journal.compiled(done, issue) : '';
      this.failures = failures;
      await this.focusOn(failures.length ? '#compile-problem' : '#opinion-caption');
    } catch (error) {
      this.notice = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  /** Shows the opinions of one journal issue, or all of them. */
  private async filterByIssue(issue: string | undefined): Promise<void> {
    this.issue = issue;
    this.notice = '';
    await this.showTab('opinions', true);
    await this.focusOn('#opinion-caption');
  }

  /** Downloads a reply's file with the user's token and offers it under its name. */
  private async download(file: Attachment): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      saveFile(await client.getAttachment({ params: { id: file.id } }), file.name);
    } catch {
      this.notice = this.localized(PROPOSAL_STRINGS).fileFailed(file.name);
    }
  }

  private renderFiles(files: readonly Attachment[]) {
    const settings = this.resolve();
    if (!settings.ok) return nothing;
    const label = this.localized(PROPOSAL_STRINGS).replyFiles;
    return renderFiles(files, { endpoint: settings.value.endpoint, label, open: (f) => void this.download(f) });
  }

  private async refresh(kind: Open['kind'], id: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      if (kind === 'proposal') this.proposal = await client.getProposal({ params: { id } });
      else this.opinion = await client.getOpinion({ params: { id } });
    } catch {
      // The refusal stays on screen; the list's "open" loads it again.
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

  private renderDue(row: ProposalSummary) {
    const due = this.config && deadlineOf(row, this.config);
    if (!row.deadline) return '—';
    if (!due || due.status === 'on_time') return this.formatDate(row.deadline);
    const overdue = due.status === 'overdue';
    return html`${this.formatDate(row.deadline)}
      <span class="badge ${overdue ? 'overdue' : 'due-soon'}">${overdue ? this.s.overdue(Math.max(1, -due.workingDaysLeft)) : this.s.dueSoon(due.workingDaysLeft)}</span>`;
  }

  private renderTabs() {
    const tabs = TABS[this.desk];
    return html`<div class="row" part="tabs" role="group" aria-label=${this.s.title}>
      ${tabs.map(
        (t) =>
          html`<button type="button" part="button" aria-pressed=${this.tab === t && !this.open ? 'true' : 'false'} @click=${() => this.showTab(t)}>${this.s.tabs[t]}</button>`,
      )}
    </div>`;
  }

  private renderProposalTable(rows: ProposalSummary[], caption: string) {
    const s = this.s;
    const status = this.localized(PROPOSAL_STRINGS).status;
    return html`<table part="list">
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${s.number}</th><th scope="col">${s.titleColumn}</th><th scope="col">${s.proposer}</th>
        <th scope="col">${s.status}</th><th scope="col">${s.deadline}</th><th scope="col">${s.actions}</th></tr></thead>
      <tbody>${
        rows.length === 0
          ? html`<tr><td colspan="6">${s.empty}</td></tr>`
          : rows.map(
              (
                p,
              ) => html`<tr><td>${p.number ?? '—'}</td><td>${p.title || '—'}${p.key ? html` <span class="badge">${s.key}</span>` : nothing}</td>
              <td>${p.proposerName}</td><td>${status[p.status]}</td><td>${this.renderDue(p)}</td>
              <td><button type="button" part="button" aria-label=${s.open(p.title || p.id)} @click=${() => this.show({ kind: 'proposal', id: p.id })}>${s.openButton}</button></td></tr>`,
            )
      }</tbody>
    </table>`;
  }

  private renderOpinionList(rows: OpinionSummary[]) {
    return renderOpinionList({
      rows,
      issue: this.issue,
      selected: this.selected,
      busy: this.busy,
      failures: this.failures,
      s: this.s,
      status: this.localized(OPINION_STRINGS).status,
      formatDate: (d) => this.formatDate(d),
      open: (id) => void this.show({ kind: 'opinion', id }),
      select: (ids, on) => {
        const next = new Set(this.selected);
        for (const id of ids) on ? next.add(id) : next.delete(id);
        this.selected = next;
      },
      filter: (issue) => void this.filterByIssue(issue),
      compile: (issue) => void this.compile(issue),
    });
  }

  /** 督办 per handling unit: how many of its items are overdue and due soon, and a way to list them. */
  private renderUnitLoads(loads: UnitLoad[]) {
    const s = this.s;
    const u = s.byUnit;
    return html`<section class="bucket"><table part="list">
      <caption id="unit-caption" tabindex="-1">${u.caption}</caption>
      <thead><tr><th scope="col">${u.unit}</th><th scope="col">${s.buckets.overdue}</th><th scope="col">${s.buckets.dueSoon}</th>
        <th scope="col">${s.actions}</th></tr></thead>
      <tbody>${
        loads.length === 0
          ? html`<tr><td colspan="4">${u.none}</td></tr>`
          : loads.map((load) => {
              const name = this.unitName(load.unitId);
              return html`<tr><td>${name}</td><td>${load.overdue.length}</td><td>${load.dueSoon.length}</td>
                <td><button type="button" part="button" aria-label=${u.open(name)} @click=${() => this.focusUnit(load.unitId)}>${u.show}</button></td></tr>`;
            })
      }</tbody>
    </table></section>`;
  }

  private async focusUnit(unitId: string | undefined): Promise<void> {
    this.unitFocus = unitId;
    await this.focusOn(unitId ? '#unit-title' : '#unit-caption');
  }

  /** One unit's overdue and due-soon proposals, with the way back to the overview. */
  private renderUnitFocus(load: UnitLoad) {
    const s = this.s;
    return html`<section class="stack" aria-labelledby="unit-title">
      <p><button type="button" part="button" @click=${() => this.focusUnit(undefined)}>${s.byUnit.back}</button></p>
      <h3 id="unit-title" tabindex="-1">${s.byUnit.title(this.unitName(load.unitId))}</h3>
      ${(['overdue', 'dueSoon'] as const).map(
        (b) => html`<section class="bucket">${this.renderProposalTable(load[b], `${s.buckets[b]}（${load[b].length}）`)}</section>`,
      )}
    </section>`;
  }

  /** The focused unit's load (empty lists once nothing of it is late any more). */
  private focusedLoad(): UnitLoad | undefined {
    if (!this.unitFocus || !this.rows || !this.config) return undefined;
    return (
      unitWorkload(this.rows, this.config).find((l) => l.unitId === this.unitFocus) ?? { unitId: this.unitFocus, overdue: [], dueSoon: [] }
    );
  }

  /**
   * 并案 candidates: every proposal that may take others in (filed, assigned, handling) from the
   * server, not only those of the list the proposal was opened from; offline, the loaded list's.
   */
  private async loadMergeCandidates(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const found: ProposalSummary[] = [];
    try {
      for (const status of MERGE_TARGET_STATES) {
        let cursor: string | undefined;
        do {
          const page = await client.listProposals({ query: { view: 'all', status, limit: 200, ...(cursor ? { cursor } : {}) } });
          found.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
      }
      this.mergeCandidates = found;
    } catch {
      this.mergeCandidates = undefined;
    }
  }

  /** Proposals `p` may be merged into: the other filed ones, not yet answered. */
  private mergeTargets(p: Proposal) {
    return (this.mergeCandidates ?? this.rows ?? [])
      .filter((r) => r.id !== p.id && MERGE_TARGET_STATES.includes(r.status))
      .map((r) => ({ value: r.id, label: `${r.number ?? '—'} ${r.title}（${r.proposerName}）` }));
  }

  /** The current list as text (the whole list loaded so far), for the CSV and the printed summary. */
  private listAsText(): ListText | undefined {
    return listAsText({
      tab: this.tab,
      issue: this.issue,
      opinionRows: this.opinionRows,
      rows: this.rows,
      config: this.config,
      focused: this.focusedLoad(),
      s: this.s,
      opinionStatus: this.localized(OPINION_STRINGS).status,
      proposalStatus: this.localized(PROPOSAL_STRINGS).status,
      unitName: (id) => this.unitName(id),
    });
  }

  /**
   * The whole list for an export or a printout: loads the pages not shown yet first; says so when
   * that failed (offline) and only what was loaded goes out. (The tools are disabled while an action
   * is on its way.)
   */
  private async wholeList(): Promise<ListText | undefined> {
    while (this.more) {
      const before = this.more;
      await this.loadMore();
      if (this.more === before) break;
    }
    const list = this.listAsText();
    if (this.more && list) this.notice = this.s.partial(list.rows.length);
    return list;
  }

  /** The whole filtered list as CSV for Excel (pages not loaded yet are loaded first). */
  private exportCsv = async (): Promise<void> => {
    const list = await this.wholeList();
    if (list) download(`${list.name}-${chinaToday()}.csv`, toCsv([list.head, ...list.rows]));
  };

  /** Prints the whole list as a handling summary (the print module loads on the first print). */
  private printSummary = async (): Promise<void> => {
    const list = await this.wholeList();
    if (!list) return;
    let module: typeof import('./print.js');
    try {
      module = await import('./print.js');
    } catch {
      this.notice = this.s.printUnavailable;
      return;
    }
    const counts = new Map<string, number>();
    for (const st of list.statuses) counts.set(st, (counts.get(st) ?? 0) + 1);
    const title = this.s.summaryTitle(list.name);
    const view = module.summaryTemplate({
      title,
      org: this.config ? (this.config.name[this.activeLocale] ?? this.config.name['zh-Hans']) : '',
      asOf: this.s.asOf(this.formatDate(chinaToday())),
      head: list.head,
      rows: list.rows,
      totals: this.s.totals([...counts].map(([st, n]) => `${st} ${n}`).join('，')),
    });
    module.printView(this.renderRoot as ShadowRoot, title, this.activeLocale, view, module.PRINT_CSS, (doc) =>
      this.dispatchEvent(new TxWorkbenchPrintEvent(doc)),
    );
  };

  private renderListTools() {
    return html`<div class="row" part="list-tools">
      <button type="button" part="button" class="export" ?disabled=${this.busy} @click=${() => void this.exportCsv()}>${this.s.exportCsv}</button>
      <button type="button" part="button" class="print" ?disabled=${this.busy} @click=${() => void this.printSummary()}>${this.s.printSummary}</button>
    </div>`;
  }

  private renderList() {
    const list = this.renderListOnly();
    const shown = this.tab === 'opinions' ? this.opinionRows?.length : this.rows?.length;
    const more = this.more
      ? html`<p><button type="button" part="button" class="more" ?disabled=${this.busy} @click=${() => void this.loadMore()}>${this.s.loadMore(shown ?? 0)}</button></p>`
      : nothing;
    const loaded = this.tab === 'opinions' ? this.opinionRows !== undefined : this.rows !== undefined && this.config !== undefined;
    return loaded ? html`${this.renderListTools()}${list}${more}` : list;
  }

  private renderListOnly() {
    if (this.tab === 'opinions')
      return this.opinionRows ? this.renderOpinionList(this.opinionRows) : html`<p role="status" class="muted">${this.shared.loading}</p>`;
    if (!this.rows || !this.config) return html`<p role="status" class="muted">${this.shared.loading}</p>`;
    if (this.tab !== 'supervision') return this.renderProposalTable(this.rows, this.s.tabs[this.tab]);
    const unit = this.focusedLoad();
    if (unit) return this.renderUnitFocus(unit);
    const buckets = supervisionBuckets(this.rows, this.config);
    return html`${BUCKETS.map((b) => html`<section class="bucket">${this.renderProposalTable(buckets[b], `${this.s.buckets[b]}（${buckets[b].length}）`)}</section>`)}
      ${this.renderUnitLoads(unitWorkload(this.rows, this.config))}`;
  }

  /** The action buttons, or the chosen action's form. */
  private renderActions(kind: Open['kind'], record: Proposal | Opinion, offered: string[], fieldsOf: (a: string) => FieldSpec[]) {
    const s = this.s;
    const names = (kind === 'proposal' ? s.proposalActions : s.opinionActions) as Record<string, string>;
    if (this.acting && offered.includes(this.acting)) {
      const action = this.acting;
      const fields = fieldsOf(action);
      return renderActionForm({
        id: `act-${action}`,
        heading: names[action] ?? action,
        fields,
        s,
        busy: this.busy,
        onSubmit: (form) => {
          const files = filesIn(fields, form, s);
          if (!files) return;
          void this.act(kind, record, actionBody(action, fields, form, record.version), files);
        },
        onCancel: () => {
          this.acting = undefined;
          void this.focusOn('[part="actions"] button');
        },
      });
    }
    if (offered.length === 0) return html`<p class="muted">${s.noActions}</p>`;
    return html`<div class="row" part="actions" role="group" aria-label=${s.actions}>
      ${offered.map((a) => html`<button type="button" part="button" @click=${() => this.choose(a)}>${names[a] ?? a}</button>`)}
    </div>`;
  }

  private renderProblem() {
    const p = this.problem;
    if (!p) return nothing;
    const s = this.s;
    const names = (this.open?.kind === 'opinion' ? s.opinionActions : s.proposalActions) as Record<string, string>;
    const allowed = p.allowed?.map((a) => names[a] ?? a);
    return html`<div id="problem" class="alert" role="alert" tabindex="-1">
      <strong>${s.refused}</strong>
      <p>${p.code === 'version_conflict' ? s.changed : (p.detail ?? p.title)}</p>
      ${p.detail && p.title && p.code !== 'version_conflict' ? html`<p>${p.title}</p>` : nothing}
      ${p.issues?.length ? html`<ul>${p.issues.map((i) => html`<li>${i.message}</li>`)}</ul>` : nothing}
      ${allowed ? html`<p>${allowed.length ? s.allowedNow(allowed.join('、')) : s.noneAllowed}</p>` : nothing}
    </div>`;
  }

  private renderHistory(history: Proposal['history'], statusNames: Record<string, string>, actionNames: Record<string, string>) {
    return html`<h4>${this.s.history}</h4>
      <ol>${history.map(
        (h) => html`<li>${this.formatDate(h.at)} ${actionNames[h.action] ?? statusNames[h.to] ?? h.action}
          ${h.actor.name ? html`（${h.actor.name}）` : nothing}${h.note ? html`：${h.note}` : nothing}</li>`,
      )}</ol>`;
  }

  private renderProposal(p: Proposal) {
    const s = this.s;
    const config = this.config!;
    const ps = this.localized(PROPOSAL_STRINGS);
    const offered = offeredProposalActions(p, this.me!, config);
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value || '—'}</dd>`;
    const suggested = [p.suggestedLeadUnitId, ...(p.suggestedAssistingUnitIds ?? [])].filter((u): u is string => !!u);
    return html`<article part="detail" class="stack" aria-labelledby="detail-title">
      <p><button type="button" part="button" @click=${() => this.back()}>${s.back}</button></p>
      <h3 id="detail-title" tabindex="-1">${p.title}</h3>
      <p class="row"><span class="badge">${ps.status[p.status]}</span>${p.number ? html`<span>${s.number} ${p.number}</span>` : nothing}
        ${p.key ? html`<span class="badge">${s.key}</span>` : nothing}</p>
      <dl class="facts">
        ${row(s.proposer, [p.proposer.name, ...p.cosigners.filter((c) => c.state === 'confirmed').map((c) => c.name)].join('、'))}
        ${row(ps.sections.category, this.label(config.proposalCategories, p.categoryCode))}
        ${row(ps.sections.situation, p.situation)}
        ${row(ps.sections.reasons, p.reasons)}
        ${row(ps.sections.suggestions, p.suggestions)}
        ${row(ps.sections.units, suggested.map((u) => this.unitName(u)).join('、'))}
        ${p.handling ? row(s.deadline, this.formatDate(p.handling.deadline)) : nothing}
        ${p.mergedFrom?.length ? row(s.mergedFrom, s.mergedFromCount(p.mergedFrom.length)) : nothing}
      </dl>
      ${
        p.mergedInto
          ? html`<p class="notice merged">${this.mergedNote(p)}
            <button type="button" part="button" @click=${() => this.show({ kind: 'proposal', id: p.mergedInto! })}>${s.openTarget}</button></p>`
          : nothing
      }
      ${
        p.handling
          ? html`<h4>${s.units}（${s.modes[p.handling.mode]}）</h4>
            <ul>${p.handling.units.map(
              (u) =>
                html`<li>${this.unitName(u.unitId)}（${s.unitRole[u.role]}）：${s.unitState[u.state]}${u.handbackReason ? html`：${u.handbackReason}` : nothing}</li>`,
            )}</ul>`
          : nothing
      }
      ${
        p.replies.length
          ? html`<h4>${s.replies}</h4>
            ${p.mergedIntoProposal ? html`<p class="muted">${ps.mergedReplyFrom(this.mergedTarget(p))}</p>` : nothing}
            ${p.replies.map(
              (r) => html`<div class="reply">
                <p class="muted">${this.formatDate(r.submittedAt)} ${s.reply(this.unitName(r.unitId), r.docNo, this.label(config.answerCategories, r.answerCategory))}</p>
                <p class="muted">${s.contact(r.contactName, r.contactPhone)}</p>
                ${r.countersignedBy.length ? html`<p class="muted">${s.countersignedBy(r.countersignedBy.map((c) => this.unitName(c.unitId)).join('、'))}</p>` : nothing}
                <p class="text">${r.text}</p>${this.renderFiles(r.attachments)}
              </div>`,
            )}`
          : nothing
      }
      ${p.ratings.length ? html`<ul>${p.ratings.map((r) => html`<li>${ps.rated(r.name, ps.satisfaction[r.satisfaction])}</li>`)}</ul>` : nothing}
      ${this.renderActions('proposal', p, offered, (a) => proposalFields(a, p, { config, locale: this.activeLocale, s, mergeTargets: this.mergeTargets(p) }))}
      ${this.renderHistory(p.history, ps.status, s.proposalActions)}
    </article>`;
  }

  /** 第0012号提案《…》: the proposal a merged one joined, as the server named it. */
  private mergedTarget(p: Proposal): string {
    const target = p.mergedIntoProposal;
    return target ? this.localized(PROPOSAL_STRINGS).mergedTarget(target.number, target.title) : '';
  }

  private mergedNote(p: Proposal): string {
    const ps = this.localized(PROPOSAL_STRINGS);
    const target = p.mergedIntoProposal;
    return target ? ps.mergedInto(this.mergedTarget(p), ps.status[target.status]) : ps.mergedSomewhere;
  }

  private renderOpinion(o: Opinion) {
    const s = this.s;
    const config = this.config!;
    const os = this.localized(OPINION_STRINGS);
    const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value || '—'}</dd>`;
    const parts = (u: Opinion['uptake'][number]) =>
      [u.reportedAt && s.reported, u.adoption && `${s.adopted}（${s.adoption[u.adoption]}）`, u.instructions.length && s.instructed]
        .filter(Boolean)
        .join('，');
    return html`<article part="detail" class="stack" aria-labelledby="detail-title">
      <p><button type="button" part="button" @click=${() => this.back()}>${s.back}</button></p>
      <h3 id="detail-title" tabindex="-1">${o.title}</h3>
      <p class="row"><span class="badge">${os.status[o.status]}</span><span>${s.trackingCode} ${o.trackingCode}</span></p>
      <dl class="facts">
        ${row(s.proposer, o.reporter.anonymous ? s.anonymous : o.reporter.name)}
        ${row(s.fields.body ?? '', [o.situation, o.analysis, o.suggestions].filter(Boolean).join('\n\n'))}
        ${o.edited ? row(s.edited, `${o.edited.title}\n${o.edited.body}`) : nothing}
        ${o.journalIssue ? row(s.fields.journalIssue ?? '', o.journalIssue) : nothing}
        ${row(s.deadline, this.formatDate(o.dueDate))}
      </dl>
      ${
        o.uptake.length
          ? html`<h4>${s.uptake}</h4><ul>${o.uptake.map((u) => html`<li>${s.levelState(this.label(config.reportLevels, u.level), parts(u))}</li>`)}</ul>`
          : nothing
      }
      ${
        o.replies.length
          ? html`<h4>${s.replies}</h4>${o.replies.map((r) => html`<div class="reply"><p class="muted">${this.formatDate(r.at)} ${r.public ? s.public : s.internal}</p><p>${r.text}</p></div>`)}`
          : nothing
      }
      ${this.renderActions('opinion', o, allowedOpinionActions(o), (a) => opinionFields(a, o, { config, locale: this.activeLocale, s }))}
      ${this.renderHistory(o.history, os.status, s.opinionActions)}
    </article>`;
  }

  protected override render() {
    const settings = this.resolve();
    if (!settings.ok) return this.renderProblems(settings.problems);
    if (this.failed)
      return html`<div class="alert" role="alert">${this.failed}
        <button type="button" part="button" @click=${() => this.start()}>${this.shared.retry}</button></div>`;
    if (!this.me || !this.config) return html`<p role="status" class="muted">${this.shared.loading}</p>`;
    if (this.desk === 'none') return html`<p class="alert" role="alert">${this.s.notAllowed}</p>`;
    const open = this.open;
    return html`<section class="stack" aria-labelledby="wb-title">
      <h2 id="wb-title">${this.s.title}</h2>
      ${this.network.online ? nothing : html`<p class="notice offline" role="status">${this.shared.offline}</p>`}
      ${this.renderTabs()}
      <div role="status">${this.notice ? html`<p class="ok">${this.notice}</p>` : nothing}</div>
      ${this.renderProblem()}
      ${
        !open
          ? this.renderList()
          : open.kind === 'proposal'
            ? this.proposal?.id === open.id
              ? this.renderProposal(this.proposal)
              : html`<p role="status">${this.shared.loading}</p>`
            : this.opinion?.id === open.id
              ? this.renderOpinion(this.opinion)
              : html`<p role="status">${this.shared.loading}</p>`
      }
    </section>`;
  }
}
