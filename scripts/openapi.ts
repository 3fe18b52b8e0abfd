// Writes docs/openapi.json from the route table (`npm run openapi`). A test fails when the committed
// file differs from what the contract generates, so the published API description cannot go stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApi } from '@tongxin/core/openapi';

const target = new URL('../docs/openapi.json', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('../packages/core/package.json', import.meta.url), 'utf8')) as { version: string };
writeFileSync(target, `${JSON.stringify(buildOpenApi(version), null, 2)}\n`);
console.log(`[tongxin] wrote ${target.pathname}`);
