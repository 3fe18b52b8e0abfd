import {
  type CountyConfig,
  chinaToday,
  formatChineseDate,
  isHttpError,
  type LocalizedText,
  parseLocalDate,
  type Task,
  type TaskPublic,
  type User,
} from '@tongxin/core';
import type { Outbox, OutboxItem } from '@tongxin/core/outbox';
import { taskSummary } from '@tongxin/core/workflow';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TxElement } from '../shared/base.js';
import { loadConfig } from '../shared/config.js';
import { OnlineController } from '../shared/online.js';
import { safeUrl } from '../shared/safe.js';
import { baseStyles } from '../shared/styles.js';
import { TaskChanges } from './changes.js';
import {
  asRows,
  asTask,
  asUser,
  cacheDetail,
  cachedDetail,
  fetchRows,
  readCache,
  TASK_ROUTES,
  type TaskClient,
  type TaskRoutes,
  writeCache,
} from './data.js';
import { type DetailContext, renderDetailFrame } from './detail-frame.js';
import { TxTaskPrintEvent, TxTaskRejectedEvent } from './events.js';
import {
  type AnyTask,
  allowedStages,
  buildModels,
  type Counts,
  countModels,
  type Due,
  dueContext,
  dueOf,
  isFullTask,
  type Model,
  matches,
  mayEdit,
  mayWork,
  type Row,
  type TaskFilter,
  yearsOf,
} from './logic.js';
import type { PrintContext } from './print.js';
import { type QueueHost, TaskQueue, taskIdOf } from './queue.js';
import { TASK_STRINGS, type TaskStrings } from './strings.js';
import { trackerStyles } from './task-tracker.styles.js';
import { renderBoard, renderCounts, renderFilters, renderList, renderSummary, type ViewContext } from './views.js';

/** Rows (or cards) rendered in the first frame, and added in each frame after it. */
const FIRST = 60;
const STEP = 240;

/** The overview views; `summary` is for members, staff and units only. */
export type TaskView = 'list' | 'board' | 'summary';

/**
 * Tracks key consultation, inspection and supervision tasks (重点协商 / 视察 / 督办) through the
 * county's configured stages: a list with filters and counts by stage, a board by stage, each task's
 * dated timeline and details, progress updates and stage moves that work offline (queued per task,
 * sent in order), version conflicts shown with both versions, deadlines in working days on the
 * county's calendar, a printable 督办单 and a leadership-meeting summary. With `public` it shows the
 * read-only transparency view (no internal fields, no sign-in).
 *
 * @summary Key consultation and supervision tasks: list, board, timeline, offline progress, 督办单.
 *
 * @event {TxTaskQueuedEvent} tx-task-queued - A progress update or stage move was stored in the outbox (`localId`, `route`, `taskId`).
 * @event {TxTaskRejectedEvent} tx-task-rejected - The server refused a queued change (`problem` with its reason, or `current` on a version conflict).
 * @event {TxTaskPrintEvent} tx-task-print - A print view is ready (`kind`, `document`); cancel it to print another way.
 *
 * @csspart base - The whole widget.
 * @csspart filters - The filter bar.
 * @csspart counts - Counts by bucket and by stage.
 * @csspart list - The list table.
 * @csspart board - The board (a column per stage).
 * @csspart summary - The leadership-meeting summary.
 * @csspart detail - One task's detail view.
 * @csspart timeline - The dated updates and stage changes of a task.
 * @csspart update-form - The form to post progress.
 * @csspart move-form - The form to move the stage.
 * @csspart outcome-form - The form for outcome and feedback.
 * @csspart conflict - Both versions of an edit that met someone else's.
 * @csspart refused - A change the server refused, with its reason.
 * @csspart config-error - What is wrong with the widget's configuration.
 *
 * @cssproperty [--tx-color-primary=#a61b1b] - Current stage, selected view, primary buttons.
 * @cssproperty [--tx-color-text=#1a1a1a] - Text.
 * @cssproperty [--tx-color-error=#b00020] - Refusals and conflicts.
 * @cssproperty [--tx-color-warning=#8a4b00] - Waiting changes.
 * @cssproperty [--tx-color-border=#767676] - Borders of cards, tables and controls.
 * @cssproperty [--tx-task-overdue-color=var(--tx-color-error)] - Overdue tasks.
 * @cssproperty [--tx-task-due-soon-color=var(--tx-color-warning)] - Tasks due soon.
 * @cssproperty [--tx-task-row-stripe=#f4f4f4] - Table headers and board columns.
 * @cssproperty [--tx-task-column-width=16rem] - Narrowest board column.
 * @cssproperty [--tx-font-size-base=1rem] - Base text size (at least 1.25rem in `elder` mode).
 */
export class TxTaskTracker extends TxElement implements QueueHost {
  static override styles = [baseStyles, trackerStyles];

  static override properties: PropertyDeclarations = {
    publicMode: { type: Boolean, reflect: true, attribute: 'public' },
    view: { reflect: true },
    taskId: { attribute: 'task', reflect: true },
    today: {},
    heading: {},
    tasks: { attribute: false },
    proposalHref: { attribute: 'proposal-href' },
    opinionHref: { attribute: 'opinion-href' },
    outbox: { attribute: false },
    config: { state: true },
    rows: { state: true },
    loadState: { state: true },
    loadError: { state: true },
    cachedAt: { state: true },
    filter: { state: true },
    detail: { state: true },
    detailState: { state: true },
    me: { state: true },
    announcement: { state: true },
    limit: { state: true },
  };

  /** Read-only transparency view: the public tasks route, no internal fields, no changes. */
  declare publicMode: boolean;
  /** The overview shown: `list` (default), `board`, or `summary` (not in public mode). */
  declare view: TaskView;
  /** The id of the task whose detail is open (set it to link to a task). */
  declare taskId: string | undefined;
  /** The date deadlines are counted from, `YYYY-MM-DD` (default: today in China). */
  declare today: string | undefined;
  /** Heading above the overview (default: 重点协商和督办任务). */
  declare heading: string | undefined;
  /** Rows to show instead of loading the list (a page that already has them; property only). */
  declare tasks: readonly Row[] | undefined;
  /** Where a source proposal is shown on the site, with `{id}`, e.g. `/proposals/{id}` (ids only without it). */
  declare proposalHref: string | undefined;
  /** Where a source opinion (社情民意) is shown on the site, with `{id}`. */
  declare opinionHref: string | undefined;
  /** The outbox to queue changes in (default: one of its own for this user; property only). */
  declare outbox: Outbox<TaskRoutes> | undefined;

  declare private config: CountyConfig | undefined;
  declare private rows: readonly Row[];
  declare private loadState: 'loading' | 'ready' | 'error';
  declare private loadError: string;
  declare private cachedAt: number | undefined;
  declare private filter: TaskFilter;
  declare private detail: AnyTask | undefined;
  declare private detailState: 'loading' | 'ready' | 'error' | 'missing';
  declare private me: User | undefined;
  declare private announcement: string;
  /** Rows rendered so far: a screenful first, then {@link STEP} more per frame. */
  declare private limit: number;

  constructor() {
    super();
    this.publicMode = false;
    this.view = 'list';
    this.rows = [];
    this.loadState = 'loading';
    this.loadError = '';
    this.filter = {};
    this.detailState = 'loading';
    this.announcement = '';
    this.limit = FIRST;
  }

  private readonly online = new OnlineController(this);
  private readonly queue = new TaskQueue(this);
  private readonly changes = new TaskChanges(this, {
    task: () => (this.detail && isFullTask(this.detail) ? this.detail : undefined),
    client: () => this.client,
    queue: this.queue,
    online: () => this.online.online,
    strings: () => this.s,
    shared: () => this.shared,
    stageLabel: (code) => this.stageLabel(code),
    currentOf: (item) => this.currentOf(item),
    parseTask: asTask,
    announce: (text) => this.announce(text),
    focusLater: (selector) => this.focusLater(selector),
    applyTask: (task) => this.applyTask(task),
  });
  private models: Model[] = [];
  private byStage = new Map<string, Model[]>();
  private visible = new Set<string>();
  private counts: Counts | undefined;
  private years: number[] = [];
  private names: { config?: CountyConfig; locale?: string; stages: Map<string, string>; units: Map<string, string> } = {
    stages: new Map(),
    units: new Map(),
  };
  private loadedKey = '';
  private outboxKey = '';
  private detailFor: string | undefined;
  private chunking = false;
  private loading: AbortController | undefined;
  private detailLoading: AbortController | undefined;
  /** The detail view's code, once loaded (a chunk of its own: see `loadDetailView`). */
  private detailView: typeof import('./detail.js') | undefined;
  private detailViewLoading: Promise<void> | undefined;
  private detailViewFailed = false;
  /** The detail view's code was asked for ahead of a task being opened (once). */
  private detailViewAhead = false;

  private get s(): TaskStrings {
    return this.localized(TASK_STRINGS);
  }

  private get client(): TaskClient | undefined {
    return this.clientFor(TASK_ROUTES);
  }

  private get day(): string {
    if (this.today) {
      try {
        parseLocalDate(this.today);
        return this.today;
      } catch {
        // An unreadable `today` falls back to the real date.
      }
    }
    return chinaToday();
  }

  /** Where this user's copies of the list live on the device. */
  private scope(client: TaskClient, what: string): string {
    const settings = this.resolve();
    const user = settings.ok ? settings.value.userKey : 'anonymous';
    return `${client.baseUrl}|${client.tenant}|${user}|${this.publicMode ? 'public' : 'members'}:${what}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After a move in the page the outbox was closed: take it up again.
    this.outboxKey = '';
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const client = this.client;
    if (client) {
      const key = [client.baseUrl, client.tenant, this.activeLocale, this.publicMode, this.scope(client, '')].join('|');
      if (key !== this.loadedKey || changed.has('tasks')) {
        this.loadedKey = key;
        void this.load(client);
      }
      // A removed tracker still updates when something it awaited settles (an announcement's frame,
      // a load): it must not open an outbox again, which no one would close and which would go on
      // sending this user's changes behind the page's back. `connectedCallback` takes it up again.
      if (this.isConnected) this.syncOutbox(client);
    }
    if (changed.has('taskId') && this.taskId !== this.detailFor) {
      if (this.taskId && this.loadState === 'ready') void this.openDetail(this.taskId, false);
      else if (!this.taskId) this.closeDetail();
    }
    if (this.config !== this.names.config || this.activeLocale !== this.names.locale) this.buildNames();
    if (changed.has('rows') || changed.has('config') || changed.has('today')) this.buildModels();
    if ((changed.has('config') || changed.has('view')) && !changed.has('limit')) this.limit = FIRST;
    if (changed.has('rows') || changed.has('config') || changed.has('today') || changed.has('filter')) this.applyFilter();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.loadState === 'ready' && !this.detailViewAhead) {
      this.detailViewAhead = true;
      const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
      idle(() => this.loadDetailView());
    }
    // Long lists: the rest of the rows over the next frames, so the first screen shows at once.
    if (this.isConnected && this.limit < this.models.length && !this.chunking) {
      this.chunking = true;
      const next = () => {
        this.chunking = false;
        this.limit += STEP;
      };
      if (document.visibilityState === 'visible') requestAnimationFrame(next);
      else setTimeout(next, 0);
    }
  }

  private syncOutbox(client: TaskClient): void {
    if (this.publicMode || this.outbox) {
      this.outboxKey = '';
      if (this.outbox) this.queue.attach(this.outbox);
      else this.queue.detach();
      return;
    }
    const settings = this.resolve();
    const userKey = settings.ok ? settings.value.userKey : 'anonymous';
    const locale = this.activeLocale;
    const key = `${client.baseUrl}|${client.tenant}|${userKey}|${locale}`;
    if (key === this.outboxKey) return;
    this.outboxKey = key;
    this.queue.attachOwn((createOutbox) => createOutbox({ client, userKey, locale }));
  }

  private buildNames(): void {
    const label = (t: LocalizedText) => this.label(t);
    this.names = {
      ...(this.config && { config: this.config }),
      locale: this.activeLocale,
      stages: new Map((this.config?.taskStages ?? []).map((s) => [s.code, label(s.label)])),
      units: new Map((this.config?.units ?? []).map((u) => [u.id, u.shortName ?? u.name])),
    };
  }

  private buildModels(): void {
    const config = this.config;
    if (!config) return;
    this.models = buildModels(this.rows, config.taskStages, dueContext(config, this.day));
    this.years = yearsOf(this.rows);
    const byStage = new Map<string, Model[]>(config.taskStages.map((s) => [s.code, []]));
    for (const m of this.models) {
      const list = byStage.get(m.row.stageCode);
      if (list) list.push(m);
      else byStage.set(m.row.stageCode, [m]);
    }
    this.byStage = byStage;
  }

  private applyFilter(): void {
    if (!this.config) return;
    const visible = new Set<string>();
    for (const m of this.models) if (matches(m, this.filter)) visible.add(m.row.id);
    this.visible = visible;
    this.counts = countModels(this.models, this.config.taskStages, this.filter);
  }

  private async load(client: TaskClient): Promise<void> {
    this.loading?.abort();
    const abort = new AbortController();
    this.loading = abort;
    this.loadState = 'loading';
    const given = this.tasks;
    const [config, rows] = await Promise.allSettled([
      loadConfig(client),
      given ? Promise.resolve([...given]) : fetchRows(client, this.publicMode, abort.signal),
    ]);
    if (abort.signal.aborted) return;
    if (config.status === 'rejected') return this.fail(config.reason);
    let list: readonly Row[];
    if (rows.status === 'fulfilled') {
      list = rows.value;
      this.cachedAt = undefined;
      if (!given) writeCache(this.scope(client, 'rows'), list);
    } else {
      // Offline or the server is down: the copy from the last visit, with its date.
      const cached = readCache(this.scope(client, 'rows'), asRows);
      if (!cached) return this.fail(rows.reason);
      list = cached.value;
      this.cachedAt = cached.at;
    }
    this.config = config.value;
    this.rows = list;
    this.loadState = 'ready';
    if (!this.publicMode) void this.loadMe(client);
    if (this.taskId) void this.openDetail(this.taskId, false);
  }

  private retry = (): void => {
    this.loadedKey = '';
    this.requestUpdate();
  };

  private fail(error: unknown): void {
    this.loadState = 'error';
    this.loadError = isHttpError(error) ? (error.problem.detail ?? error.problem.title) : this.shared.loadFailed;
  }

  /** Who is signed in (roles decide which stages are offered); the last known user when offline. */
  private async loadMe(client: TaskClient): Promise<void> {
    const key = this.scope(client, 'me');
    try {
      this.me = await client.getMe();
      writeCache(key, this.me);
    } catch {
      this.me = readCache(key, asUser)?.value;
    }
  }

  /** Opens a task's detail (from the list, the board, the summary, or the `task` attribute). */
  private async openDetail(id: string, focus = true): Promise<void> {
    this.loadDetailView();
    this.detailFor = id;
    this.taskId = id;
    this.changes.reset();
    this.detailLoading?.abort();
    const row = this.rows.find((r) => r.id === id);
    const client = this.client;
    if (this.publicMode || !client) {
      // Rows a page gave without updates still open (with an empty timeline).
      this.detail = row && ({ updates: [], ...row } as TaskPublic);
      this.detailState = row ? 'ready' : 'missing';
    } else {
      const cached = cachedDetail(this.scope(client, 'details'), id);
      const copy = cached ? asTask(cached.value) : undefined;
      this.detail = copy;
      this.detailState = copy ? 'ready' : 'loading';
      const abort = new AbortController();
      this.detailLoading = abort;
      void client.getTask({ params: { id }, signal: abort.signal }).then(
        (task) => {
          if (abort.signal.aborted) return;
          this.applyTask(task);
          this.detailState = 'ready';
        },
        (error: unknown) => {
          if (abort.signal.aborted || copy) return;
          this.detailState = isHttpError(error) && error.status === 404 ? 'missing' : 'error';
        },
      );
    }
    if (focus) this.focusLater('#detail-title');
  }

  /** Loads the detail view's code: when a task is opened, and ahead of that once the list shows. */
  private loadDetailView(): void {
    if (this.detailView || this.detailViewLoading) return;
    this.detailViewFailed = false;
    this.detailViewLoading = import('./detail.js').then(
      (module) => {
        this.detailView = module;
        this.requestUpdate();
      },
      () => {
        // Offline before it was ever loaded: said in the detail; opening a task again retries.
        this.detailViewLoading = undefined;
        this.detailViewFailed = true;
        this.requestUpdate();
      },
    );
  }

  private closeDetail(): void {
    this.detailLoading?.abort();
    this.detailFor = undefined;
    this.detail = undefined;
    this.changes.reset();
  }

  private back = (): void => {
    const id = this.taskId;
    this.taskId = undefined;
    this.closeDetail();
    if (id) this.focusLater(`[data-open="${CSS.escape(id)}"]`);
  };

  private focusLater(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private announce(text: string): void {
    // The same text twice must be announced twice: clear, then set on the next frame.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = text;
    });
  }

  /** A newer task from the server: into the detail, the list row and the copies on the device. */
  private applyTask(task: Task): void {
    const d = this.detail;
    if (this.taskId === task.id && (!d || !isFullTask(d) || task.version >= d.version)) this.detail = task;
    const i = this.rows.findIndex((r) => r.id === task.id);
    const client = this.client;
    if (i >= 0 && (this.rows[i]!.version ?? 0) <= task.version) {
      const rows = [...this.rows];
      rows[i] = taskSummary(task);
      this.rows = rows;
      if (client && !this.tasks) writeCache(this.scope(client, 'rows'), rows);
    }
    if (client) cacheDetail(this.scope(client, 'details'), task.id, task);
  }

  /** @internal The outbox delivered a change: its answer is the task after it. */
  onQueueSent(_item: OutboxItem, result: unknown): void {
    const task = asTask(result);
    if (task) this.applyTask(task);
  }

  /** @internal The server refused a change: show why (and the server's version on a conflict). */
  onQueueRejected(item: OutboxItem): void {
    const current = this.currentOf(item);
    if (current) this.applyTask(current);
    const id = taskIdOf(item);
    const title = this.rows.find((r) => r.id === id)?.title ?? id;
    this.announce(`${this.s.refused.heading}：${title}`);
    if (item.problem) this.dispatchEvent(new TxTaskRejectedEvent(item.localId, item.route, id, item.problem));
  }

  /** @internal Items left the queue without an answer here (another tab sent them): refresh the open task. */
  onQueueGone(ids: Set<string>): void {
    const client = this.client;
    const id = this.detail?.id;
    if (!client || this.publicMode || !id || !ids.has(id)) return;
    void client.getTask({ params: { id } }).then(
      (task) => this.applyTask(task),
      () => {},
    );
  }

  private currentOf = (item: OutboxItem): Task | undefined =>
    item.problem?.code === 'version_conflict' ? asTask(item.problem.current) : undefined;

  /** The page of a linked proposal or opinion, when the site says where they are (http(s) only). */
  private link(kind: 'proposal' | 'opinion', id: string): string | undefined {
    const template = kind === 'proposal' ? this.proposalHref : this.opinionHref;
    return template ? safeUrl(template.replaceAll('{id}', encodeURIComponent(id))) : undefined;
  }

  private label(t: LocalizedText): string {
    return t[this.activeLocale] ?? t['zh-Hans'];
  }

  private stageLabel = (code: string): string => this.names.stages.get(code) ?? code;

  private units = (ids: readonly string[]): string =>
    ids.map((id) => this.names.units.get(id) ?? id).join(this.activeLocale === 'en' ? ', ' : '、');

  private date = (d: string | undefined): string => {
    if (!d) return '';
    if (this.activeLocale === 'en') return d;
    try {
      return formatChineseDate(d);
    } catch {
      return d;
    }
  };

  private dueText = (due: Due): string => {
    const t = this.s.due;
    switch (due.kind) {
      case 'overdue':
        return t.overdue(-due.workingDaysLeft);
      case 'due_soon':
        return t.dueSoon(due.workingDaysLeft);
      case 'on_time':
        return t.onTime(due.workingDaysLeft);
      case 'done':
        return due.late ? t.doneLate : t.done;
      default:
        return t.none;
    }
  };

  private setFilter = (patch: Partial<TaskFilter>): void => {
    const next = { ...this.filter, ...patch };
    for (const key of Object.keys(next) as (keyof TaskFilter)[]) if (next[key] === undefined) delete next[key];
    this.filter = next;
  };

  private onOpen = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('[data-open]');
    if (button?.dataset.open) void this.openDetail(button.dataset.open);
  };

  private get views(): TaskView[] {
    return this.publicMode ? ['list', 'board'] : ['list', 'board', 'summary'];
  }

  private get currentView(): TaskView {
    return this.views.includes(this.view) ? this.view : 'list';
  }

  /** Tabs move with the arrow keys, Home and End (WAI-ARIA tabs, automatic activation). */
  private onTabKey = (event: KeyboardEvent): void => {
    const views = this.views;
    const i = views.indexOf(this.currentView);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: views.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.view = views[(next + views.length) % views.length]!;
    this.focusLater(`#tab-${this.view}`);
  };

  private printContext(config: CountyConfig): PrintContext {
    return {
      s: this.s,
      locale: this.activeLocale,
      county: this.label(config.name),
      today: this.day,
      calendar: config.calendar,
      reportWorkingDays: config.deadlines.dueSoonWorkingDays,
      stageLabel: this.stageLabel,
      units: this.units,
      date: this.date,
      dueText: this.dueText,
    };
  }

  /**
   * Prints a view built by the print module, which loads on the first print (most visitors never
   * print); offline before it was ever loaded, the user is told instead.
   */
  private async print(kind: 'sheet' | 'summary', build: (p: typeof import('./print.js')) => [string, TemplateResult]): Promise<void> {
    let module: typeof import('./print.js');
    try {
      module = await import('./print.js');
    } catch {
      this.announce(this.s.print.unavailable);
      return;
    }
    const [title, view] = build(module);
    module.printView(this.renderRoot as ShadowRoot, title, this.activeLocale, view, module.PRINT_CSS, (doc) =>
      this.dispatchEvent(new TxTaskPrintEvent(kind, doc)),
    );
  }

  private printSheet = (): void => {
    const task = this.detail;
    const config = this.config;
    if (!task || !isFullTask(task) || !config) return;
    const due = dueOf(task, dueContext(config, this.day));
    void this.print('sheet', (p) => [`${this.s.print.sheetTitle} ${task.title}`, p.sheetTemplate(task, due, this.printContext(config))]);
  };

  private printSummary = (): void => {
    const config = this.config;
    if (!config) return;
    const shown = this.models.filter((m) => this.visible.has(m.row.id));
    const year = this.filter.year;
    void this.print('summary', (p) => [
      this.s.print.summaryTitle(year === undefined ? '' : this.s.yearValue(year)),
      p.summaryTemplate(shown, config.taskStages, year, this.printContext(config)),
    ]);
  };

  protected override render() {
    const settings = this.resolve();
    if (!settings.ok) return this.renderProblems(settings.problems);
    const s = this.s;
    if (this.loadState === 'error') {
      return html`<div class="alert" role="alert" part="base">
        <p>${this.loadError}</p>
        <button type="button" @click=${this.retry}>${this.shared.retry}</button>
      </div>`;
    }
    const config = this.config;
    if (!config || !this.counts || this.loadState === 'loading') {
      return html`<p role="status" part="base">${this.shared.loading}</p>`;
    }
    return html`<div class="tracker" part="base">
      ${this.online.online ? nothing : html`<p class="notice offline">${this.shared.offline}</p>`}
      ${this.cachedAt !== undefined ? html`<p class="notice">${s.cachedAt(new Date(this.cachedAt).toLocaleString(this.activeLocale))}</p>` : nothing}
      <div class="overview" ?hidden=${this.taskId !== undefined}>${this.renderOverview(config)}</div>
      ${this.taskId ? this.renderDetailView(config) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  private viewContext(config: CountyConfig): ViewContext {
    return {
      s: this.s,
      config,
      models: this.models,
      visible: this.visible,
      limit: this.limit,
      counts: this.counts!,
      filter: this.filter,
      years: this.years,
      publicMode: this.publicMode,
      stageLabel: this.stageLabel,
      units: this.units,
      date: this.date,
      dueText: this.dueText,
      pending: (id) => this.queue.forTask(id).length,
      setFilter: this.setFilter,
      open: this.onOpen,
      printSummary: this.printSummary,
    };
  }

  private renderOverview(config: CountyConfig): TemplateResult {
    const s = this.s;
    const v = this.viewContext(config);
    const view = this.currentView;
    const rejected = this.queue.rejected;
    return html`<h2>${this.heading ?? (this.publicMode ? s.publicHeading : s.heading)}</h2>
      ${
        rejected.length
          ? html`<div class="alert" role="alert" @click=${this.onOpen}>
            <p>${s.rejectedNotice(rejected.length)}</p>
            <ul>
              ${[...new Set(rejected.map(taskIdOf))].map(
                (id) =>
                  html`<li>
                    <button type="button" class="link" data-open=${id}>${this.rows.find((r) => r.id === id)?.title ?? id}</button>
                  </li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      ${renderFilters(v)} ${renderCounts(v)}
      <div class="tabs" role="tablist" aria-label=${s.viewsLabel} @keydown=${this.onTabKey}>
        ${this.views.map(
          (name) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${name}"
              aria-selected=${name === view ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${name === view ? 0 : -1}
              @click=${() => {
                this.view = name;
              }}
            >
              ${s.views[name]}
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${view}">
        <p class="shown" role="status">${s.shown(this.visible.size, this.rows.length)}</p>
        ${view === 'board' ? renderBoard(v, this.byStage) : view === 'summary' ? renderSummary(v) : renderList(v)}
      </div>`;
  }

  private renderDetailView(config: CountyConfig): TemplateResult {
    const s = this.s;
    const task = this.detail;
    const row = this.rows.find((r) => r.id === this.taskId);
    const view = this.detailView;
    if (!task || this.detailState !== 'ready' || !view) {
      const state = this.detailState === 'ready' ? (this.detailViewFailed ? 'error' : 'loading') : this.detailState;
      const message = state === 'missing' ? s.notFound : state === 'error' ? this.shared.loadFailed : s.loadingTask;
      return renderDetailFrame(
        s,
        row?.title ?? task?.title ?? message,
        this.back,
        html`<p role=${state === 'loading' ? 'status' : 'alert'}>${message}</p>`,
      );
    }
    const full = isFullTask(task) ? task : undefined;
    const allowed = full ? allowedStages(config.taskStages, full.stageCode, this.me) : [];
    const c = this.changes;
    const d: DetailContext = {
      s,
      config,
      task,
      due: dueOf(task, dueContext(config, this.day)),
      online: this.online.online,
      endpoint: this.client?.baseUrl ?? '',
      items: this.publicMode ? [] : this.queue.forTask(task.id),
      canWork: !this.publicMode && full !== undefined && mayWork(full, this.me),
      canEdit: !this.publicMode && full !== undefined && mayEdit(full, this.me),
      allowed,
      moveTo: c.moveTo,
      textLength: c.textLength,
      updateError: c.updateError,
      moveError: c.moveError,
      link: (kind, id) => this.link(kind, id),
      editing: c.editing,
      saving: c.saving,
      conflict: c.conflict,
      formError: c.formError,
      stageLabel: this.stageLabel,
      label: (t) => this.label(t),
      units: this.units,
      date: this.date,
      dueText: this.dueText,
      currentOf: this.currentOf,
      postUpdate: c.postUpdate,
      countText: c.countText,
      pickMove: c.pickMove,
      moveStage: c.moveStage,
      openEdit: c.openEdit,
      cancelEdit: c.cancelEdit,
      saveOutcome: c.saveOutcome,
      keepMine: c.keepMine,
      keepTheirs: c.keepTheirs,
      resubmit: c.resubmit,
      discard: c.discard,
      printSheet: this.printSheet,
    };
    return renderDetailFrame(s, task.title, this.back, view.renderDetail(d));
  }
}
