// Builds the documentation site into `<out>/docs/` (served by `npm start` at /docs/): the guides
// (docs/guide/*.md, zh-Hans, and docs/guide/en/*.md), one page per element from the packages'
// custom-elements.json with a live demo, the TypeScript API of @tongxin/core (TypeDoc, run with
// this package's TypeScript 5.9: TypeDoc does not run under TypeScript 7), and the HTTP API from
// docs/openapi.json. Usage: node docs/build.mjs [out] [--no-api]   (default out: docs/dist)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** One page: `depth` is how many folders below /docs/ it sits (for relative links to shared files). */
function page({ title, body, lang = 'zh-Hans', depth, scripts = [] }) {
  const up = '../'.repeat(depth);
  const nav =
    lang === 'en'
      ? `<a href="${up}guide/en/index.html">Guides</a> <a href="${up}elements/index.html">Elements</a> <a href="${up}api/index.html">TypeScript API</a> <a href="${up}http.html">HTTP API</a> <a href="${up}guide/index.html" lang="zh-Hans">中文</a>`
      : `<a href="${up}guide/index.html">指南</a> <a href="${up}elements/index.html">组件</a> <a href="${up}api/index.html">TypeScript API</a> <a href="${up}http.html">HTTP API</a> <a href="${up}guide/en/index.html" lang="en">English</a>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} · 同心 Tongxin</title>
  <link rel="stylesheet" href="${up}docs.css">
${scripts.map((s) => `  <script type="module" src="${s}"></script>`).join('\n')}
</head>
<body>
  <a class="skip" href="#main">${lang === 'en' ? 'Skip to content' : '跳到正文'}</a>
  <header><a class="home" href="${up}index.html">同心 Tongxin</a><nav aria-label="${lang === 'en' ? 'Documentation' : '文档'}">${nav}</nav></header>
  <main id="main">
${body}
  </main>
</body>
</html>
`;
}

/** Markdown to HTML; links to `.md` pages become `.html`, headings get ids. */
function markdown(text) {
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth, text: raw }) {
        const id = raw
          .toLowerCase()
          .replace(/<[^>]+>/g, '')
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '');
        return `<h${depth} id="${esc(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const target = /^[a-z]+:/i.test(href) ? href : href.replace(/\.md(#|$)/, '.html$1');
        return `<a href="${esc(target)}"${title ? ` title="${esc(title)}"` : ''}>${this.parser.parseInline(tokens)}</a>`;
      },
    },
  });
  return marked.parse(text);
}

function buildGuides(out) {
  const dir = join(here, 'guide');
  if (!existsSync(dir)) return [];
  const written = [];
  for (const [sub, lang] of [
    ['', 'zh-Hans'],
    ['en', 'en'],
  ]) {
    const from = join(dir, sub);
    if (!existsSync(from)) continue;
    for (const file of readdirSync(from).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(from, file), 'utf8');
      const title = /^#\s+(.+)$/m.exec(text)?.[1] ?? file;
      const target = join(out, 'guide', sub, file.replace(/\.md$/, '.html'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, page({ title, body: markdown(text), lang, depth: sub ? 2 : 1 }));
      written.push(target);
    }
  }
  return written;
}

/** Elements described in the packages' custom-elements.json (built by `scripts/build.mjs`). */
function elementsOf() {
  return ['elements', 'forms', 'designer'].flatMap((pkg) => {
    const file = join(root, 'packages', pkg, 'custom-elements.json');
    if (!existsSync(file)) return [];
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    return manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => ({ ...d, pkg }));
  });
}

const table = (head, rows) =>
  rows.length === 0
    ? '<p>—</p>'
    : `<table><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row"><code>${esc(c)}</code></th>` : `<td>${c}</td>`)).join('')}</tr>`)
        .join('')}</tbody></table>`;
const code = (s) => (s ? `<code>${esc(s)}</code>` : '');

// Live demos need the widget bundles the site serves (`npm start`), an API on the same origin and
// the demo county; the form and the designer need data or a sign-in, so they link to example pages.
const DEMO = {
  'tx-opinion-box': '<tx-opinion-box status-href="/status.html"></tx-opinion-box>',
  'tx-opinion-status': '<tx-opinion-status></tx-opinion-status>',
  'tx-proposal-form': '<tx-proposal-form></tx-proposal-form>',
  'tx-outbox': '<tx-outbox></tx-outbox>',
  'tx-task-tracker': '<tx-task-tracker public></tx-task-tracker>',
  'tx-workstation-map': '<tx-workstation-map></tx-workstation-map>',
  'tx-workbench': '<tx-workbench></tx-workbench>',
};
const EXAMPLE = { 'tx-form-designer': '/designer.html', 'tx-proposal-form': '/proposals.html', 'tx-workbench': '/staff.html' };

function buildElements(out) {
  const elements = elementsOf().sort((a, b) => a.tagName.localeCompare(b.tagName));
  const dir = join(out, 'elements');
  mkdirSync(dir, { recursive: true });
  for (const d of elements) {
    const tag = d.tagName;
    const pkg = `@tongxin/${d.pkg}`;
    const demo = DEMO[tag];
    const body = `<h1><code>&lt;${esc(tag)}&gt;</code></h1>
<p class="summary">${esc(d.summary)}</p>
<p>${esc(d.description).replace(/\n/g, ' ')}</p>
<h2 id="use">使用 / Use</h2>
<pre><code>&lt;script type=&quot;module&quot; src=&quot;/tongxin/${esc(tag)}.js&quot;&gt;&lt;/script&gt;
&lt;!-- ${d.pkg === 'elements' ? `或 / or: import '${pkg}/define/${esc(tag)}';` : `import '${pkg}/define/${esc(tag)}';`} --&gt;</code></pre>
<h2 id="attributes">属性 / Attributes</h2>
${table(
  ['attribute', '类型 / type', '默认 / default', '说明 / description'],
  (d.attributes ?? []).map((a) => [a.name, code(a.type?.text), code(a.default), esc(a.description)]),
)}
<h2 id="properties">JavaScript 属性 / Properties</h2>
${table(
  ['property', '类型 / type', '说明 / description'],
  (d.members ?? [])
    .filter((m) => m.kind === 'field' && !m.privacy && !m.static && m.description)
    .map((m) => [m.name, code(m.type?.text), esc(m.description)]),
)}
<h2 id="events">事件 / Events</h2>
${table(
  ['event', '类型 / type', '说明 / description'],
  (d.events ?? []).filter((e) => e.name).map((e) => [e.name, code(e.type?.text), esc(e.description)]),
)}
<h2 id="slots">插槽 / Slots</h2>
${table(
  ['slot', '说明 / description'],
  (d.slots ?? []).map((s) => [s.name || '(default)', esc(s.description)]),
)}
<h2 id="parts">::part()</h2>
${table(
  ['part', '说明 / description'],
  (d.cssParts ?? []).map((p) => [p.name, esc(p.description)]),
)}
<h2 id="css">CSS 自定义属性 / CSS properties</h2>
${table(
  ['property', '默认 / default', '说明 / description'],
  (d.cssProperties ?? []).map((p) => [p.name, code(p.default), esc(p.description)]),
)}
<h2 id="demo">在线演示 / Live demo</h2>
${
  demo
    ? `<p>由 <code>npm start</code> 的参考服务器和演示县（盘锦）提供数据。/ Served by the reference server of <code>npm start</code> with the demo county.</p>
<div class="demo"><tx-provider endpoint="/" tenant="211100">${demo}</tx-provider></div>`
    : ''
}
${EXAMPLE[tag] ? `<p>示例页面 / Example page: <a href="${EXAMPLE[tag]}">${EXAMPLE[tag]}</a></p>` : ''}
`;
    const scripts = demo ? ['/assets/elements/tx-provider.js', `/assets/elements/${tag}.js`] : [];
    writeFileSync(join(dir, `${tag}.html`), page({ title: `<${tag}>`, body, depth: 1, scripts }));
  }
  const list = `<h1>组件 / Elements</h1>
<p>每个组件一页，由各包的 <code>custom-elements.json</code> 生成。/ One page per element, generated from each package's <code>custom-elements.json</code>.</p>
<ul>${elements.map((d) => `<li><a href="${d.tagName}.html"><code>&lt;${d.tagName}&gt;</code></a> — ${esc(d.summary)}</li>`).join('')}</ul>`;
  writeFileSync(join(dir, 'index.html'), page({ title: 'Elements', body: list, depth: 1 }));
  return elements.map((d) => d.tagName);
}

function buildHttp(out) {
  const spec = JSON.parse(readFileSync(join(here, 'openapi.json'), 'utf8'));
  copyFileSync(join(here, 'openapi.json'), join(out, 'openapi.json'));
  const byTag = new Map();
  for (const [path, ops] of Object.entries(spec.paths))
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ path, method: method.toUpperCase(), op });
    }
  const sections = [...byTag]
    .map(
      ([tag, ops]) => `<h2 id="${esc(tag)}">${esc(tag)}</h2>
${table(
  ['operation', 'method', 'path', '说明 / summary'],
  ops.map(({ path, method, op }) => [op.operationId, code(method), code(path), esc(op.summary ?? op.description ?? '')]),
)}`,
    )
    .join('\n');
  const body = `<h1>HTTP API</h1>
<p>${esc(spec.info.title)} ${esc(spec.info.version)}. 完整的 OpenAPI 3.1 描述 / The full OpenAPI 3.1 description: <a href="openapi.json">openapi.json</a>。错误为 RFC 9457 problem+json。/ Errors are RFC 9457 problem+json.</p>
${sections}`;
  writeFileSync(join(out, 'http.html'), page({ title: 'HTTP API', body, depth: 0 }));
}

/** The core's sources and the TypeDoc version: the API pages change only when these do. */
function apiKey() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(root, 'packages/core/src'));
  hash.update(readFileSync(join(root, 'packages/core/tsconfig.json')));
  hash.update(readFileSync(join(here, 'node_modules/typedoc/package.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The TypeDoc pages of `@tongxin/core` into `out/api`. TypeDoc takes about 12 s, so its output is
 * kept in `cacheDir` under a key of the sources it reads and reused while they do not change.
 */
function buildApi(out, cacheDir) {
  const cached = join(cacheDir, apiKey());
  if (!existsSync(cached)) {
    const building = `${cacheDir}-building`;
    rmSync(building, { recursive: true, force: true });
    const typedoc = join(here, 'node_modules', '.bin', 'typedoc');
    const result = spawnSync(
      typedoc,
      [
        '--entryPoints',
        join(root, 'packages/core/src/index.ts'),
        '--tsconfig',
        join(root, 'packages/core/tsconfig.json'),
        '--skipErrorChecking',
        '--name',
        '@tongxin/core',
        '--logLevel',
        'Error',
        '--out',
        building,
      ],
      { cwd: here, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`typedoc failed:\n${result.stdout}\n${result.stderr}`);
    // Only the current pages are kept.
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir, { recursive: true });
    renameSync(building, cached);
  }
  cpSync(cached, join(out, 'api'), { recursive: true });
}

function buildHome(out) {
  const body = `<h1>同心 Tongxin 文档</h1>
<p>县级政协网站的公众参与组件：委员提案、社情民意、重点工作督办、委员工作站地图，以及办理工作台和表单设计器。</p>
<ul>
  <li><a href="guide/index.html">指南（中文）</a> · <a href="guide/en/index.html" lang="en">Guides (English)</a></li>
  <li><a href="elements/index.html">组件 / Elements</a></li>
  <li><a href="api/index.html">TypeScript API (@tongxin/core)</a></li>
  <li><a href="http.html">HTTP API</a></li>
</ul>`;
  writeFileSync(join(out, 'index.html'), page({ title: '文档', body, depth: 0 }));
}

/** Builds the site into `<outRoot>/docs`; returns that folder. */
export function buildDocs(outRoot = join(here, 'dist'), { api = true } = {}) {
  const out = join(outRoot, 'docs');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(join(here, 'src', 'docs.css'), join(out, 'docs.css'));
  buildHome(out);
  buildGuides(out);
  buildElements(out);
  buildHttp(out);
  if (api) buildApi(out, join(outRoot, '.api-cache'));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = buildDocs(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined, {
    api: !process.argv.includes('--no-api'),
  });
  console.log(`[tongxin] docs built in ${relative(process.cwd(), out) || out}`);
}
