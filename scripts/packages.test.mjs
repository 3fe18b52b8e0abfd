// Every published package: an exports map whose `types` comes before every standard condition (only
// our own `tongxin-source` condition, which consumers never set, may precede it, so that the repo's
// type check and tests read sources), a default, files that exist after the build, `sideEffects`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));

describe('package manifests', () => {
  for (const dir of packages) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    it(`${pkg.name}: ESM, explicit sideEffects, exports with types first`, () => {
      assert.equal(pkg.type, 'module');
      assert.ok('sideEffects' in pkg, 'sideEffects must be stated');
      for (const [entry, target] of Object.entries(pkg.exports)) {
        if (typeof target === 'string') continue;
        const keys = Object.keys(target);
        assert.deepEqual(keys.slice(0, 2), ['tongxin-source', 'types'], `${entry}: the source condition, then types, first`);
        assert.equal(keys.at(-1), 'default', `${entry}: default last`);
        assert.ok(existsSync(join(dir, target['tongxin-source'])), `${entry}: ${target['tongxin-source']} exists`);
        if (existsSync(join(dir, 'dist'))) {
          assert.ok(existsSync(join(dir, target.default)), `${entry}: ${target.default} was built`);
          assert.ok(existsSync(join(dir, target.types)), `${entry}: ${target.types} was emitted`);
        }
      }
    });
  }
});
