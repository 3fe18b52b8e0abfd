/**
 * The tracker's overview views: filters, counts by stage, the list (a table), the board (a column per
 * stage) and the leadership summary. Every row of the data is rendered once and hidden when a filter
 * leaves it out, so filtering touches attributes instead of building rows again.
 */
import type { CountyConfig, TaskStage, TaskType } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Counts, Due, Model, TaskFilter } from './logic.js';
import type { TaskStrings } from './strings.js';

/** What the views read from the element (built once per render). */
export interface ViewContext {
  s: TaskStrings;
  config: CountyConfig;
  models: readonly Model[];
  /** Ids the filter keeps. */
  visible: ReadonlySet<string>;
  /** Rows rendered so far (long lists render a screenful first, the rest over the next frames). */
  limit: number;
  counts: Counts;
  filter: TaskFilter;
  years: readonly number[];
  publicMode: boolean;
  stageLabel(code: string): string;
  units(ids: readonly string[]): string;
  date(d: string | undefined): string;
  dueText(due: Due): string;
  /** Items waiting in the outbox for a task. */
  pending(id: string): number;
  setFilter(patch: Partial<TaskFilter>): void;
  open(event: Event): void;
  printSummary(): void;
}

const TYPES: TaskType[] = ['key_consultation', 'inspection', 'supervised_proposal', 'research', 'democratic_supervision'];

/** Class of a deadline for highlighting. */
export const dueClass = (due: Due) => (due.kind === 'done' && due.late ? 'done late' : due.kind);

/** The filter bar: type, stage, lead unit, year, deadline and a title search. */
export function renderFilters(v: ViewContext): TemplateResult {
  const { s, filter: f, config } = v;
  const pick = (key: keyof TaskFilter) => (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    v.setFilter({ [key]: value === '' ? undefined : key === 'year' ? Number(value) : value });
  };
  const empty = Object.values(f).every((x) => x === undefined || x === '');
  const leads = new Set(v.models.flatMap((m) => m.row.leadUnitIds));
  return html`<fieldset class="filters" part="filters">
    <legend>${s.filters.label}</legend>
    <label
      >${s.filters.type}
      <select @change=${pick('type')}>
        <option value="" .selected=${!f.type}>${s.filters.any}</option>
        ${TYPES.map((t) => html`<option value=${t} .selected=${f.type === t}>${s.types[t]}</option>`)}
      </select></label
    >
    <label
      >${s.filters.stage}
      <select @change=${pick('stage')}>
        <option value="" .selected=${!f.stage}>${s.filters.any}</option>
        ${config.taskStages.map((st) => html`<option value=${st.code} .selected=${f.stage === st.code}>${v.stageLabel(st.code)}</option>`)}
      </select></label
    >
    <label
      >${s.filters.unit}
      <select @change=${pick('unit')}>
        <option value="" .selected=${!f.unit}>${s.filters.any}</option>
        ${config.units
          .filter((u) => leads.has(u.id))
          .map((u) => html`<option value=${u.id} .selected=${f.unit === u.id}>${u.shortName ?? u.name}</option>`)}
      </select></label
    >
    <label
      >${s.filters.year}
      <select @change=${pick('year')}>
        <option value="" .selected=${f.year === undefined}>${s.filters.any}</option>
        ${v.years.map((y) => html`<option value=${y} .selected=${f.year === y}>${s.yearValue(y)}</option>`)}
      </select></label
    >
    <label
      >${s.filters.due}
      <select @change=${pick('due')}>
        <option value="" .selected=${!f.due}>${s.filters.any}</option>
        <option value="overdue" .selected=${f.due === 'overdue'}>${s.filters.overdue}</option>
        <option value="due_soon" .selected=${f.due === 'due_soon'}>${s.filters.dueSoon}</option>
      </select></label
    >
    <label
      >${s.filters.q}
      <input
        type="search"
        maxlength="64"
        .value=${live(f.q ?? '')}
        @input=${(e: Event) => v.setFilter({ q: (e.target as HTMLInputElement).value || undefined })}
    /></label>
    <button type="button" class="clear" ?disabled=${empty} @click=${() => v.setFilter({ type: undefined, stage: undefined, unit: undefined, year: undefined, due: undefined, q: undefined })}>
      ${s.filters.clear}
    </button>
  </fieldset>`;
}

/** Counts by bucket (待办/在办/已答复/已反馈) and by the county's stages; a stage's count filters by it. */
export function renderCounts(v: ViewContext): TemplateResult {
  const { s, counts: c, filter: f } = v;
  const buckets = (['todo', 'doing', 'answered', 'fed_back'] as const).filter((b) => v.config.taskStages.some((st) => st.bucket === b));
  return html`<section class="counts" part="counts" aria-label=${s.counts.label}>
    <ul class="buckets">
      <li><span>${s.counts.total}</span> <strong>${c.total}</strong></li>
      ${buckets.map((b) => html`<li><span>${s.buckets[b]}</span> <strong>${c.byBucket[b]}</strong></li>`)}
      <li class="overdue"><span>${s.counts.overdue}</span> <strong>${c.overdue}</strong></li>
      <li class="due_soon"><span>${s.counts.dueSoon}</span> <strong>${c.dueSoon}</strong></li>
    </ul>
    <div class="stage-counts" role="group" aria-label=${s.counts.byStage}>
      ${v.config.taskStages.map(
        (st: TaskStage) =>
          html`<button
            type="button"
            aria-pressed=${f.stage === st.code ? 'true' : 'false'}
            @click=${() => v.setFilter({ stage: f.stage === st.code ? undefined : st.code })}
          >
            ${v.stageLabel(st.code)} <strong>${c.byStage.get(st.code) ?? 0}</strong>
          </button>`,
      )}
    </div>
  </section>`;
}

/** Lead units, with the leading party (牵头党派) in brackets. */
const leadText = (v: ViewContext, m: Model) =>
  m.row.leadingParty ? `${v.units(m.row.leadUnitIds)}（${m.row.leadingParty}）` : v.units(m.row.leadUnitIds);

const dueCell = (v: ViewContext, m: Model) =>
  html`<span class="due ${dueClass(m.due)}">${v.date(m.row.plannedEnd)}<br /><small>${v.dueText(m.due)}</small></span>`;

const pendingBadge = (v: ViewContext, id: string) => {
  const n = v.pending(id);
  return n > 0 ? html` <span class="badge offline">${v.s.pendingBadge(n)}</span>` : nothing;
};

/**
 * The list: one table row per task, hidden when filtered out. The rows are laid out as a grid so
 * that rows off screen skip layout (content-visibility), which a table layout cannot do; the table
 * roles are stated explicitly because some engines drop them when a table's display changes.
 */
export function renderList(v: ViewContext): TemplateResult {
  const { s } = v;
  return html`<table part="list" class="list tasks" role="table">
      <caption class="visually-hidden">
        ${s.views.list}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${s.columns.title}</th>
          <th scope="col" role="columnheader">${s.columns.type}</th>
          <th scope="col" role="columnheader">${s.columns.stage}</th>
          <th scope="col" role="columnheader">${s.columns.lead}</th>
          <th scope="col" role="columnheader">${s.columns.due}</th>
          <th scope="col" role="columnheader" class="c-num">${s.columns.progress}</th>
        </tr>
      </thead>
      <tbody role="rowgroup" @click=${v.open}>
        ${repeat(
          v.models.slice(0, v.limit),
          (m) => m.row.id,
          (m) =>
            html`<tr role="row" ?hidden=${!v.visible.has(m.row.id)} class=${dueClass(m.due)}>
              <th scope="row" role="rowheader"><button type="button" class="link" data-open=${m.row.id}>${m.row.title}</button>${pendingBadge(v, m.row.id)}</th>
              <td role="cell">${s.types[m.row.type]}</td>
              <td role="cell">${v.stageLabel(m.row.stageCode)}</td>
              <td role="cell">${leadText(v, m)}</td>
              <td role="cell" class="due">${v.date(m.row.plannedEnd)}<br /><small>${v.dueText(m.due)}</small></td>
              <td role="cell" class="c-num">${s.progressValue(m.row.progress)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${v.visible.size === 0 ? html`<p class="notice">${s.none}</p>` : nothing}`;
}

/** The board: a column per configured stage (and one for stages the county no longer has). */
export function renderBoard(v: ViewContext, byStage: ReadonlyMap<string, readonly Model[]>): TemplateResult {
  const { s } = v;
  const codes = [...byStage.keys()];
  const perColumn = Math.ceil(v.limit / Math.max(1, codes.length));
  return html`<div class="board" part="board" @click=${v.open}>
    ${codes.map((code) => {
      const models = byStage.get(code) ?? [];
      const shown = models.reduce((n, m) => n + (v.visible.has(m.row.id) ? 1 : 0), 0);
      return html`<section class="column" aria-labelledby="col-${code}">
        <h3 id="col-${code}">${v.stageLabel(code)} <span class="badge">${shown}</span></h3>
        <ul class="cards" role="list">
          ${repeat(
            models.slice(0, perColumn),
            (m) => m.row.id,
            (m) =>
              html`<li class="card ${dueClass(m.due)}" ?hidden=${!v.visible.has(m.row.id)}>
                <button type="button" class="link" data-open=${m.row.id}>${m.row.title}</button>${pendingBadge(v, m.row.id)}
                <p class="muted">${s.types[m.row.type]} · ${leadText(v, m)}</p>
                <p class="due">${v.date(m.row.plannedEnd)} ${v.dueText(m.due)} · ${s.progressValue(m.row.progress)}</p>
              </li>`,
          )}
        </ul>
      </section>`;
    })}
  </div>`;
}

/** The leadership-meeting summary: counts by stage, overdue and due-soon tasks; printable. */
export function renderSummary(v: ViewContext): TemplateResult {
  const { s } = v;
  const shown = v.models.filter((m) => v.visible.has(m.row.id));
  const byStage = new Map<string, number>();
  for (const m of shown) byStage.set(m.row.stageCode, (byStage.get(m.row.stageCode) ?? 0) + 1);
  const overdue = shown.filter((m) => m.due.kind === 'overdue');
  const soon = shown.filter((m) => m.due.kind === 'due_soon');
  const list = (title: string, models: Model[]) =>
    html`<h3>${title}（${models.length}）</h3>
      ${
        models.length === 0
          ? html`<p class="muted">${s.print.noneListed}</p>`
          : html`<table class="list">
            <thead>
              <tr>
                <th scope="col" class="c-title">${s.columns.title}</th>
                <th scope="col">${s.columns.lead}</th>
                <th scope="col">${s.columns.stage}</th>
                <th scope="col">${s.columns.due}</th>
              </tr>
            </thead>
            <tbody @click=${v.open}>
              ${models.map(
                (m) =>
                  html`<tr class=${dueClass(m.due)}>
                    <th scope="row"><button type="button" class="link" data-open=${m.row.id}>${m.row.title}</button></th>
                    <td>${v.units(m.row.leadUnitIds)}</td>
                    <td>${v.stageLabel(m.row.stageCode)}</td>
                    <td>${dueCell(v, m)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
      }`;
  return html`<section class="summary stack" part="summary">
    <p class="muted">${s.summaryIntro}</p>
    <table class="list narrow">
      <caption>
        ${s.print.totals}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.columns.stage}</th>
          <th scope="col" class="c-num">${s.counts.total}</th>
        </tr>
      </thead>
      <tbody>
        ${v.config.taskStages.map(
          (st) =>
            html`<tr>
              <th scope="row">${v.stageLabel(st.code)}（${s.buckets[st.bucket]}）</th>
              <td class="c-num">${byStage.get(st.code) ?? 0}</td>
            </tr>`,
        )}
        <tr>
          <th scope="row">${s.counts.total}</th>
          <td class="c-num">${shown.length}</td>
        </tr>
      </tbody>
    </table>
    ${list(s.print.overdueList, overdue)} ${list(s.print.dueSoonList, soon)}
    <div class="row">
      <button type="button" class="primary" @click=${v.printSummary}>${s.print.summary}</button>
    </div>
  </section>`;
}
