// The same client in Node 20, against a real HTTP server on loopback: what platform developers'
// scripts (imports, exports) rely on.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import * as fixtures from '../contract/contract.fixtures.js';
import { routes, wireShape } from '../contract/routes/index.js';
import * as wire from '../contract/wire.js';
import { createClient } from './client.js';
import { isNetworkError, isValidationError } from './errors.js';

const received: { method: string; url: string; headers: IncomingMessage['headers']; body: Buffer }[] = [];
let server: Server;
let base: string;

before(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (req.url === '/api/v1/211100/config') return json(200, fixtures.countyConfig);
    if (req.url?.startsWith('/api/v1/211100/workstations?')) return json(200, { items: [fixtures.workstation], nextCursor: 'c2' });
    if (req.url?.startsWith('/api/v1/211100/attachments?')) {
      const { createHash } = await import('node:crypto');
      return json(201, {
        ...fixtures.attachment,
        size: body.length,
        type: req.headers['content-type'],
        sha256: createHash('sha256').update(body).digest('hex'),
      });
    }
    json(404, { type: 'urn:tongxin:problem:not_found', title: 'not found', status: 404, code: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
after(() => server.close());

describe('createClient in Node', () => {
  it('reads the county configuration', async () => {
    const api = createClient({ baseUrl: base, tenant: '211100', routes });
    const config = await api.getConfig();
    assert.equal(config.shortName['zh-Hans'], '盘锦市政协');
  });

  it('serialises query parameters and pages with the cursor', async () => {
    const api = createClient({ baseUrl: `${base}/`, tenant: '211100', routes });
    const page = await api.listWorkstations({ query: { q: '振兴 街道', type: 'street', limit: 50 } });
    assert.equal(page.nextCursor, 'c2');
    const url = new URL(received.at(-1)!.url, 'http://x');
    assert.equal(url.pathname, '/api/v1/211100/workstations');
    assert.deepEqual(Object.fromEntries(url.searchParams), { q: '振兴 街道', type: 'street', limit: '50' });
  });

  it('uploads bytes unchanged with their type and an idempotency key', async () => {
    const api = createClient({ baseUrl: base, tenant: '211100', routes });
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
    const attachment = await api.uploadAttachment({ query: { name: '现场.png' }, body: bytes, contentType: 'image/png' });
    const request = received.at(-1)!;
    assert.deepEqual(new Uint8Array(request.body), bytes);
    assert.equal(request.headers['content-type'], 'image/png');
    assert.ok(request.headers['idempotency-key']);
    assert.equal(attachment.size, bytes.length);
  });

  it('refuses a tenant that is not a 6-digit division code, saying what to do', () => {
    assert.throws(
      () => createClient({ baseUrl: base, tenant: 'panjin' }),
      /\[tongxin\] createClient: tenant must be a 6-digit division code/,
    );
  });

  it('reports a refused connection as a NetworkError', async () => {
    const api = createClient({ baseUrl: 'http://127.0.0.1:9/api', tenant: '211100', routes, retry: false });
    const error = await api.getConfig().catch((e: unknown) => e);
    assert.ok(isNetworkError(error), String(error));
  });
});

describe('wire routes (@tongxin/core/wire)', () => {
  it('mirror the route table: the same routes with the same method, path, parts and idempotency (else: npm run wire)', () => {
    const { routes: table, ...single } = wire;
    assert.deepEqual(Object.keys(single).sort(), Object.keys(routes).sort());
    assert.deepEqual(Object.keys(table).sort(), Object.keys(routes).sort());
    for (const [name, route] of Object.entries(routes)) {
      assert.deepEqual({ ...single[name as keyof typeof single] }, wireShape(route), name);
      assert.equal(table[name as keyof typeof table], single[name as keyof typeof single], name);
    }
  });

  it('send the same requests as the full routes and hand back responses unchecked', async () => {
    const api = createClient({ baseUrl: base, tenant: '211100', routes: wire.routes });
    const page = await api.listWorkstations({ query: { q: '振兴 街道', type: 'street', limit: 50 } });
    assert.equal(page.items[0]?.id, fixtures.workstation.id);
    assert.deepEqual(Object.fromEntries(new URL(received.at(-1)!.url, 'http://x').searchParams), {
      q: '振兴 街道',
      type: 'street',
      limit: '50',
    });
    const bytes = new Uint8Array([1, 2, 3]);
    await api.uploadAttachment({ query: { name: 'a.png' }, body: bytes, contentType: 'image/png' });
    assert.ok(received.at(-1)!.headers['idempotency-key']);
    // Nothing is checked locally: what the full routes refuse before sending reaches the server.
    const full = createClient({ baseUrl: base, tenant: '211100', routes, retry: false });
    await assert.rejects(full.listWorkstations({ query: { limit: 5000 } }), (e: unknown) => isValidationError(e));
    const sent = received.length;
    await api.listWorkstations({ query: { limit: 5000 } });
    assert.equal(received.length, sent + 1);
  });
});
