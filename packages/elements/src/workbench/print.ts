/**
 * The printable handling summary of the workbench's current list (办理情况汇总表): loaded on the
 * first print, rendered into its own frame with an A4 stylesheet (see `shared/print.ts`).
 */
import { html, type TemplateResult } from 'lit';

export { printView } from '../shared/print.js';

/** A4 landscape, table borders, a serif CJK face like official documents. */
export const PRINT_CSS = `
@page { size: A4 landscape; margin: 12mm; }
html { font-family: 'FangSong', 'STFangsong', 'SimSun', 'Songti SC', 'Noto Serif CJK SC', serif; font-size: 10.5pt; line-height: 1.45; color: #000; }
body { margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2mm; }
.meta { display: flex; justify-content: space-between; margin: 0 0 2mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.5pt solid #000; padding: 1mm 2mm; text-align: start; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.totals { margin-top: 3mm; }
`;

/** The summary: who prints it, as of when, the rows as on screen, and totals per status. */
export function summaryTemplate(view: {
  title: string;
  org: string;
  asOf: string;
  head: readonly string[];
  rows: readonly (readonly string[])[];
  totals: string;
}): TemplateResult {
  return html`<h1>${view.title}</h1>
    <div class="meta"><span>${view.org}</span><span>${view.asOf}</span></div>
    <table>
      <thead><tr>${view.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${view.rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
    </table>
    <p class="totals">${view.totals}</p>`;
}
