// The reference server under load: autocannon (100 connections, 20 s after a 5 s warm-up) creating
// opinions, each with its own Idempotency-Key, against the server in its own process — on embedded
// PGlite and on PostgreSQL (when TONGXIN_TEST_DATABASE_URL or DATABASE_URL names one) side by side.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { root } from '../lib/bootstrap.mjs';

export const title = 'Server: POST /v1/211100/opinions with idempotency keys (autocannon, 100 connections, 20 s)';
export const note =
  'Server, database and load generator share this 2-core machine. Every create hashes a new query password with scrypt (N=1024 unless said). Goal with PostgreSQL: ≥ 1,000 creates/s, p99 < 100 ms.';

const body = JSON.stringify({
  title: '关于村口路灯损坏的反映',
  situation: '兴隆台区某村村口三盏路灯已坏两个月，夜间出行不便，请有关部门尽快维修。',
  publish: { consent: true },
  reporter: { anonymous: true },
});

async function startServer(args, port, env = {}) {
  const child = spawn(
    process.execPath,
    [join(root, 'packages/server/dist/cli.js'), '--port', String(port), '--seed', '--no-rate-limits', ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...env },
    },
  );
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('"listening"') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  child.stdout.resume();
  return child;
}

const load = (url, duration) =>
  autocannon({
    url,
    connections: 100,
    duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
      },
    ],
  });

async function measure(name, args, port, env) {
  const server = await startServer(args, port, env);
  try {
    const url = `http://127.0.0.1:${port}/v1/211100/opinions`;
    await load(url, 5);
    const r = await load(url, 20);
    return {
      database: name,
      'creates/s': Math.round(r.requests.average),
      p50: `${r.latency.p50} ms`,
      p99: `${r.latency.p99} ms`,
      '2xx': r['2xx'],
      'non-2xx': r.non2xx,
      errors: r.errors + r.timeouts,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.on('exit', resolve));
  }
}

export async function run() {
  const rows = [await measure('PGlite (embedded)', ['--data-dir', mkdtempSync(join(tmpdir(), 'tongxin-bench-'))], 18787)];
  const adminUrl = process.env.TONGXIN_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `tongxin_bench_${Date.now()}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      rows.push(await measure('PostgreSQL 15, 1 process', ['--database-url', url.toString()], 18788));
      rows.push(await measure('PostgreSQL 15, 2 workers', ['--database-url', url.toString(), '--workers', '2'], 18789));
      // What the rest of the pipeline does when the query-password hash costs next to nothing.
      rows.push(
        await measure('PostgreSQL 15, 1 process, scrypt N=16', ['--database-url', url.toString()], 18790, { TONGXIN_SCRYPT_N: '16' }),
      );
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  } else {
    rows.push({ database: 'PostgreSQL', 'creates/s': 'set TONGXIN_TEST_DATABASE_URL to measure' });
  }
  return { columns: ['database', 'creates/s', 'p50', 'p99', '2xx', 'non-2xx', 'errors'], rows };
}
