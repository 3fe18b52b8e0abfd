// <tx-task-tracker> with 1,000 tasks in headless Chromium: first render of the list and of the board,
// a filter change in each, and loading the list through the client (5 pages of 200, validated).
// Bundled from source with esbuild (no dist/ needed), served cross-origin isolated for precise timers,
// a fresh page per sample; prints medians and the widget entry's size (min+gzip with every dependency).
// Usage: node scripts/bench/tasks.mjs   (TASKS_BENCH_SAMPLES=7 by default)
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, root } from '../lib/bootstrap.mjs';
import { stats } from './stats.mjs';

export const title = '<tx-task-tracker>: 1,000 tasks — list and board first render, filter (headless Chromium)';
export const note =
  'Medians over fresh pages; "render" ends after a forced layout of the shadow tree. Goals from issue 7: first render < 100 ms, filter < 16 ms.';

const SAMPLES = Number(process.env.TASKS_BENCH_SAMPLES ?? 7);
const ROWS = 1000;
const elements = join(root, 'packages/elements');

/** The page: the element from source, 1,000 rows, and a fetch that answers from memory (no network in the numbers). */
export const PAGE = `
import { TxTaskTracker } from './src/tasks/task-tracker.ts';
import { CONFIG, manyRows, TODAY } from './src/tasks/tasks.fixtures.ts';
customElements.define('tx-task-tracker', TxTaskTracker);
const rows = manyRows(${ROWS});
const user = { id: 'u_staff', name: '王文', tenant: '211100', roles: ['staff'] };
const json = (body) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
window.fetch = async (input) => {
  const url = new URL(typeof input === 'string' ? input : input.url);
  if (url.pathname.endsWith('/config')) return json(CONFIG);
  if (url.pathname.endsWith('/me')) return json(user);
  if (url.pathname.endsWith('/tasks')) {
    const offset = Number(url.searchParams.get('cursor') ?? 0);
    const items = rows.slice(offset, offset + 200);
    return json({ items, ...(offset + 200 < rows.length && { nextCursor: String(offset + 200) }) });
  }
  return new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } });
};
const yieldTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
let n = 0;
function make(extra = {}) {
  const el = document.createElement('tx-task-tracker');
  el.setAttribute('endpoint', location.origin + '/api');
  el.setAttribute('tenant', '211100');
  el.setAttribute('today', TODAY);
  el.setAttribute('user-key', 'bench-' + n++);
  Object.assign(el, extra);
  return el;
}
/** Waits (in microtasks when it can, else in tasks) until the selector matches \`count\` nodes or more, then lays out. */
async function until(el, selector, count) {
  for (let i = 0; ; i++) {
    await el.updateComplete;
    if ((el.shadowRoot?.querySelectorAll(selector).length ?? 0) >= count) break;
    if (i > 20) await yieldTask();
    if (i > 5000) throw new Error('timed out waiting for ' + selector);
  }
  return el.shadowRoot.querySelector('.tracker').getBoundingClientRect().height;
}
const visible = (el, selector) => [...el.shadowRoot.querySelectorAll(selector)].filter((r) => !r.hidden).length;
window.bench = {
  /** Loads the configuration once (as an earlier widget on the page would have), off the clock. */
  async warm() {
    const el = make({ tasks: rows.slice(0, 3) });
    document.body.append(el);
    await until(el, 'table.list tbody tr', 3);
    el.remove();
  },
  /**
   * List: from connecting the element (rows given) to the first screen laid out, and to all rows in
   * the DOM (the rest arrive over the next frames).
   */
  async listFirst() {
    const el = make({ tasks: rows });
    const t0 = performance.now();
    document.body.append(el);
    await until(el, 'table.list tbody tr', 40);
    const first = performance.now() - t0;
    await until(el, 'table.list tbody tr', ${ROWS});
    const all = performance.now() - t0;
    window.el = el;
    return { first, all };
  },
  /** Filter changes in the current view: stage, type, search text, clear. */
  async filters(rowSelector) {
    const el = window.el;
    const selects = el.shadowRoot.querySelectorAll('.filters select');
    const search = el.shadowRoot.querySelector('.filters input[type=search]');
    const steps = [
      () => { selects[1].value = 'answered'; selects[1].dispatchEvent(new Event('change')); },
      () => { selects[0].value = 'inspection'; selects[0].dispatchEvent(new Event('change')); },
      () => { selects[1].value = ''; selects[1].dispatchEvent(new Event('change')); },
      () => { search.value = '湿地'; search.dispatchEvent(new Event('input')); },
      () => { selects[4].value = 'overdue'; selects[4].dispatchEvent(new Event('change')); },
      () => { el.shadowRoot.querySelector('.filters button.clear').click(); search.value = ''; },
    ];
    const times = [];
    const shown = [];
    for (let round = 0; round < 3; round++) {
      for (const step of steps) {
        const t0 = performance.now();
        step();
        await el.updateComplete;
        el.shadowRoot.querySelector('.tracker').getBoundingClientRect();
        times.push(performance.now() - t0);
        shown.push(visible(el, rowSelector));
        await yieldTask();
      }
    }
    return { times, shown };
  },
  /** Board: from choosing the tab to the first cards laid out, and to all 1,000 cards in the DOM. */
  async boardFirst() {
    const el = window.el;
    const t0 = performance.now();
    el.shadowRoot.querySelector('#tab-board').click();
    await until(el, '.card', 40);
    const first = performance.now() - t0;
    await until(el, '.card', ${ROWS});
    return { first, all: performance.now() - t0 };
  },
  /** The whole path: the element loads 5 pages through the typed client (validated) and renders. */
  async loadAndRender() {
    window.el?.remove();
    const el = make();
    const t0 = performance.now();
    document.body.append(el);
    await until(el, 'table.list tbody tr', ${ROWS});
    const ms = performance.now() - t0;
    el.remove();
    return ms;
  },
};
`;

async function bundle() {
  const result = await build({
    stdin: { contents: PAGE, resolveDir: elements, loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    write: false,
    conditions: ['tongxin-source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}

/**
 * The entry as a site loads it, `import '@tongxin/elements/define/tx-task-tracker'`, with every
 * dependency, min+gzip, measured by scripts/size.mjs (so both print the same number); `lazyGzip`:
 * the chunks it loads with import() (outbox, detail view, print view, other languages).
 */
export async function entrySize() {
  const { entries, measure } = await import('../size.mjs');
  const { min, gzip, lazyGzip } = await measure(entries.find((e) => e.name === '<tx-task-tracker>'));
  return { min, gzip, lazyGzip };
}

export async function run() {
  const js = await bundle();
  const http = createServer((req, res) => {
    const headers = {
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    };
    if (req.url === '/page.js') {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
      return res.end(js);
    }
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><body><script type="module" src="/page.js"></script>');
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${http.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const s = { listFirst: [], listAll: [], listFilter: [], boardFirst: [], boardAll: [], boardFilter: [], load: [] };
  let shown;
  const sample = async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 1280, height: 900 });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => window.bench, { timeout: 60_000 });
      if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('page is not cross-origin isolated');
      await page.evaluate(() => window.bench.warm());
      const list = await page.evaluate(() => window.bench.listFirst());
      const listFilter = await page.evaluate(() => window.bench.filters('table.list tbody tr'));
      const board = await page.evaluate(() => window.bench.boardFirst());
      const boardFilter = await page.evaluate(() => window.bench.filters('.card'));
      const load = await page.evaluate(() => window.bench.loadAndRender());
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      if (JSON.stringify(listFilter.shown) !== JSON.stringify(boardFilter.shown)) throw new Error('list and board filtered differently');
      shown = listFilter.shown.slice(0, 6);
      return { list, listFilter: listFilter.times, board, boardFilter: boardFilter.times, load };
    } finally {
      await page.close();
    }
  };
  try {
    await sample(); // Chromium's own first-page costs
    for (let i = 0; i < SAMPLES; i++) {
      const r = await sample();
      s.listFirst.push(r.list.first);
      s.listAll.push(r.list.all);
      s.listFilter.push(...r.listFilter);
      s.boardFirst.push(r.board.first);
      s.boardAll.push(r.board.all);
      s.boardFilter.push(...r.boardFilter);
      s.load.push(r.load);
    }
  } finally {
    await browser.close();
    http.close();
  }
  const fmt = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  const quantile = (list, q) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))];
  const row = (measure, list, goal) => {
    const median = stats(list).median;
    return {
      measure,
      'median (ms)': fmt(median),
      'p95 (ms)': fmt(quantile(list, 0.95)),
      samples: list.length,
      'goal (ms)': goal === undefined ? '' : `< ${goal}`,
      met: goal === undefined ? '' : median < goal ? 'yes' : 'NO',
    };
  };
  const size = await entrySize();
  const rows = [
    row(`list: first render (first screen of ${ROWS} rows)`, s.listFirst, 100),
    row(`list: all ${ROWS} rows in the DOM (later ones in next frames)`, s.listAll),
    row('list: one filter change (1,000 rows)', s.listFilter, 16),
    row(`board: first render (first screen of ${ROWS} cards)`, s.boardFirst, 100),
    row(`board: all ${ROWS} cards in the DOM`, s.boardAll),
    row('board: one filter change (1,000 cards)', s.boardFilter, 16),
    row('list: load 5 pages through the client (validated) + all rows rendered', s.load),
  ];
  return {
    columns: ['measure', 'median (ms)', 'p95 (ms)', 'samples', 'goal (ms)', 'met'],
    rows,
    extra: `rows shown after each filter step: ${shown.join(', ')}\nentry size: ${(size.min / 1024).toFixed(1)} KB min, ${(size.gzip / 1024).toFixed(1)} KB min+gzip (budget 35 KB); +${(size.lazyGzip / 1024).toFixed(1)} KB in chunks loaded with import()`,
  };
}

/** Prints rows as an aligned table (as run.mjs does). */
function table(columns, rows) {
  const cells = [columns, ...rows.map((row) => columns.map((c) => String(row[c] ?? '')))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run();
  console.log(`## ${title}\n${note}\n`);
  console.log(table(result.columns, result.rows));
  console.log(`\n${result.extra}`);
}
