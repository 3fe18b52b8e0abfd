// Builds the sandbox: the page, msw's service worker at the root (its scope must cover /api/), the
// mock bundled for the browser, and the widget bundles — a folder any static server can serve.
// Usage: node examples/sandbox/build.mjs [outdir]   (default examples/sandbox/dist)
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildWidgets } from '../../scripts/lib/site.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Writes the sandbox into `outdir`; returns it. */
export async function buildSandbox(outdir = join(here, 'dist')) {
  mkdirSync(join(outdir, 'vendor'), { recursive: true });
  for (const file of ['index.html', 'sandbox.js']) copyFileSync(join(here, file), join(outdir, file));
  const msw = dirname(createRequire(import.meta.url).resolve('msw/package.json'));
  copyFileSync(join(msw, 'lib', 'mockServiceWorker.js'), join(outdir, 'mockServiceWorker.js'));
  await build({
    stdin: { contents: "export * from '@tongxin/mock/browser';", resolveDir: here, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile: join(outdir, 'vendor', 'tongxin-mock.js'),
    logLevel: 'warning',
  });
  await buildWidgets(join(outdir, 'vendor', 'elements'));
  return outdir;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`[tongxin] sandbox built in ${await buildSandbox(process.argv[2])}`);
