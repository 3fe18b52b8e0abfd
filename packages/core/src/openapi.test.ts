import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { routes } from './contract/routes/index.js';
import { buildOpenApi } from './openapi.js';

const committedPath = new URL('../../../docs/openapi.json', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

type Doc = {
  paths: Record<string, Record<string, { operationId: string; parameters: { name: string; in: string }[] }>>;
  components: { schemas: Record<string, unknown> };
};

describe('docs/openapi.json', () => {
  it('is what the contract generates (run `npm run openapi` after changing the contract)', () => {
    const committed = JSON.parse(readFileSync(committedPath, 'utf8'));
    assert.deepEqual(
      committed,
      JSON.parse(JSON.stringify(buildOpenApi(pkg.version))),
      'docs/openapi.json is stale: run `npm run openapi` and commit it',
    );
  });
  it('describes every route, with its Idempotency-Key where required, and resolvable $refs', () => {
    const doc = buildOpenApi(pkg.version) as unknown as Doc;
    const operations = new Map(Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => [op.operationId, op] as const)));
    for (const [name, route] of Object.entries(routes)) {
      const op = operations.get(name);
      assert.ok(op, `${name} is missing`);
      assert.equal(
        op.parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
        route.idempotent,
        `${name} Idempotency-Key`,
      );
    }
    const text = JSON.stringify(doc);
    for (const [, id] of text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g))
      assert.ok(id! in doc.components.schemas, `unresolved $ref ${id}`);
    assert.doesNotMatch(text, /"\$ref":"(?!#\/components\/schemas\/)/, 'every $ref points at a component');
  });
  it('publishes text limits in code points and formats of dates', () => {
    const doc = buildOpenApi(pkg.version) as unknown as {
      components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> };
    };
    assert.equal(doc.components.schemas.OpinionInput!.properties.title!.maxLength, 100);
    assert.equal(doc.components.schemas.OpinionInput!.properties.title!.minLength, 1);
    assert.deepEqual(doc.components.schemas.Timestamp, {
      type: 'string',
      pattern: (doc.components.schemas.Timestamp as Record<string, unknown>).pattern,
      format: 'date-time',
    });
  });
});
