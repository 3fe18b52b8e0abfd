/**
 * Print views: the one-page 督办单 (supervision sheet) of a task and the summary for the leadership
 * meeting. They are rendered into a hidden same-origin frame with their own print stylesheet and
 * printed from there, so the host page's header, menus and footer never end up on paper.
 */
import { addWorkingDays, type Locale, type Task } from '@tongxin/core';
import { html, type TemplateResult } from 'lit';
import { chinaDateTime, clip, type Due, type Model } from './logic.js';
import type { TaskStrings } from './strings.js';

/** What the print views read from the element. */
export interface PrintContext {
  s: TaskStrings;
  locale: Locale;
  /** The committee's full name (e.g. 中国人民政治协商会议盘锦市委员会). */
  county: string;
  today: string;
  calendar: Parameters<typeof addWorkingDays>[2];
  /** Working days the unit is given to report back (the county's due-soon window). */
  reportWorkingDays: number;
  stageLabel(code: string): string;
  units(ids: readonly string[]): string;
  date(d: string | undefined): string;
  dueText(due: Due): string;
}

/** Print stylesheet of both views: A4, table borders, a serif CJK face like official documents. */
export const PRINT_CSS = `
@page { size: A4; margin: 15mm; }
html { font-family: 'FangSong', 'STFangsong', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', serif;
  font-size: 10.5pt; line-height: 1.45; color: #000; background: #fff; }
body { margin: 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 3mm; letter-spacing: 0.15em; }
h2 { font-size: 12pt; margin: 4mm 0 2mm; }
.org { text-align: center; font-size: 12pt; margin: 0 0 1mm; }
.meta { display: flex; justify-content: space-between; margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.5pt solid #000; padding: 1.2mm 2mm; vertical-align: top; text-align: start; }
.grid th { width: 24mm; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
ol { margin: 0; padding-inline-start: 1.2em; }
.pre { white-space: pre-wrap; }
.sign { height: 12mm; vertical-align: bottom; }
.overdue { font-weight: bold; }
.num { text-align: end; white-space: nowrap; }
`;

/** The 督办单 of one task: fits one A4 page (long texts are cut, the latest three updates shown). */
export function sheetTemplate(t: Task, due: Due, p: PrintContext): TemplateResult {
  const { s } = p;
  const latest = t.updates.slice(-3).reverse();
  const by = addWorkingDays(p.today, p.reportWorkingDays, p.calendar);
  const yn = (b: boolean | undefined) => (b === undefined ? '—' : b ? s.outcome.yes : s.outcome.no);
  const period = (a: string | undefined, b: string | undefined) => (a || b ? `${p.date(a) || '—'} — ${p.date(b) || '—'}` : '—');
  return html`<main class="sheet">
    <p class="org">${p.county}</p>
    <h1>${s.print.sheetTitle}</h1>
    <p class="meta"><span>${s.print.number}：${t.id}</span><span>${s.print.issued}：${p.date(p.today)}</span></p>
    <table class="grid">
      <tbody>
        <tr>
          <th scope="row">${s.columns.title}</th>
          <td colspan="3">${t.title}</td>
        </tr>
        <tr>
          <th scope="row">${s.fields.type}</th>
          <td>${s.types[t.type]}</td>
          <th scope="row">${s.fields.year}</th>
          <td>${s.yearValue(t.year)}</td>
        </tr>
        <tr>
          <th scope="row">${s.fields.lead}</th>
          <td>${p.units(t.leadUnitIds) || '—'}</td>
          <th scope="row">${s.fields.assisting}</th>
          <td>${p.units(t.assistingUnitIds) || '—'}</td>
        </tr>
        <tr>
          <th scope="row">${s.fields.party}</th>
          <td>${t.leadingParty ?? '—'}</td>
          <th scope="row">${s.fields.leader}</th>
          <td>${t.leader ?? '—'}</td>
        </tr>
        <tr>
          <th scope="row">${s.fields.planned}</th>
          <td>${period(t.plannedStart, t.plannedEnd)}</td>
          <th scope="row">${s.filters.due}</th>
          <td class=${due.kind}>${p.dueText(due)}</td>
        </tr>
        <tr>
          <th scope="row">${s.fields.stage}</th>
          <td>${p.stageLabel(t.stageCode)}（${s.progressValue(t.progress)}）</td>
          <th scope="row">${s.fields.actual}</th>
          <td>${period(t.actualStart, t.actualEnd)}</td>
        </tr>
        <tr>
          <th scope="row">${s.fields.summary}</th>
          <td colspan="3" class="pre">${clip(t.summary ?? '—', 200)}</td>
        </tr>
        <tr>
          <th scope="row">${s.print.latest}</th>
          <td colspan="3">
            ${
              latest.length === 0
                ? '—'
                : html`<ol>
                  ${latest.map((u) => html`<li>${p.date(chinaDateTime(u.at).date)}：${clip(u.text, 120)}</li>`)}
                </ol>`
            }
          </td>
        </tr>
        <tr>
          <th scope="row">${s.outcome.heading}</th>
          <td colspan="3">
            ${s.outcome.adopted}：${yn(t.outcome.adopted)}${t.outcome.adoptionNote ? `（${clip(t.outcome.adoptionNote, 60)}）` : ''}；
            ${s.outcome.carriedOut}：${yn(t.outcome.carriedOut)}${t.outcome.carriedOutNote ? `（${clip(t.outcome.carriedOutNote, 60)}）` : ''}
          </td>
        </tr>
        <tr>
          <th scope="row">${s.print.request}</th>
          <td colspan="3">${due.kind === 'done' ? s.print.requestDone : s.print.requestText(p.reportWorkingDays, p.date(by))}</td>
        </tr>
        <tr>
          <th scope="row">${s.print.receipt}</th>
          <td colspan="3" class="sign">${s.print.receiptLine}</td>
        </tr>
      </tbody>
    </table>
  </main>`;
}

/** The leadership-meeting summary of the tasks the filters keep: counts, overdue, due soon, all by stage. */
export function summaryTemplate(
  models: readonly Model[],
  stages: readonly { code: string }[],
  year: number | undefined,
  p: PrintContext,
): TemplateResult {
  const { s } = p;
  const overdue = models.filter((m) => m.due.kind === 'overdue');
  const soon = models.filter((m) => m.due.kind === 'due_soon');
  const order = new Map(stages.map((st, i) => [st.code, i]));
  const all = [...models].sort((a, b) => (order.get(a.row.stageCode) ?? 99) - (order.get(b.row.stageCode) ?? 99));
  const count = (code: string) => models.reduce((n, m) => n + (m.row.stageCode === code ? 1 : 0), 0);
  const table = (list: readonly Model[], withStage: boolean) =>
    list.length === 0
      ? html`<p>${s.print.noneListed}</p>`
      : html`<table>
          <thead>
            <tr>
              <th scope="col" class="num">#</th>
              <th scope="col">${s.columns.title}</th>
              <th scope="col">${s.columns.lead}</th>
              ${withStage ? html`<th scope="col">${s.columns.stage}</th><th scope="col" class="num">${s.columns.progress}</th>` : ''}
              <th scope="col">${s.columns.due}</th>
              <th scope="col">${s.filters.due}</th>
            </tr>
          </thead>
          <tbody>
            ${list.map(
              (m, i) =>
                html`<tr class=${m.due.kind}>
                  <td class="num">${i + 1}</td>
                  <td>${m.row.title}</td>
                  <td>${p.units(m.row.leadUnitIds)}</td>
                  ${withStage ? html`<td>${p.stageLabel(m.row.stageCode)}</td><td class="num">${s.progressValue(m.row.progress)}</td>` : ''}
                  <td>${p.date(m.row.plannedEnd) || '—'}</td>
                  <td>${p.dueText(m.due)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`;
  return html`<main class="summary">
    <p class="org">${p.county}</p>
    <h1>${s.print.summaryTitle(year === undefined ? '' : s.yearValue(year))}</h1>
    <p class="meta"><span>${s.print.asOf(p.date(p.today))}</span></p>
    <h2>${s.print.totals}</h2>
    <table>
      <thead>
        <tr>
          ${stages.map((st) => html`<th scope="col">${p.stageLabel(st.code)}</th>`)}
          <th scope="col">${s.counts.total}</th>
          <th scope="col">${s.counts.overdue}</th>
          <th scope="col">${s.counts.dueSoon}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          ${stages.map((st) => html`<td class="num">${count(st.code)}</td>`)}
          <td class="num">${models.length}</td>
          <td class="num">${overdue.length}</td>
          <td class="num">${soon.length}</td>
        </tr>
      </tbody>
    </table>
    <h2>${s.print.overdueList}（${overdue.length}）</h2>
    ${table(overdue, true)}
    <h2>${s.print.dueSoonList}（${soon.length}）</h2>
    ${table(soon, true)}
    <h2>${s.print.allList}（${models.length}）</h2>
    ${table(all, true)}
  </main>`;
}

export { printView } from '../shared/print.js';
