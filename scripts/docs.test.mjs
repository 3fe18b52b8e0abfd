// The documentation site: built as `npm start` builds it, every link and anchor in it leads
// somewhere (files of the site, the example pages and widget bundles it is served beside), the
// guides exist in zh-Hans and English, every element has its page, and served with the reference
// server an element page's live demo runs.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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
  // A web team's own site: the guide's pages are saved here, the widget files copied to /tongxin/.
  const own = mkdtempSync(join(tmpdir(), 'tongxin-own-site-'));
  before(async () => {
    const assetsDir = await buildSiteBundle(join(mkdtempSync(join(tmpdir(), 'tongxin-site-')), 'assets'));
    symlinkSync(join(assetsDir, 'elements'), join(own, 'tongxin'));
    server = await startServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'tongxin-data-')),
      seed: true,
      staticDirs: [own, join(assetsDir, '..'), siteDir, join(out, '..')],
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

  for (const guide of ['web-team.md', 'en/web-team.md']) {
    it(`the two-minute page of docs/guide/${guide}, pasted as it is, works against a running server`, async () => {
      // The first HTML block of the guide, with only the county's API address put in, as step 2 says.
      const [, blank] = /```html\n([\s\S]*?)```/.exec(readFileSync(join('docs', 'guide', guide), 'utf8'));
      assert.match(blank, /^<!doctype html>/);
      writeFileSync(join(own, 'sqmy.html'), blank.replaceAll('https://zx.example.gov.cn/api', server.url));
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const missing = [];
      page.on('response', (r) => r.status() >= 400 && missing.push(new URL(r.url()).pathname));
      await page.goto(new URL('sqmy.html', server.url).href);
      await page.locator('tx-opinion-box').getByText('受理须知').waitFor();
      // The lookup works from the same page: a wrong code and password get the server's answer.
      const status = page.locator('tx-opinion-status');
      await status.locator('input[name="trackingCode"]').fill('ABCD-EFGH-JKLM');
      await status.locator('input[name="password"]').fill('12345678');
      await status.locator('input[name="password"]').press('Enter');
      await status.getByText('查询码或查询密码不正确', { exact: false }).waitFor();
      assert.deepEqual(errors, []);
      // Every file the page asked for was there; the only "not found" is the lookup's answer.
      assert.deepEqual(
        missing.filter((path) => path !== '/favicon.ico'),
        ['/v1/211100/opinions/lookup'],
      );
      await page.close();
    });
  }
});
