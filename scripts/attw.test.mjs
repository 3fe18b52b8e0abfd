// @arethetypeswrong/cli on every published package, packed as npm would publish it: every entry
// point resolves to JavaScript and to its own type declarations for ESM consumers (Node 16+ and
// bundlers). The packages are ESM-only by design, so CommonJS resolution is not asked for.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './lib/bootstrap.mjs';

const attw = join(root, 'node_modules', '.bin', 'attw');

describe('are the types wrong (attw, ESM)', () => {
  for (const name of ['core', 'forms', 'elements', 'designer', 'server', 'mock']) {
    const dir = join(root, 'packages', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    it(`${pkg.name}: every entry point has its types`, () => {
      const result = spawnSync(attw, ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
      // Every export was looked at (a typo in `exports` would leave one out).
      const checked = [...result.stdout.matchAll(/^"([^"]+)"$/gm)].map((m) => m[1]);
      const entries = Object.keys(pkg.exports).map((k) => (k === '.' ? pkg.name : `${pkg.name}${k.slice(1)}`));
      assert.deepEqual(checked.sort(), entries.sort());
    });
  }
});
