/**
 * The workbench's 社情民意 list: a filter by issue of the county's 《社情民意》 journal, the table
 * (with a tick box on each edited opinion), and the form that compiles the ticked ones into one
 * issue — each becomes a `compile` action in the outbox, so it works on a bad connection too.
 */
import type { OpinionSummary } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkbenchStrings } from './strings.js';

/** Only edited (核稿) opinions go into an issue (the rules' `compile` step). */
export const compilable = (o: OpinionSummary) => o.status === 'edited';

/** The issues named in `rows`, newest first (for the issue fields' suggestions). */
export function issuesIn(rows: readonly OpinionSummary[]): string[] {
  return [...new Set(rows.flatMap((o) => (o.journalIssue ? [o.journalIssue] : [])))].sort().reverse();
}

/** What the list shows and what it calls back. */
export interface OpinionListView {
  rows: readonly OpinionSummary[];
  /** The issue the list is filtered by. */
  issue: string | undefined;
  selected: ReadonlySet<string>;
  busy: boolean;
  /** Opinions the last compile could not put into the issue, with the server's reason. */
  failures: readonly { title: string; reason: string }[];
  s: WorkbenchStrings;
  status: Record<string, string>;
  formatDate: (date: string) => string;
  open: (id: string) => void;
  select: (ids: readonly string[], on: boolean) => void;
  filter: (issue: string | undefined) => void;
  compile: (issue: string) => void;
}

/** The filter, the compile form (when anything can be compiled) and the table. */
export function renderOpinionList(v: OpinionListView): TemplateResult {
  const { s, rows } = v;
  const j = s.journal;
  const ready = rows.filter(compilable);
  const allTicked = ready.length > 0 && ready.every((o) => v.selected.has(o.id));
  const field = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();
  return html`<datalist id="journal-issues">${issuesIn(rows).map((i) => html`<option value=${i}></option>`)}</datalist>
    <form class="row" role="search" aria-label=${j.filter} @submit=${(e: Event) => {
      e.preventDefault();
      v.filter(field(e.target as HTMLFormElement, 'issue') || undefined);
    }}>
      <label for="issue-filter">${j.filter}</label>
      <input id="issue-filter" name="issue" list="journal-issues" maxlength="40" .value=${v.issue ?? ''} />
      <button part="button">${j.show}</button>
      ${v.issue ? html`<button type="button" part="button" @click=${() => v.filter(undefined)}>${j.all}</button>` : nothing}
    </form>
    ${
      ready.length || v.selected.size
        ? html`<form class="stack action-form compile" part="action-form" aria-labelledby="compile-title" @submit=${(e: Event) => {
            e.preventDefault();
            v.compile(field(e.target as HTMLFormElement, 'journalIssue'));
          }}>
          <h3 id="compile-title">${j.compileTitle}</h3>
          <p class="muted">${j.compileHint}</p>
          <div class="field">
            <label for="compile-issue">${s.fields.journalIssue}</label>
            <input id="compile-issue" name="journalIssue" list="journal-issues" required maxlength="40" .value=${v.issue ?? ''} />
          </div>
          <p><button part="button" class="primary" ?disabled=${v.busy}>${j.compileButton(v.selected.size)}</button></p>
        </form>`
        : nothing
    }
    ${
      v.failures.length
        ? html`<div id="compile-problem" class="alert" role="alert" tabindex="-1">
          <strong>${j.notCompiled(v.failures.length)}</strong>
          <ul>${v.failures.map((f) => html`<li>${f.title}：${f.reason}</li>`)}</ul>
        </div>`
        : nothing
    }
    <table part="list">
      <caption id="opinion-caption" tabindex="-1">${v.issue ? j.caption(v.issue, rows.length) : s.tabs.opinions}</caption>
      <thead><tr>
        <th scope="col">${j.select}
          ${
            ready.length
              ? html`<input type="checkbox" class="pick" .checked=${allTicked} aria-label=${j.selectAll}
                  @change=${(e: Event) =>
                    v.select(
                      ready.map((o) => o.id),
                      (e.target as HTMLInputElement).checked,
                    )} />`
              : nothing
          }</th>
        <th scope="col">${s.trackingCode}</th><th scope="col">${s.titleColumn}</th><th scope="col">${j.column}</th>
        <th scope="col">${s.status}</th><th scope="col">${s.deadline}</th><th scope="col">${s.actions}</th>
      </tr></thead>
      <tbody>${
        rows.length === 0
          ? html`<tr><td colspan="7">${s.empty}</td></tr>`
          : rows.map(
              (o) => html`<tr>
                <td>${
                  compilable(o)
                    ? html`<input type="checkbox" class="pick" .checked=${v.selected.has(o.id)} aria-label=${j.selectOne(o.title)}
                        @change=${(e: Event) => v.select([o.id], (e.target as HTMLInputElement).checked)} />`
                    : nothing
                }</td>
                <td class="code">${o.trackingCode}</td><td>${o.title}</td><td>${o.journalIssue ?? '—'}</td><td>${v.status[o.status]}</td>
                <td>${v.formatDate(o.dueDate)}</td>
                <td><button type="button" part="button" aria-label=${s.open(o.title)} @click=${() => v.open(o.id)}>${s.openButton}</button></td>
              </tr>`,
            )
      }</tbody>
    </table>`;
}
