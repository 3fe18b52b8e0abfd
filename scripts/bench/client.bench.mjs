// The typed client's cost per request against a local server, beside plain fetch (the floor) and two
// peers: ky (a fetch wrapper with retries) and openapi-fetch (a typed OpenAPI client). Ours also
// validates the request body and the response against the contract and adds an idempotency key.
import { createServer } from 'node:http';
import { createClient } from '@tongxin/core';
import { createOpinion } from '@tongxin/core/routes';
import ky from 'ky';
import createFetchClient from 'openapi-fetch';
import { ms, stats } from './stats.mjs';

export const title = 'Client: 2,000 sequential POST /opinions to a local server (Node 20)';
export const note = 'Same server, same payload, one run; lower is better. Ours validates input and output against the contract.';

const N = 2000;
const WARMUP = 200;
const receipt = JSON.stringify({
  id: 'op_1',
  trackingCode: '7K3M-9QX2-BD4H',
  queryPassword: '48213957',
  status: 'submitted',
  createdAt: '2026-11-27T10:00:00+08:00',
  dueDate: '2026-12-11',
});
const body = {
  title: '关于村口路灯损坏的反映',
  situation: '兴隆台区某村村口三盏路灯已坏两个月，夜间出行不便。'.repeat(8),
  suggestions: '请尽快维修。',
  publish: { consent: true },
  reporter: { anonymous: false, name: '张三', phone: '13812341234' },
};

export async function run() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(receipt);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const url = `${base}/v1/211100/opinions`;
  const json = JSON.stringify(body);

  const ours = createClient({ baseUrl: base, tenant: '211100', routes: { createOpinion } });
  const kyClient = ky.create({ prefixUrl: base, retry: 0 });
  const typed = createFetchClient({ baseUrl: base });
  const contenders = {
    'plain fetch (floor)': async () =>
      (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json })).json(),
    'ky 1 (peer)': () => kyClient.post('v1/211100/opinions', { json: body, headers: { 'idempotency-key': crypto.randomUUID() } }).json(),
    'openapi-fetch (peer)': () =>
      typed.POST('/v1/{tenant}/opinions', {
        params: { path: { tenant: '211100' } },
        body,
        headers: { 'idempotency-key': crypto.randomUUID() },
      }),
    '@tongxin/core client': () => ours.createOpinion({ body }),
  };
  const rows = [];
  const results = {};
  // Interleave rounds so that machine noise hits every contender alike.
  for (const name of Object.keys(contenders)) results[name] = [];
  for (let round = 0; round < 4; round++) {
    for (const [name, call] of Object.entries(contenders)) {
      const count = (round === 0 ? WARMUP : 0) + N / 4;
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        await call();
        if (round > 0 || i >= WARMUP) results[name].push(performance.now() - start);
      }
    }
  }
  server.close();
  const floor = stats(results['plain fetch (floor)']).median;
  for (const [name, samples] of Object.entries(results)) {
    const s = stats(samples);
    rows.push({
      contender: name,
      'req/s': Math.round((samples.length / s.total) * 1000),
      median: ms(s.median),
      p99: ms(s.p99),
      'vs fetch': `${(s.median / floor).toFixed(2)}×`,
    });
  }
  return { columns: ['contender', 'req/s', 'median', 'p99', 'vs fetch'], rows };
}
