// custom-elements.json (made by the build from JSDoc): every element a package registers is
// described with its summary, attributes, events, parts and CSS properties, and package.json points
// at the file, so editors, docs and frameworks see the same API as the code.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('..', import.meta.url).pathname;

for (const name of ['forms', 'elements']) {
  const dir = join(root, 'packages', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // The tags the define modules register (`define/tx-form-preview` registers <tx-form> too).
  const tags = [
    ...new Set(
      Object.keys(pkg.exports)
        .filter((k) => k.startsWith('./define/'))
        .map((k) => join(dir, 'src', 'define', `${k.slice('./define/'.length)}.ts`))
        .filter((file) => existsSync(file))
        .map((file) => /customElements\.define\('([\w-]+)'/.exec(readFileSync(file, 'utf8'))?.[1] ?? file),
    ),
  ];
  describe(`${pkg.name}: custom-elements.json`, { skip: !existsSync(join(dir, 'dist')) && 'not built' }, () => {
    const manifest = () => JSON.parse(readFileSync(join(dir, pkg.customElements), 'utf8'));
    const declarations = () =>
      manifest()
        .modules.flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName);

    it('is named in package.json and shipped', () => {
      assert.equal(pkg.customElements, 'custom-elements.json');
      assert.ok(pkg.files.includes('custom-elements.json'));
    });

    for (const tag of tags) {
      it(`describes <${tag}>: summary, attributes with descriptions, only tx-* events`, () => {
        const d = declarations().find((x) => x.tagName === tag);
        assert.ok(d, `<${tag}> is in the manifest`);
        assert.ok(d.summary?.length > 10, `<${tag}> has a summary`);
        for (const a of d.attributes ?? []) assert.ok(a.description?.length > 5, `<${tag}> attribute ${a.name} is described`);
        for (const e of d.events ?? []) assert.match(e.name, /^tx-/);
        if (tag !== 'tx-provider') {
          assert.ok((d.cssParts ?? []).length > 0, `<${tag}> documents its parts`);
          assert.ok((d.cssProperties ?? []).length > 0, `<${tag}> documents its CSS properties`);
        }
      });
    }

    it('lists no internal state as attributes', () => {
      const internal = ['config', 'definition', 'phase', 'rows', 'problem', 'stepIndex', 'errors'];
      for (const d of declarations()) for (const a of d.attributes ?? []) assert.ok(!internal.includes(a.name), `<${d.tagName}> ${a.name}`);
    });
  });
}
