// Builds the React and Vue pages with esbuild (what a platform team's bundler does): each page's
// app.js and its chunks next to its index.html, in `outdir/react/` and `outdir/vue/`.
// Usage: node examples/frameworks/build.mjs [outdir]   (default examples/frameworks/dist)
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

const pages = {
  react: { entry: 'react/app.tsx', options: { jsx: 'automatic' } },
  vue: {
    entry: 'vue/app.js',
    // The full build compiles the page's template in the browser; Vue's flags as its docs ask.
    options: {
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    },
  },
};

/** Builds both pages into `outdir`. */
export async function buildFrameworks(outdir = join(here, 'dist')) {
  for (const [name, page] of Object.entries(pages)) {
    const dir = join(outdir, name);
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: { app: join(here, page.entry) },
      absWorkingDir: here,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir: dir,
      logLevel: 'warning',
      ...page.options,
      define: { 'process.env.NODE_ENV': '"production"', ...page.options.define },
    });
    copyFileSync(join(here, name, 'index.html'), join(dir, 'index.html'));
  }
  return outdir;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`[tongxin] built ${await buildFrameworks(process.argv[2])}`);
