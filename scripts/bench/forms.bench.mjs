// Rendering a 200-field form until interactive and validating a full submission, in headless
// Chromium: <tx-form> beside SurveyJS (survey-core + survey-js-ui) and Form.io (@formio/js), with
// the same 200 native fields as one innerHTML string as the floor. One bundle per contender, a
// fresh page per sample, contenders interleaved; medians of 7.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, root } from '../lib/bootstrap.mjs';
import { stats } from './stats.mjs';

export const title = 'Forms: render 200 fields until interactive, validate a full submission (headless Chromium)';
export const note =
  'Medians of 7, each render on a freshly loaded page. Ours validates with compileValidator(def) (compiled untimed) — the row below it is <tx-form>.validate(). Bundle = min+gzip JS of that page alone (the shared harness is the floor row); + CSS the peer needs, in brackets.';

const SAMPLES = Number(process.env.FORMS_BENCH_SAMPLES ?? 7);
const PAGE_TIMEOUT = 60_000;
const contenders = {
  plain: { label: 'plain innerHTML (floor)', entry: 'page-plain.js' },
  ours: { label: '@tongxin/forms <tx-form>', entry: 'page-ours.js' },
  survey: {
    label: 'SurveyJS 2.5.38 (survey-core + survey-js-ui)',
    entry: 'page-survey.js',
    css: 'node_modules/survey-core/survey-core.min.css',
  },
  formio: { label: 'Form.io @formio/js 5.6.0', entry: 'page-formio.js', css: 'node_modules/@formio/js/dist/formio.form.min.css' },
};
const kb = (bytes) => (bytes / 1024).toFixed(1);

export async function run() {
  // Bundle the built packages: refresh dist of core and forms first (kept when the build fails).
  try {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), 'core', 'forms'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    console.warn(`forms bench: build failed, using the existing dist\n${error.stderr ?? error}`);
  }
  const assets = {};
  for (const [name, c] of Object.entries(contenders)) {
    const result = await build({
      entryPoints: [join(root, 'scripts/bench/forms', c.entry)],
      bundle: true,
      format: 'esm',
      write: false,
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      logLevel: 'silent',
    });
    const js = result.outputFiles[0].contents;
    const css = c.css ? readFileSync(join(root, c.css)) : undefined;
    assets[name] = { js, css, jsGzip: gzipSync(js).length, cssGzip: css ? gzipSync(css).length : 0 };
  }

  const http = createServer((req, res) => {
    const [, name, ext] = /^\/(\w+)\.(html|js|css)$/.exec(req.url ?? '') ?? [];
    const asset = assets[name];
    if (!asset || (ext === 'css' && !asset.css)) {
      res.writeHead(404);
      return res.end();
    }
    const type = { html: 'text/html', js: 'text/javascript', css: 'text/css' }[ext];
    // Cross-origin isolated, so performance.now() is precise to microseconds rather than 0.1 ms.
    res.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    if (ext === 'js') return res.end(asset.js);
    if (ext === 'css') return res.end(asset.css);
    res.end(
      `<!doctype html><html lang="zh-Hans"><meta charset="utf-8">${asset.css ? `<link rel="stylesheet" href="/${name}.css">` : ''}` +
        `<body><div id="root"></div><script type="module" src="/${name}.js"></script>`,
    );
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${http.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });

  const samples = Object.fromEntries(Object.keys(contenders).map((n) => [n, { render: [], validate: [], element: [], invalid: 0 }]));
  const sample = async (name) => {
    const page = await browser.newPage();
    try {
      page.setDefaultTimeout(PAGE_TIMEOUT);
      await page.setCacheEnabled(false);
      // Closed network: anything not ours (CDN scripts, fonts) fails at once instead of hanging.
      await page.setRequestInterception(true);
      const blocked = [];
      page.on('request', (r) => {
        if (r.url().startsWith(origin) || r.url().startsWith('data:')) return r.continue();
        blocked.push(r.url());
        return r.abort();
      });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/${name}.html`);
      await page.waitForFunction(() => window.bench, { timeout: PAGE_TIMEOUT });
      if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('page is not cross-origin isolated');
      const render = await page.evaluate(() => window.bench.render());
      const v = await page.evaluate(() => window.bench.validate());
      const s = samples[name];
      s.render.push(render);
      s.validate.push(v.ms);
      if (v.elementMs !== undefined) s.element.push(v.elementMs);
      if (!v.valid || v.elementValid === false) s.invalid++;
      // A script that failed to load (blocked above) rejects with its error Event: counted as blocked.
      const real = errors.filter((m) => !(blocked.length && m === 'Event'));
      if (real.length) s.errors = real;
      if (blocked.length) s.blocked = new Set(blocked.map((u) => `${new URL(u).host}/${new URL(u).pathname.split('/')[1]}`));
    } finally {
      await page.close();
    }
  };
  try {
    // One warm-up page each (Chromium's own first-page costs), then interleaved rounds.
    for (const name of Object.keys(contenders)) await sample(name);
    for (const s of Object.values(samples)) for (const k of ['render', 'validate', 'element']) s[k].length = 0;
    for (let round = 0; round < SAMPLES; round++) for (const name of Object.keys(contenders)) await sample(name);
  } finally {
    await browser.close();
    http.close();
  }

  const median = (list) => stats(list).median;
  const fmt = (n) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  const floor = median(samples.plain.render);
  const rows = [];
  for (const [name, c] of Object.entries(contenders)) {
    const s = samples[name];
    const a = assets[name];
    const flags = [
      s.invalid ? `${s.invalid}/${SAMPLES} judged invalid` : '',
      s.errors ? `page errors: ${s.errors[0]}` : '',
      s.blocked ? `blocked CDN: ${[...s.blocked].join(', ')}` : '',
    ].filter(Boolean);
    rows.push({
      contender: c.label + (flags.length ? ` [${flags.join('; ')}]` : ''),
      'render median (ms)': fmt(median(s.render)),
      'validate median (ms)': fmt(median(s.validate)),
      'bundle (KB gzip)': kb(a.jsGzip) + (a.css ? ` (+${kb(a.cssGzip)} CSS)` : ''),
      'render vs floor': `${(median(s.render) / floor).toFixed(2)}×`,
    });
    if (s.element.length)
      rows.push({ contender: '  └ <tx-form>.validate()', 'validate median (ms)': fmt(median(s.element)), 'render median (ms)': '—' });
  }
  return { columns: ['contender', 'render median (ms)', 'validate median (ms)', 'bundle (KB gzip)', 'render vs floor'], rows };
}
