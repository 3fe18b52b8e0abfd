#!/usr/bin/env node
// `tongxin-server`: runs the reference API (usage below).
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AuthOptions } from './auth.js';
import { signToken } from './auth.js';
import { migrate } from './db/migrations.js';
import { hashPassword } from './passwords.js';
import { loadDemoData } from './seed-loader.js';
import { jsonLog, openDatabase, startServer } from './server.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    seed: { type: 'boolean' },
    'dev-login': { type: 'boolean' },
    static: { type: 'string', multiple: true },
    'cors-origin': { type: 'string', multiple: true },
    'trust-proxy': { type: 'boolean' },
    'no-rate-limits': { type: 'boolean' },
    workers: { type: 'string' },
    'jwt-secret': { type: 'string' },
    'jwt-public-key': { type: 'string' },
    'jwt-alg': { type: 'string' },
    'jwks-url': { type: 'string' },
    'jwt-issuer': { type: 'string' },
    'jwt-audience': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const USAGE = `tongxin-server — the Tongxin reference API

  tongxin-server [--port 8787] [--host 127.0.0.1] [--data-dir ./.tongxin-data] [--database-url URL]
                 [--seed] [--dev-login] [--static DIR]... [--cors-origin URL]... [--trust-proxy] [--no-rate-limits]
                 [--workers N]
                 [--jwt-secret S] [--jwt-public-key FILE --jwt-alg ES256|RS256] [--jwks-url URL]
                 [--jwt-issuer I] [--jwt-audience A]
  tongxin-server token ACCOUNT [--data-dir DIR | --database-url URL]
                 print a dev token for a demo account

Without --database-url (or DATABASE_URL) it runs embedded PGlite in --data-dir.
--dev-login enables the login for seeded demo accounts: never in production.
--workers N runs N processes on one port (PostgreSQL only; default 1): one per core.
--no-rate-limits turns off the per-address limits of anonymous routes (a gateway in front limits instead).
Also read from the environment: DATABASE_URL, PORT, TONGXIN_DATA_DIR, TONGXIN_JWT_SECRET, TONGXIN_JWKS_URL.`;

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
const dataDir = values['data-dir'] ?? process.env.TONGXIN_DATA_DIR;
const where = { ...(databaseUrl && { databaseUrl }), ...(dataDir && { dataDir }) };

if (positionals[0] === 'token') {
  const account = positionals[1];
  const db = await openDatabase(where);
  await migrate(db);
  const [user] = await db.query<{ doc: { user: Parameters<typeof signToken>[0] } }>('select doc from users where account = $1', [account]);
  const [secret] = await db.query<{ value: string }>("select value from settings where key = 'dev_jwt_secret'");
  await db.close();
  if (!user || !secret) {
    console.error(`[tongxin] no demo account "${account}" (start the server once with --seed --dev-login)`);
    process.exit(1);
  }
  console.log((await signToken(user.doc.user, secret.value)).token);
  process.exit(0);
}

const auth: AuthOptions = {};
const secret = values['jwt-secret'] ?? process.env.TONGXIN_JWT_SECRET;
if (secret) auth.hs256Secret = secret;
if (values['jwt-public-key'])
  auth.publicKeys = [{ alg: values['jwt-alg'] === 'RS256' ? 'RS256' : 'ES256', pem: readFileSync(values['jwt-public-key'], 'utf8') }];
const jwks = values['jwks-url'] ?? process.env.TONGXIN_JWKS_URL;
if (jwks) auth.jwksUrl = jwks;
if (values['jwt-issuer']) auth.issuer = values['jwt-issuer'];
if (values['jwt-audience']) auth.audience = values['jwt-audience'];

const workers = Number(values.workers ?? process.env.TONGXIN_WORKERS ?? 1);
if (workers > 1 && cluster.isPrimary) {
  if (!databaseUrl) {
    console.error('[tongxin] --workers needs PostgreSQL (--database-url): embedded PGlite belongs to one process');
    process.exit(1);
  }
  // The primary migrates and seeds once; the workers share the port and the database.
  const db = await openDatabase(where);
  await migrate(db);
  if (values.seed && (await loadDemoData(db, hashPassword))) jsonLog({ level: 'info', msg: 'loaded the demo county', tenant: '211100' });
  await db.close();
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    jsonLog({ level: 'error', msg: 'worker exited; starting another', pid: worker.process.pid, code, signal });
    cluster.fork();
  });
  let stopping = false;
  const stopAll = (signal: string) => {
    stopping = true;
    jsonLog({ level: 'info', msg: 'stopping', signal });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 5000).unref();
    cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  };
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
} else {
  await serveOne();
}

async function serveOne() {
  const server = await startServer({
    ...where,
    port: Number(values.port ?? process.env.PORT ?? 8787),
    ...(values.host && { host: values.host }),
    seed: Boolean(values.seed),
    devLogin: Boolean(values['dev-login']),
    auth,
    ...(values.static && { staticDirs: values.static }),
    ...(values['cors-origin'] && { corsOrigins: values['cors-origin'] }),
    trustProxy: Boolean(values['trust-proxy']),
    ...(values['no-rate-limits'] && { rateLimits: false as const }),
    // Workers leave seeding to the primary.
    ...(cluster.isWorker && { seed: false }),
  });
  const stop = async (signal: string) => {
    jsonLog({ level: 'info', msg: 'stopping', signal });
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
