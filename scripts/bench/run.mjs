// Benchmark runner (`npm run bench [name…]`): runs every `*.bench.mjs` in this folder (or the named
// ones) and prints each one's table, where our numbers stand beside a peer measured in the same run.
// A bench module exports `title`, optional `note`, and `run()` → { columns, rows }.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)));

/** Prints rows as an aligned table. */
export function table(columns, rows) {
  const cells = [columns, ...rows.map((row) => columns.map((c) => String(row[c] ?? '')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

for (const file of benches) {
  const bench = await import(join(here, file));
  console.log(`\n## ${bench.title}`);
  if (bench.note) console.log(bench.note);
  const { columns, rows } = await bench.run();
  console.log(table(columns, rows));
}
