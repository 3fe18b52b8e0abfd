// The CDN build (`npm run cdn`): one ES module per widget and one with all of them, every file
// named by its content hash, with Subresource Integrity (SHA-384) for each — self-hostable on any
// static server, no third-party CDN and no page globals needed. Writes `dist/cdn/<version>/` with
// `manifest.json` and prints, per widget, the tags to paste: the entry with `integrity` and a
// `modulepreload` (with its own `integrity`) for each chunk it imports, so every file is checked.
// Usage: node scripts/cdn.mjs [--out DIR] [--base URL]
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './lib/bootstrap.mjs';
import { buildWidgets, siteDir } from './lib/site.mjs';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Builds the CDN files into `outdir` and returns the manifest — for each entry (`tx-opinion-box`…,
 * `tongxin` for all) its file, integrity and the chunks it imports statically (to preload) — and
 * the source files each entry loads at start.
 */
export async function buildCdn(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  const meta = await buildWidgets(outdir, { hashed: true });
  // esbuild's output paths are relative to the working directory it was given (the site folder).
  const rel = (key) => relative(outdir, join(siteDir, key));
  const outputs = meta.outputs;
  const integrity = (key) => sri(readFileSync(join(siteDir, key)));
  const closure = (key, seen = new Set()) => {
    for (const i of outputs[key].imports)
      if (i.kind === 'import-statement' && !seen.has(i.path)) {
        seen.add(i.path);
        closure(i.path, seen);
      }
    return seen;
  };
  const entries = {};
  for (const [key, output] of Object.entries(outputs)) {
    if (!key.endsWith('.js') || !output.entryPoint || key.includes('/chunks/')) continue;
    const name = /([\w-]+)-[A-Z0-9]{8}\.js$/.exec(key)?.[1];
    if (!name) continue;
    entries[name] = {
      file: rel(key),
      integrity: integrity(key),
      preload: [...closure(key)].sort().map((k) => ({ file: rel(k), integrity: integrity(k) })),
    };
  }
  // Every script with its hash, the ones loaded later too (languages, QR code, map library,
  // print view): enough to write an import map with `integrity` for them.
  const files = Object.fromEntries(
    Object.keys(outputs)
      .filter((k) => k.endsWith('.js'))
      .sort()
      .map((k) => [rel(k), integrity(k)]),
  );
  const manifest = { version: JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version, entries, files };
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  /** The source files each entry loads at start (for checks that one widget brings no other). */
  const sources = Object.fromEntries(
    Object.entries(entries).map(([name, entry]) => {
      const keys = [entry.file, ...entry.preload.map((p) => p.file)].map((f) => relative(siteDir, join(outdir, f)));
      return [name, keys.flatMap((k) => Object.keys(outputs[k].inputs).filter((i) => outputs[k].inputs[i].bytesInOutput > 0))];
    }),
  );
  return { manifest, sources };
}

/** The HTML to paste for one entry, with files under `base`. */
export function snippet(entry, base) {
  const url = (file) => `${base.replace(/\/?$/, '/')}${file}`;
  return [
    ...entry.preload.map((p) => `<link rel="modulepreload" href="${url(p.file)}" integrity="${p.integrity}" crossorigin="anonymous">`),
    `<script type="module" src="${url(entry.file)}" integrity="${entry.integrity}" crossorigin="anonymous"></script>`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const version = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).version;
  const outdir = arg('--out', join(root, 'dist', 'cdn', version));
  const base = arg('--base', `/tongxin/${version}/`);
  const { manifest } = await buildCdn(outdir);
  console.log(`[tongxin] CDN build ${version} in ${relative(root, outdir)}/ — copy the folder to your server as ${base}\n`);
  for (const [name, entry] of Object.entries(manifest.entries)) {
    const what = { tongxin: 'every widget', 'tongxin-autoload': 'each page loads the widgets it uses (their files load without SRI)' }[
      name
    ];
    console.log(`<!-- ${what ?? `<${name}>`} -->\n${snippet(entry, base)}\n`);
  }
}
