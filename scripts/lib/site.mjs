// The example county site: its folder, and the browser bundle of @tongxin/core its pages load.
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
  return assetsDir;
}
