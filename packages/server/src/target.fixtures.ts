/**
 * Test targets: the server in-process on an in-memory PGlite, or on a fresh PostgreSQL database,
 * holding the demo county (211100) and a copy of it as a second county (211200) for isolation.
 */
import { demoDataFor } from '@tongxin/core/demo';
import type { Target } from '../../../test/conformance/suite.js';
import { type AppOptions, createApp } from './app.js';
import { type Database, openPglite, openPostgres } from './db/database.js';
import { migrate } from './db/migrations.js';
import { loadDemoData } from './seed-loader.js';

/** A fresh, empty PostgreSQL database (dropped on close), from an admin URL; undefined when not configured. */
export async function freshPostgres(adminUrl = process.env.TONGXIN_TEST_DATABASE_URL): Promise<Database | undefined> {
  if (!adminUrl) return undefined;
  const name = `tongxin_t_${Math.random().toString(36).slice(2, 10)}`;
  const admin = openPostgres(adminUrl, { max: 1 });
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString());
  return {
    ...db,
    async close() {
      await db.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}

/** Starts the app on `db` with both counties loaded and returns it as a conformance target. */
export async function serverTarget(
  db: Database,
  options: Partial<AppOptions> = {},
): Promise<Target & { app: Awaited<ReturnType<typeof createApp>>; db: Database }> {
  await migrate(db);
  const app = await createApp({
    db,
    auth: { hs256Secret: 'test-secret-for-tongxin-only' },
    devLogin: true,
    validateResponses: true,
    rateLimits: false,
    ...options,
  });
  await loadDemoData(db, app.services.hashPassword);
  await loadDemoData(db, app.services.hashPassword, demoDataFor('211200'));
  const fetch = async (path: string, init?: RequestInit) => app.app.fetch(new Request(`http://localhost${path}`, init));
  return {
    app,
    db,
    fetch,
    tenant: '211100',
    otherTenant: '211200',
    async token(account, tenant = '211100') {
      const res = await fetch(`/v1/${tenant}/auth/dev-login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ account }),
      });
      if (res.status !== 200) throw new Error(`dev login as ${account} failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    close: () => db.close(),
  };
}

/** The server on an in-memory PGlite. */
export const pgliteTarget = async (options: Partial<AppOptions> = {}) => serverTarget(await openPglite(), options);
