// <tx-form-designer> editing a 200-field definition in headless Chromium: each edit (typing into a
// label, ticking required, moving a field, adding one) timed from the input to the live preview
// painted with the change, beside the floor — a bare <tx-form> re-rendering the same definition
// after the same change (what any live preview must at least do). Fresh page per round, medians.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, root } from '../lib/bootstrap.mjs';
import { stats } from './stats.mjs';

export const title = 'Form designer: edits of a 200-field definition until the live preview shows them (headless Chromium)';
export const note = `Medians over ${Number(process.env.DESIGNER_BENCH_ROUNDS ?? 5)} fresh pages × 10 edits of each kind (200 fields in 10 sections, one rule). "designer": from the input event on the designer’s own control to the designer and its <tx-form> preview updated and a frame painted. "floor": a bare <tx-form> given the changed 200-field definition, until updated and painted. Goal (issue 11): each edit under 50 ms.`;

const ROUNDS = Number(process.env.DESIGNER_BENCH_ROUNDS ?? 5);
const EDITS = 10;
const KINDS = { type: 'type a character into a label', required: 'tick required', move: 'move a field up/down', add: 'add a field' };

export async function run() {
  const result = await build({
    entryPoints: [join(root, 'scripts/bench/designer/page.js')],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    conditions: ['tongxin-source'],
    logLevel: 'silent',
  });
  const js = result.outputFiles[0].contents;
  const http = createServer((req, res) => {
    if (req.url === '/page.js') {
      res.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      return res.end(js);
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(
      '<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><body><div id="root"></div><script type="module" src="/page.js"></script>',
    );
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${http.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const samples = Object.fromEntries(Object.keys(KINDS).map((k) => [k, { designer: [], floor: [] }]));
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      for (const which of ['designer', 'floor']) {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => window.bench);
        await page.evaluate((w) => window.bench.mount(w), which === 'designer' ? 'designer' : 'form');
        for (const kind of Object.keys(KINDS))
          for (let n = 1; n <= EDITS; n++) {
            const ms = await page.evaluate(
              (k, i, w) => (w === 'designer' ? window.bench.edit(k, i) : window.bench.floor(k, i)),
              kind,
              n,
              which,
            );
            // Round 0 warms Chromium up and is not counted.
            if (round > 0) samples[kind][which].push(ms);
          }
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    http.close();
  }
  const fmt = (n) => n.toFixed(1);
  const p95 = (list) => [...list].sort((a, b) => a - b)[Math.floor(0.95 * (list.length - 1))];
  const rows = Object.entries(KINDS).map(([kind, label]) => {
    const d = stats(samples[kind].designer);
    const f = stats(samples[kind].floor);
    return {
      edit: label,
      'designer median ms': fmt(d.median),
      'designer p95 ms': fmt(p95(samples[kind].designer)),
      'floor median ms': fmt(f.median),
      'under 50 ms': d.median < 50 ? 'yes' : 'NO',
    };
  });
  rows.push({ edit: `(page bundle: designer + <tx-form>, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzip)` });
  return { columns: ['edit', 'designer median ms', 'designer p95 ms', 'floor median ms', 'under 50 ms'], rows };
}
