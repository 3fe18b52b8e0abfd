/**
 * The HTTP application: every route of the contract table, mounted from the table itself. One
 * pipeline serves them all — county lookup, bearer-token auth and roles, validation with the
 * contract's zod/mini schemas, idempotency (Stripe's semantics, stored in the write's transaction),
 * rate limits, CORS per county, security headers, size limits and RFC 9457 problems; never a stack
 * trace.
 */
import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import {
  type Actor,
  CountyConfig,
  type Locale,
  type Problem,
  type RouteDef,
  type RouteName,
  registerLocale,
  routes,
  toProblemIssues,
} from '@tongxin/core';
import { en } from '@tongxin/core/locales/en';
import { zhHant } from '@tongxin/core/locales/zh-Hant';
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { type AuthOptions, createVerifier, type Principal, signToken } from './auth.js';
import type { AuditInput, BinaryResult, Ctx, Handlers, Services } from './context.js';
import type { Database, Sql } from './db/database.js';
import { handlers as domainHandlers } from './handlers/index.js';
import { hashPassword, passwordPool, verifyPassword } from './passwords.js';
import { ProblemError } from './problem.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';

registerLocale('en', en);
registerLocale('zh-Hant', zhHant);

/** Options of {@link createApp}. */
export interface AppOptions {
  db: Database;
  auth: AuthOptions;
  /** Enables `POST /auth/dev-login` for seeded demo accounts. Off unless set. */
  devLogin?: boolean;
  /** Signs dev-login tokens (defaults to `auth.hs256Secret`). */
  devSecret?: string;
  /** Check every response against the contract (tests; a mismatch is a 500 and a log line). */
  validateResponses?: boolean;
  /** Body limits in bytes: JSON requests (default 1 MB) and attachments (default 10 MB). */
  limits?: { jsonBytes?: number; attachmentBytes?: number };
  /** Limits for anonymous routes, or `false` to turn them off (benchmarks). */
  rateLimits?: RateLimitOptions | false;
  /** Origins allowed for every county (besides each county's own list). */
  corsOrigins?: string[];
  /** Take the client address from X-Forwarded-For (behind a trusted proxy). */
  trustProxy?: boolean;
  /** JSON-lines logger. */
  log?: (entry: Record<string, unknown>) => void;
  version?: string;
}

/** `Accept-Language` → one of our locales (zh-Hans unless asked otherwise). */
export function pickLocale(header: string | undefined): Locale {
  const h = (header ?? '').toLowerCase();
  const first = h.split(',')[0]?.trim() ?? '';
  if (first.startsWith('en')) return 'en';
  if (/^zh-(hant|tw|hk|mo)/.test(first)) return 'zh-Hant';
  return 'zh-Hans';
}

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');
type Issues = Parameters<typeof toProblemIssues>[0];
type Parser = {
  safeParse(v: unknown, options?: { reportInput?: boolean }): { success: boolean; data?: unknown; error?: { issues: Issues } };
};
/** Parses with the input kept in issues, so that a missing value ("required") is told from a wrong one. */
const parse = (schema: Parser, value: unknown) => schema.safeParse(value, { reportInput: true });
const isSchema = (s: unknown): s is Parser => typeof s === 'object' && s !== null && 'safeParse' in s;

/** Creates the API application. */
export async function createApp(options: AppOptions) {
  const { db, log = () => {}, validateResponses = false } = options;
  const version = options.version ?? '0.1.0';
  const jsonBytes = options.limits?.jsonBytes ?? 1024 * 1024;
  const attachmentBytes = options.limits?.attachmentBytes ?? 10 * 1024 * 1024;
  const verify = await createVerifier(options.auth);
  const devSecret = options.devSecret ?? options.auth.hs256Secret;
  const limiter = options.rateLimits === false ? undefined : new RateLimiter(options.rateLimits ?? {});
  const configs = new Map<string, { config: CountyConfig; at: number }>();
  const inFlight = new Set<string>();

  const newPassword = passwordPool();

  const services: Services = {
    devLogin: Boolean(options.devLogin && devSecret),
    signDevToken: async (user) => {
      if (!devSecret) throw new ProblemError('forbidden', 403, { detail: 'dev login is not enabled' });
      return signToken(user, devSecret);
    },
    invalidateConfig: (tenant) => void configs.delete(tenant),
    hashPassword,
    newQueryPassword: newPassword,
    verifyPassword,
    database: db.kind,
    version,
  };

  /** The county's configuration (cached for 10 s; several instances converge within that). */
  async function configOf(tenant: string): Promise<CountyConfig> {
    const cached = configs.get(tenant);
    if (cached && Date.now() - cached.at < 10_000) return cached.config;
    const [row] = await db.query<{ config: unknown }>('select config from tenants where code = $1', [tenant]);
    if (!row) throw new ProblemError('unknown_tenant', 404, { detail: `no county with division code ${tenant}` });
    const config = CountyConfig.parse(row.config);
    configs.set(tenant, { config, at: Date.now() });
    return config;
  }

  const app = new Hono();

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    c.header('x-content-type-options', 'nosniff');
    log({
      level: 'info',
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use(
    '/v1/*',
    secureHeaders({
      crossOriginResourcePolicy: 'cross-origin',
      xFrameOptions: 'DENY',
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    }),
  );
  app.use(
    '/v1/*',
    cors({
      origin: async (origin, c) => {
        if (!origin) return null;
        if (options.corsOrigins?.includes(origin) || options.corsOrigins?.includes('*')) return origin;
        const tenant = /^\/v1\/(\d{6})\//.exec(c.req.path)?.[1];
        if (!tenant) return null;
        const config = await configOf(tenant).catch(() => undefined);
        return config?.embedding?.allowedOrigins.includes(origin) ? origin : null;
      },
      allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'accept-language'],
      exposeHeaders: ['retry-after', 'idempotent-replayed'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      maxAge: 600,
    }),
  );

  const clientIp = (c: Context) => {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  const respondProblem = (c: Context, problem: Problem, headers: Record<string, string> = {}) => {
    for (const [k, v] of Object.entries(headers)) c.header(k, v);
    return c.body(JSON.stringify(problem), problem.status as 400, { 'content-type': 'application/problem+json; charset=utf-8' });
  };

  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDef][]) {
    const handler = (domainHandlers as unknown as Handlers)[name] as unknown as (ctx: Ctx) => Promise<unknown>;
    app.on(route.method, honoPath(route.path), async (c) => {
      const locale = pickLocale(c.req.header('accept-language'));
      const instance = c.req.path;
      try {
        return await serve(c, name, route, handler, locale);
      } catch (error) {
        if (error instanceof ProblemError) {
          const problem = error.toProblem(locale, instance);
          return respondProblem(c, problem, problem.retryAfter !== undefined ? { 'retry-after': String(problem.retryAfter) } : {});
        }
        log({
          level: 'error',
          msg: 'unhandled error',
          route: name,
          error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
        });
        return respondProblem(c, new ProblemError('internal_error', 500).toProblem(locale, instance));
      }
    });
  }

  async function serve(c: Context, name: RouteName, route: RouteDef, handler: (ctx: Ctx) => Promise<unknown>, locale: Locale) {
    const tenant = route.path.includes('{tenant}') ? c.req.param('tenant') : undefined;
    if (tenant !== undefined && !/^\d{6}$/.test(tenant))
      throw new ProblemError('unknown_tenant', 404, { detail: 'the county must be a 6-digit division code' });
    const config = tenant ? await configOf(tenant) : (undefined as unknown as CountyConfig);

    // Who calls: a bad token is refused even on public routes (the caller meant to be someone).
    let principal: Principal | undefined;
    const authorization = c.req.header('authorization');
    if (authorization) {
      const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
      principal = token ? await verify(token) : undefined;
      if (!principal) throw new ProblemError('unauthorized', 401, { detail: 'the token is not valid or has expired' });
      if (tenant && principal.tenant !== tenant)
        throw new ProblemError('forbidden', 403, { detail: 'the token belongs to another county' });
    }
    if (route.auth !== 'public') {
      if (!principal) throw new ProblemError('unauthorized', 401);
      if (!principal.roles.some((r) => (route.auth as readonly string[]).includes(r)))
        throw new ProblemError('forbidden', 403, { detail: `needs one of: ${(route.auth as readonly string[]).join(', ')}` });
    }

    const ip = clientIp(c);
    const wait = limiter?.take(name, ip, principal?.id);
    if (wait !== undefined) throw new ProblemError('rate_limited', 429, { retryAfter: wait });

    // Input, validated by the contract's schemas.
    const invalid = (issues: Issues, where: string) =>
      new ProblemError('validation_failed', 422, {
        issues: toProblemIssues(issues, locale).map((i) => ({ ...i, path: [where, ...i.path] })),
      });
    let params: unknown;
    let query: unknown;
    let body: unknown;
    let raw: Uint8Array | undefined;
    if (isSchema(route.params)) {
      const r = parse(route.params, c.req.param());
      if (!r.success) throw invalid(r.error!.issues, 'params');
      params = r.data;
    }
    if (isSchema(route.query)) {
      const r = parse(route.query, c.req.query());
      if (!r.success) throw invalid(r.error!.issues, 'query');
      query = r.data;
    }
    const contentType = c.req.header('content-type') ?? '';
    if (route.body) {
      const length = Number(c.req.header('content-length') ?? 0);
      const limit = route.body === 'binary' ? attachmentBytes : jsonBytes;
      if (length > limit) throw new ProblemError('payload_too_large', 413, { detail: `at most ${limit} bytes` });
      raw = new Uint8Array(await c.req.arrayBuffer());
      if (raw.byteLength > limit) throw new ProblemError('payload_too_large', 413, { detail: `at most ${limit} bytes` });
      if (route.body === 'binary') {
        if (!/^[a-z0-9.+-]+\/[a-z0-9.+-]+/i.test(contentType))
          throw new ProblemError('unsupported_media_type', 415, { detail: 'send the file with its Content-Type' });
        body = raw;
      } else {
        if (!/^application\/(.+\+)?json/i.test(contentType))
          throw new ProblemError('unsupported_media_type', 415, { detail: 'send JSON with Content-Type: application/json' });
        let json: unknown;
        try {
          json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
        } catch {
          throw new ProblemError('malformed_request', 400, { detail: 'the body is not valid JSON (UTF-8)' });
        }
        const r = parse(route.body as Parser, json);
        if (!r.success) throw invalid(r.error!.issues, 'body');
        body = r.data;
      }
    }

    // Guessing one opinion's password from many addresses meets a limit per tracking code.
    if (name === 'lookupOpinion') {
      const code = (body as { trackingCode: string }).trackingCode;
      const codeWait = limiter?.takeFrom('lookupCode', [`code:${tenant}:${code}`]);
      if (codeWait !== undefined) throw new ProblemError('rate_limited', 429, { retryAfter: codeWait });
    }

    const actor: Actor = principal
      ? { id: principal.id, name: principal.name, role: principal.roles[0] ?? 'citizen' }
      : { role: 'anonymous' };
    /**
     * Runs the handler in `sql` and writes its audit entries; `also` is one more insert made in the
     * same statement (the idempotency key), which saves a round trip per request.
     */
    const run = async (sql: Sql, also?: (result: unknown) => { sql: string; params: unknown[] }) => {
      const audits: AuditInput[] = [];
      const ctx: Ctx = {
        tenant: tenant ?? '',
        config,
        principal,
        actor,
        params: params as never,
        query: query as never,
        body: body as never,
        contentType,
        sql,
        locale,
        now: new Date(),
        audit: async (entry) => void audits.push(entry),
        services,
      };
      const result = await handler(ctx);
      const values: unknown[] = [];
      const rows = audits.map((a) => {
        const at = values.push(tenant, actor, a.entity, a.entityId, a.action, a.from ?? null, a.to ?? null, a.note ?? null) - 8;
        return `($${at + 1}, $${at + 2}::jsonb, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7}, $${at + 8})`;
      });
      const auditSql = rows.length
        ? `insert into audit_log (tenant, actor, entity, entity_id, action, from_state, to_state, note) values ${rows.join(', ')}`
        : '';
      const extra = also?.(result);
      if (extra) {
        const shifted = extra.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + values.length}`);
        await sql.query(auditSql ? `with audit as (${auditSql}) ${shifted}` : shifted, [...values, ...extra.params]);
      } else if (auditSql) {
        await sql.query(auditSql, values);
      }
      return result;
    };

    let result: unknown;
    let replayed = false;
    if (route.method === 'GET') {
      result = await run(db);
    } else if (route.idempotent) {
      const key = c.req.header('idempotency-key');
      if (!key || key.length < 8 || key.length > 255)
        throw new ProblemError('idempotency_key_required', 400, {
          detail: 'send an Idempotency-Key header (a UUID) with every creating request',
        });
      const principalKey = principal?.id ?? 'anonymous';
      const slot = `${tenant}|${principalKey}|${key}`;
      if (inFlight.has(slot)) throw new ProblemError('idempotency_in_progress', 409);
      // The fingerprint of the request: what it asks for after validation (formatting aside).
      const hash = createHash('sha256')
        .update(`${route.method} ${c.req.path}\n${JSON.stringify(query ?? null)}\n`)
        .update(route.body === 'binary' ? (raw ?? new Uint8Array()) : JSON.stringify(body ?? null))
        .digest('hex');
      inFlight.add(slot);
      try {
        const outcome = await db.transaction(async (tx) => {
          // One statement: take the key's lock (another instance working on it holds the lock until it
          // commits) and read what is stored under it.
          const postgres = db.kind === 'postgres';
          const [found] = await tx.query<{ locked: boolean; request_hash: string | null; status: number | null; response: unknown }>(
            `select ${postgres ? 'pg_try_advisory_xact_lock(hashtextextended($4, 0))' : 'true'} as locked, k.request_hash, k.status, k.response
             from (select 1) as one left join idempotency_keys k on k.tenant = $1 and k.principal = $2 and k.key = $3`,
            postgres ? [tenant, principalKey, key, slot] : [tenant, principalKey, key],
          );
          if (!found?.locked) throw new ProblemError('idempotency_in_progress', 409);
          if (found.request_hash !== null) {
            if (found.request_hash !== hash) {
              throw new ProblemError('idempotency_key_reused', 422, { detail: 'this Idempotency-Key was used for a different request' });
            }
            return { replay: true, status: Number(found.status), response: found.response };
          }
          // The key is stored with the answer in the write's transaction: both or neither.
          const response = await run(tx, (result) => ({
            sql: 'insert into idempotency_keys (tenant, principal, key, request_hash, status, response) values ($1, $2, $3, $4, $5, $6::jsonb)',
            params: [tenant, principalKey, key, hash, route.status, result ?? null],
          }));
          return { replay: false, status: route.status, response };
        });
        result = outcome.response;
        replayed = outcome.replay;
      } finally {
        inFlight.delete(slot);
      }
    } else {
      result = await db.transaction(run);
    }

    if (route.response === 'binary') {
      const file = result as BinaryResult;
      return c.body(file.binary as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.type,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'cache-control': 'private, max-age=3600',
      });
    }
    if (validateResponses && !replayed) {
      const check = (route.response as { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } }).safeParse(result);
      if (!check.success) {
        log({ level: 'error', msg: 'response breaks the contract', route: name, issues: check.error?.issues });
        throw new Error(`response of ${name} breaks the contract: ${JSON.stringify(check.error?.issues).slice(0, 500)}`);
      }
    }
    if (replayed) c.header('idempotent-replayed', 'true');
    return c.json(result as object, route.status);
  }

  app.notFound((c) =>
    respondProblem(
      c,
      new ProblemError('not_found', 404, { detail: 'no such route' }).toProblem(pickLocale(c.req.header('accept-language')), c.req.path),
    ),
  );
  app.onError((error, c) => {
    log({
      level: 'error',
      msg: 'unhandled error',
      error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
    });
    return respondProblem(c, new ProblemError('internal_error', 500).toProblem(pickLocale(c.req.header('accept-language')), c.req.path));
  });

  /** Deletes idempotency keys older than 24 hours. */
  const pruneKeys = () => db.query("delete from idempotency_keys where created_at < now() - interval '24 hours'");
  return { app, services, pruneKeys, configOf };
}
