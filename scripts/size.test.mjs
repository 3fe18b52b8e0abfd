// The size check must catch classic zod in a browser bundle (it would add ~90 KB gzip).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measure } from './size.mjs';

describe('size report', () => {
  it('flags a bundle that imports classic zod', async () => {
    const row = await measure({
      name: 'classic',
      pkg: 'core',
      code: `import { z } from 'zod'; export const s = z.object({ a: z.string() });`,
      budget: 1e6,
    });
    assert.ok(row.forbidden.length > 0, 'classic zod was not detected');
    assert.ok(row.gzip > 40 * 1024, `classic zod bundle is ${row.gzip} bytes`);
  });
  it('passes the same schema written with zod/mini', async () => {
    const row = await measure({
      name: 'mini',
      pkg: 'core',
      code: `import * as z from 'zod/mini'; export const s = z.object({ a: z.string() });`,
      budget: 1e6,
    });
    assert.deepEqual(row.forbidden, []);
    assert.ok(row.gzip < 8 * 1024, `zod/mini bundle is ${row.gzip} bytes`);
  });
  it('flags zod/mini in an entry that must carry no zod (the widgets)', async () => {
    const row = await measure({
      name: 'widget',
      pkg: 'core',
      code: `import { createClient } from '@tongxin/core/client'; import { getConfig } from '@tongxin/core/routes';
        export const api = createClient({ baseUrl: '/', tenant: '211100', routes: { getConfig } });`,
      budget: 1e6,
      noZod: true,
    });
    assert.ok(
      row.forbidden.some((f) => f.includes('zod')),
      'zod/mini through full routes was not detected',
    );
    const wire = await measure({ ...row, code: row.code.replace('@tongxin/core/routes', '@tongxin/core/wire') });
    assert.deepEqual(wire.forbidden, []);
  });
});
