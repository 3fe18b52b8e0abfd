// The documentation site: built as `npm start` builds it, every link and anchor in it leads
// somewhere (files of the site, the example pages and widget bundles it is served beside), the
// guides exist in zh-Hans and English, every element has its page, and served with the reference
// server an element page's live demo runs.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@tongxin/server';
import { chromium } from 'playwright-core';
import { buildDocs } from '../docs/build.mjs';
import { CHROMIUM_ARGS } from './lib/bootstrap.mjs';
import { buildSiteBundle, defineEntries, siteDir } from './lib/site.mjs';

let out;
const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
before(() => {
  out = buildDocs(mkdtempSync(join(tmpdir(), 'tongxin-docs-')));
});

/** Paths outside /docs/ that the site serves beside it: the example pages and the widget bundles. */
function servedBeside(path) {
  const [, rest] = /^\/([^?#]*)/.exec(path) ?? [];
  if (rest === undefined) return false;
  if (/^[\w-]+\.html$/.test(rest)) return existsSync(join(siteDir, rest));
  const bundle = /^assets\/elements\/([\w-]+)\.js$/.exec(rest)?.[1];
  return bundle !== undefined && defineEntries().some((e) => e.tag === bundle);
}

describe('documentation site', () => {
  it('has the guides in zh-Hans and English and a page per element', () => {
    for (const guide of ['index', 'web-team', 'county-staff', 'developers', 'deployment']) {
      assert.ok(existsSync(join(out, 'guide', `${guide}.html`)), `guide/${guide}.html`);
      assert.ok(existsSync(join(out, 'guide', 'en', `${guide}.html`)), `guide/en/${guide}.html`);
    }
    for (const { tag } of defineEntries()) assert.ok(existsSync(join(out, 'elements', `${tag}.html`)), `elements/${tag}.html`);
    assert.ok(existsSync(join(out, 'api', 'index.html')), 'the TypeScript API');
    assert.match(readFileSync(join(out, 'http.html'), 'utf8'), /createOpinion/);
  });

  it('has no broken link or anchor', () => {
    const broken = [];
    const html = files(out).filter((f) => f.endsWith('.html'));
    const ids = new Map();
    const idsOf = (file) => {
      if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
      return ids.get(file);
    };
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      for (const [, attr, raw] of text.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const link = raw.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|data:|javascript:)/.test(link) || link === '') continue;
        if (link.startsWith('/')) {
          if (!link.startsWith('/docs/') ? !servedBeside(link) : !existsSync(join(out, '..', link.split(/[?#]/)[0])))
            broken.push(`${relative(out, file)}: ${attr} ${link}`);
          continue;
        }
        const [path, anchor] = link.split('#');
        const target = path ? join(dirname(file), path.split('?')[0]) : file;
        if (!existsSync(target)) broken.push(`${relative(out, file)}: ${attr} ${link}`);
        // Anchors are checked on our own pages (TypeDoc's are its business).
        else if (
          anchor &&
          target.endsWith('.html') &&
          !relative(out, target).startsWith('api') &&
          !idsOf(target).has(decodeURIComponent(anchor))
        )
          broken.push(`${relative(out, file)}: #${anchor} not in ${relative(out, target)}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});

describe('documentation served by the start command', () => {
  let server;
  let browser;
  before(async () => {
    const assetsDir = await buildSiteBundle(join(mkdtempSync(join(tmpdir(), 'tongxin-site-')), 'assets'));
    server = await startServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'tongxin-data-')),
      seed: true,
      staticDirs: [join(assetsDir, '..'), siteDir, join(out, '..')],
      log: () => {},
    });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs an element page’s live demo against the reference server', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL('docs/elements/tx-opinion-box.html', server.url).href);
    await page.getByRole('heading', { name: '<tx-opinion-box>' }).waitFor();
    await page.locator('tx-opinion-box').getByText('受理须知').waitFor();
    await page.goto(new URL('docs/guide/web-team.html', server.url).href);
    assert.match(await page.title(), /同心/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
