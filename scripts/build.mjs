// Builds every package: esbuild transpiles src/ to dist/ (ESM, one file per module), then tsc
// (TypeScript 7) emits the .d.ts files. Usage: node scripts/build.mjs [package-dir...]
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { log, root, run } from './lib/bootstrap.mjs';

const packagesDir = join(root, 'packages');
const only = process.argv.slice(2);
const manifest = (name) => JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
/** Package folders with their workspace dependencies first (tsc reads those dependencies' .d.ts). */
function dependencyOrder(names) {
  const byName = new Map(names.map((name) => [manifest(name).name, name]));
  const ordered = [];
  const visit = (name, path = []) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`dependency cycle: ${[...path, name].join(' → ')}`);
    const deps = Object.keys(manifest(name).dependencies ?? {});
    for (const dep of deps) if (byName.has(dep)) visit(byName.get(dep), [...path, name]);
    ordered.push(name);
  };
  for (const name of names) visit(name);
  return ordered;
}
const packages = dependencyOrder(readdirSync(packagesDir)).filter((name) => only.length === 0 || only.includes(name));

function files(dir, keep) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, keep);
    return keep(name) ? [path] : [];
  });
}
const sources = (dir) => files(dir, (name) => /\.ts$/.test(name) && !/\.(test|bench|fixtures)\.ts$/.test(name) && !name.endsWith('.d.ts'));
/** Data files the modules import (e.g. the demo county's configuration). */
const assets = (dir) => files(dir, (name) => name.endsWith('.json'));

for (const name of packages) {
  const dir = join(packagesDir, name);
  const started = performance.now();
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  await build({
    entryPoints: sources(join(dir, 'src')),
    outdir: join(dir, 'dist'),
    outbase: join(dir, 'src'),
    format: 'esm',
    target: 'es2022',
    platform: 'neutral',
    // Keep `with { type: 'json' }`: Node needs it to import the server's data files.
    supported: { 'import-attributes': true },
    sourcemap: true,
    bundle: false,
    logLevel: 'warning',
  });
  for (const asset of assets(join(dir, 'src'))) {
    const target = join(dir, 'dist', relative(join(dir, 'src'), asset));
    cpSync(asset, target);
  }
  run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')]);
  // Packages with custom elements describe them in custom-elements.json (from their JSDoc).
  if (manifest(name).customElements) {
    run(join(root, 'node_modules', '.bin', 'cem'), ['analyze', '--config', join(root, 'custom-elements-manifest.config.mjs'), '--quiet'], {
      cwd: dir,
    });
  }
  log(`built ${relative(root, dir)} in ${Math.round(performance.now() - started)} ms`);
}
