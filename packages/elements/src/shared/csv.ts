/**
 * CSV for spreadsheets staff open in Excel or WPS: UTF-8 with a byte-order mark (so Chinese is not
 * garbled), CRLF line ends, fields quoted when they hold a comma, quote or line break, and cells
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) prefixed with
 * an apostrophe — text from citizens must never become a formula on a staff computer.
 */

const FORMULA = /^[=+\-@\t\r]/;

/** One cell as CSV text. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first is the header) as a CSV file's text, with the byte-order mark. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Offers `text` as a download named `name`. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
