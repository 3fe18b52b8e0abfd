import { css } from 'lit';

/** Styles of `<tx-task-tracker>` on top of the shared tokens (`baseStyles`). */
export const trackerStyles = css`
  :host {
    --_overdue: var(--tx-task-overdue-color, var(--_error));
    --_due-soon: var(--tx-task-due-soon-color, var(--_warn));
    --_stripe: var(--tx-task-row-stripe, #f4f4f4);
    --_column: var(--tx-task-column-width, 16rem);
  }
  .tracker {
    display: grid;
    gap: 1rem;
    container: tracker / inline-size;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin: 0;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filters label {
    display: grid;
    gap: 0.25rem;
  }
  .counts {
    display: grid;
    gap: 0.5rem;
  }
  .buckets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .buckets strong {
    font-size: 1.25em;
  }
  .buckets .overdue strong {
    color: var(--_overdue);
  }
  .buckets .due_soon strong {
    color: var(--_due-soon);
  }
  .stage-counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .stage-counts button[aria-pressed='true'],
  .tabs [aria-selected='true'] {
    border-color: var(--_primary);
    box-shadow: inset 0 -3px 0 var(--_primary);
    font-weight: 700;
  }
  .tabs {
    display: flex;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
  }
  .tabs button {
    border-bottom-left-radius: 0;
    border-bottom-right-radius: 0;
  }
  table.list {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  table.narrow {
    max-width: 32rem;
    table-layout: auto;
  }
  .list caption {
    text-align: start;
    font-weight: 700;
  }
  .list th,
  .list td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .list thead th {
    background: var(--_stripe);
  }
  .list .c-title {
    width: 34%;
  }
  table.tasks,
  .tasks thead,
  .tasks tbody {
    display: block;
  }
  .tasks tr {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 1.2fr) minmax(0, 1.2fr) minmax(0, 1.5fr) minmax(0, 1.7fr) 5em;
  }
  .tasks tbody tr {
    /* Rows below the fold skip layout until scrolled to: 1,000 rows render and filter in one frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
  }
  .tasks tr[hidden],
  .card[hidden] {
    display: none;
  }
  @container tracker (max-width: 40rem) {
    .tasks tr {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .tasks tbody th {
      grid-column: 1 / -1;
    }
    .tasks thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  .list .c-num {
    text-align: end;
    width: 5.5em;
  }
  .list tbody th {
    font-weight: 400;
  }
  .list tr.overdue > th:first-child {
    box-shadow: inset 4px 0 0 var(--_overdue);
  }
  .list tr.due_soon > th:first-child {
    box-shadow: inset 4px 0 0 var(--_due-soon);
  }
  button.link {
    min-width: 0;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--tx-color-link, #1d4f9c);
    text-align: start;
    text-decoration: underline;
    font-weight: 600;
  }
  .due.overdue,
  .overdue .due {
    color: var(--_overdue);
    font-weight: 700;
  }
  .due.due_soon,
  .due_soon .due {
    color: var(--_due-soon);
    font-weight: 700;
  }
  .due.late,
  .late .due {
    color: var(--_warn);
  }
  .board {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(var(--_column), 1fr);
    gap: 0.75rem;
    overflow-x: auto;
    padding-bottom: 0.5rem;
  }
  .column {
    padding: 0.5rem;
    background: var(--_stripe);
    border-radius: var(--_radius);
  }
  /* Block flow, not grid: hiding 800 of 1,000 cards re-lays out a block list far faster. */
  .cards {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .card + .card {
    margin-top: 0.5rem;
  }
  .card {
    /* Not list-item: hiding 800 list items renumbers the list counter for each one (quadratic layout). */
    display: block;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Cards below the fold skip layout until scrolled to (1,000 cards render in one pass). */
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }
  .card.overdue {
    border-inline-start-color: var(--_overdue);
  }
  .card.due_soon {
    border-inline-start-color: var(--_due-soon);
  }
  .card p {
    margin: 0.125rem 0;
  }
  .shown {
    margin: 0.5rem 0;
  }
  .detail .fields {
    display: grid;
    grid-template-columns: minmax(7em, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .fields div {
    display: contents;
  }
  .fields dt {
    color: var(--_muted);
  }
  .fields dd {
    margin: 0;
  }
  .pre {
    white-space: pre-wrap;
  }
  .stages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stages li {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  .stages .past {
    background: var(--_note);
  }
  .stages .current {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  .progress {
    display: grid;
    gap: 0.25rem;
  }
  progress {
    width: 100%;
    height: 1rem;
    accent-color: var(--_primary);
  }
  .timeline {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding-inline-start: 1.25rem;
    border-inline-start: 2px solid var(--_border);
    list-style: none;
  }
  .timeline li {
    display: grid;
    gap: 0.125rem;
  }
  .timeline time {
    font-weight: 700;
  }
  .timeline .pending {
    color: var(--_warn);
  }
  .files {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 1.5rem;
  }
  form.stack {
    gap: 0.375rem;
  }
  form.stack > h3 {
    margin-bottom: 0.25rem;
  }
  label.check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: var(--_target);
  }
  label.check input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
  }
  .error {
    color: var(--_error);
  }
  .alert h3 {
    color: var(--_error);
  }
  .alert,
  .conflict {
    color: var(--_text);
  }
  .conflict td.mine {
    background: var(--_note);
  }
  .print-frame {
    position: fixed;
    top: 0;
    left: -10000px;
    width: 180mm;
    height: 267mm;
    border: 0;
  }
  :host([elder]) .board,
  :host([data-tx-elder]) .board {
    grid-auto-columns: minmax(20rem, 1fr);
  }
  @media (forced-colors: active) {
    .stages .current,
    .tabs [aria-selected='true'] {
      outline: 3px solid CanvasText;
    }
  }
  @media print {
    .filters,
    .tabs,
    .actions,
    .stage-counts,
    .edit {
      display: none;
    }
    .board {
      display: block;
    }
    .card {
      content-visibility: visible;
      break-inside: avoid;
    }
  }
`;
