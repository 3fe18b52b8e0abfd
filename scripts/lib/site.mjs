// The example county site: its folder, and the browser bundle of @tongxin/core its pages load.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './bootstrap.mjs';

export const siteDir = join(root, 'examples', 'county-site');

/** Bundles what the site's pages import (`/assets/tongxin-core.js`) into `assetsDir`. */
export async function buildSiteBundle(assetsDir = join(siteDir, 'dist', 'assets')) {
  await build({
    stdin: { contents: "export * from '@tongxin/core'; export * from '@tongxin/core/routes';", resolveDir: siteDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    outfile: join(assetsDir, 'tongxin-core.js'),
    logLevel: 'warning',
  });
  await buildWidgetBundles(assetsDir);
  return assetsDir;
}

/**
 * The define entries (`@tongxin/elements/define/tx-…`, and the staff-only
 * `@tongxin/designer/define/tx-form-designer`) that exist in this checkout: tag and specifier.
 */
export function defineEntries() {
  return ['elements', 'designer'].flatMap((pkg) => {
    const dir = join(root, 'packages', pkg);
    const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return Object.entries(exports)
      .filter(([key, target]) => key.startsWith('./define/') && existsSync(join(dir, target['tongxin-source'])))
      .map(([key]) => ({ tag: key.slice('./define/'.length), specifier: `@tongxin/${pkg}/define/${key.slice('./define/'.length)}`, pkg }));
  });
}

/** The widgets' tags (`@tongxin/elements`; what `tongxin.js` bundles). */
export function widgetEntries() {
  return defineEntries()
    .filter((e) => e.pkg === 'elements')
    .map((e) => e.tag);
}

/**
 * One ES module per element (`tx-opinion-box.js`…, `tx-form-designer.js`) and one with every widget (`tongxin.js`) in
 * `outdir`; code they share (Lit, the core) is loaded once, in chunks. With `hashed`, entry names
 * carry their content hash too (the CDN build). Returns esbuild's metafile.
 */
export async function buildWidgets(outdir, { hashed = false } = {}) {
  // Every element has its own file; `tongxin.js` has the widgets (the designer loads for staff only).
  const entryPoints = Object.fromEntries(defineEntries().map((e) => [e.tag, e.specifier]));
  const all = widgetEntries()
    .map((tag) => `import '@tongxin/elements/define/${tag}';`)
    .join('\n');
  const result = await build({
    entryPoints: { ...entryPoints, tongxin: 'tongxin-all', 'tongxin-autoload': '@tongxin/elements/autoload' },
    plugins: [
      {
        name: 'all',
        setup: (b) => {
          b.onResolve({ filter: /^tongxin-all$/ }, () => ({ path: 'tongxin-all', namespace: 'all' }));
          b.onLoad({ filter: /.*/, namespace: 'all' }, () => ({ contents: all, resolveDir: siteDir, loader: 'js' }));
        },
      },
    ],
    absWorkingDir: siteDir,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    outdir,
    entryNames: hashed ? '[name]-[hash]' : '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

/** The widget bundles of the example site (`assets/elements/…`). */
function buildWidgetBundles(assetsDir) {
  return buildWidgets(join(assetsDir, 'elements'));
}
