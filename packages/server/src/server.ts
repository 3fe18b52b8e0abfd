/**
 * Starting the server: the database (PGlite in a folder, or PostgreSQL from a URL), migrations, the
 * demo county when asked, the API, and optionally a static site beside it. Stops cleanly.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { type AppOptions, createApp } from './app.js';
import type { AuthOptions } from './auth.js';
import { type Database, openPglite, openPostgres } from './db/database.js';
import { migrate } from './db/migrations.js';
import { loadDemoData } from './seed-loader.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  port?: number;
  host?: string;
  /** PostgreSQL URL; without it PGlite runs embedded in `dataDir`. */
  databaseUrl?: string;
  /** Folder of the embedded database (default `./.tongxin-data`). */
  dataDir?: string;
  /** Load the demo county when it is not there yet. */
  seed?: boolean;
  devLogin?: boolean;
  auth?: AuthOptions;
  /** Folders served at `/` (the example site), first match wins; API paths are never shadowed. */
  staticDirs?: string[];
  corsOrigins?: string[];
  trustProxy?: boolean;
  rateLimits?: AppOptions['rateLimits'];
  log?: (entry: Record<string, unknown>) => void;
}

/** A running server. */
export interface RunningServer {
  url: string;
  db: Database;
  app: Awaited<ReturnType<typeof createApp>>;
  stop(): Promise<void>;
}

/** JSON lines on stdout. */
export const jsonLog = (entry: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);

/** Opens the database the options name. */
export async function openDatabase(options: Pick<ServerOptions, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  const dir = options.dataDir ?? './.tongxin-data';
  mkdirSync(dir, { recursive: true });
  return openPglite(join(dir, 'pg'));
}

/** A secret for dev-login tokens, kept in the database so tokens survive a restart. */
async function devSecret(db: Database): Promise<string> {
  const fresh = randomBytes(32).toString('base64url');
  await db.query('insert into settings (key, value) values ($1, $2) on conflict (key) do nothing', ['dev_jwt_secret', fresh]);
  const [row] = await db.query<{ value: string }>('select value from settings where key = $1', ['dev_jwt_secret']);
  return row!.value;
}

/**
 * Starts the API (and the static site, when given).
 * @example const server = await startServer({ port: 8080, seed: true, devLogin: true });
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? jsonLog;
  const db = await openDatabase(options);
  const applied = await migrate(db);
  if (applied.length) log({ level: 'info', msg: 'migrated', versions: applied });
  const auth: AuthOptions = { ...options.auth };
  let secret: string | undefined;
  if (options.devLogin) {
    secret = await devSecret(db);
    auth.hs256Secret ??= secret;
  }
  const app = await createApp({
    db,
    auth,
    devLogin: Boolean(options.devLogin),
    ...(secret && { devSecret: secret }),
    ...(options.corsOrigins && { corsOrigins: options.corsOrigins }),
    ...(options.trustProxy && { trustProxy: true }),
    ...(options.rateLimits !== undefined && { rateLimits: options.rateLimits }),
    log,
  });
  if (options.seed && (await loadDemoData(db, app.services.hashPassword)))
    log({ level: 'info', msg: 'loaded the demo county', tenant: '211100' });
  await app.pruneKeys();
  const prune = setInterval(
    () => void app.pruneKeys().catch((error) => log({ level: 'error', msg: 'pruning idempotency keys failed', error: String(error) })),
    3600_000,
  );
  prune.unref();

  for (const dir of options.staticDirs ?? []) app.app.use('/*', serveStatic({ root: dir }));

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.app.fetch, port: options.port ?? 8787, hostname: options.host ?? '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host && options.host !== '127.0.0.1' ? options.host : 'localhost'}:${port}/`;
  log({ level: 'info', msg: 'listening', url, database: db.kind });
  return {
    url,
    db,
    app,
    async stop() {
      clearInterval(prune);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
