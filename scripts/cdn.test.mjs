// The CDN build: hashed files with correct SRI, one widget's files bring no other widget's code,
// and in Chromium the pasted tags load the widget — and refuse a file changed on the server.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { buildCdn, snippet } from './cdn.mjs';
import { CHROMIUM_ARGS } from './lib/bootstrap.mjs';

const WIDGETS = [
  'tx-opinion-box',
  'tx-opinion-status',
  'tx-proposal-form',
  'tx-outbox',
  'tx-task-tracker',
  'tx-workstation-map',
  'tx-workbench',
];
const FOLDER = { 'tx-opinion-box': 'opinion', 'tx-opinion-status': 'opinion', 'tx-proposal-form': 'proposal', 'tx-outbox': 'outbox' };
FOLDER['tx-task-tracker'] = 'tasks';
FOLDER['tx-workstation-map'] = 'map';
FOLDER['tx-workbench'] = 'workbench';

let out;
let built;
let browser;
before(async () => {
  out = mkdtempSync(join(tmpdir(), 'tongxin-cdn-'));
  built = await buildCdn(out);
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(() => browser?.close());

const sha384 = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(join(out, file)))
    .digest('base64')}`;

describe('CDN build', () => {
  it('names every file by its hash and gives each its SHA-384 integrity', () => {
    const { entries, files } = built.manifest;
    assert.deepEqual(Object.keys(entries).sort(), [...WIDGETS, 'tongxin', 'tongxin-autoload', 'tx-form-designer', 'tx-provider'].sort());
    for (const [name, entry] of Object.entries(entries)) {
      assert.match(entry.file, new RegExp(`^${name}-[A-Z0-9]{8}\\.js$`));
      assert.equal(entry.integrity, sha384(entry.file), name);
      for (const p of entry.preload) {
        assert.match(p.file, /^chunks\/chunk-[A-Z0-9]{8}\.js$/);
        assert.equal(p.integrity, sha384(p.file));
      }
    }
    for (const [file, integrity] of Object.entries(files)) assert.equal(integrity, sha384(file), file);
    // Chunks loaded later (languages, the QR code, Leaflet, the print view) are listed too.
    assert.ok(Object.keys(files).length > Object.keys(entries).length + 10);
  });

  it('loads no other widget’s code with one widget', () => {
    for (const widget of WIDGETS) {
      const own = FOLDER[widget];
      const others = new Set(Object.values(FOLDER).filter((f) => f !== own));
      // The workbench shows proposal and opinion statuses with their widgets' strings.
      if (widget === 'tx-workbench') for (const f of ['opinion', 'proposal']) others.delete(f);
      const foreign = built.sources[widget].filter((s) => [...others].some((f) => s.includes(`elements/dist/${f}/`)));
      assert.deepEqual(foreign, [], widget);
    }
    // The one script of a site's template loads no widget until its tag is in the page.
    const eager = built.sources['tongxin-autoload'].filter((s) => /elements\/dist\/(?!autoload)/.test(s) || s.includes('node_modules'));
    assert.deepEqual(eager, []);
  });

  it('runs from the pasted tags in Chromium, and refuses a file that was changed on the server', async () => {
    const entry = built.manifest.entries['tx-opinion-status'];
    const page = async (tamper) => {
      const context = await browser.newContext();
      await context.route('https://cdn.example/**', (route) => {
        const file = new URL(route.request().url()).pathname.replace(/^\/tongxin\//, '');
        if (file === 'index.html')
          return route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="zh-CN"><head>${snippet(entry, '/tongxin/')}</head><body><tx-opinion-status endpoint="https://api.example/" tenant="211100"></tx-opinion-status></body></html>`,
          });
        let body = readFileSync(join(out, file));
        if (file === tamper) body = Buffer.concat([body, Buffer.from('\n// changed on the server\n')]);
        return route.fulfill({ contentType: 'text/javascript', body, headers: { 'access-control-allow-origin': '*' } });
      });
      await context.route('https://api.example/**', (route) => route.abort());
      const p = await context.newPage();
      const errors = [];
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await p.goto('https://cdn.example/tongxin/index.html');
      await p.waitForTimeout(500);
      const defined = await p.evaluate(() => customElements.get('tx-opinion-status') !== undefined);
      await context.close();
      return { defined, errors };
    };
    const ok = await page(undefined);
    assert.equal(ok.defined, true);
    const changed = await page(entry.preload[0].file);
    assert.equal(changed.defined, false);
    assert.ok(
      changed.errors.some((e) => /integrity/i.test(e)),
      changed.errors.join('\n'),
    );
  });
});
