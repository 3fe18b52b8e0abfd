/**
 * The request pipeline every mock route goes through, in the reference server's order: the
 * scenario (delay, failure), the county, the bearer token and roles, validation with the
 * contract's schemas (422 problems with localized messages), body limits and media types,
 * idempotency keys (replay, reuse, missing key, in progress), the handler in a transaction, audit.
 */
import {
  type Actor,
  type Locale,
  makeProblem,
  message,
  type Problem,
  type ProblemIssue,
  type RouteDef,
  type RouteName,
  toProblemIssues,
  type User,
} from '@tongxin/core';
import type { AuditInput, BinaryResult, MockCtx } from './context.js';
import { routeHandlers } from './handlers/index.js';
import { affects, latencyOf, type Scenario } from './scenarios.js';
import { type County, Tx } from './store.js';
import { isoChina, MockProblem, sha256Hex } from './util.js';

/** What the pipeline needs from the mock that owns it. */
export interface ServeState {
  county(tenant: string): County | undefined;
  scenario(): Scenario;
  now(): Date;
  devLogin: boolean;
  validateResponses: boolean;
  jsonBytes: number;
  attachmentBytes: number;
  tokens: { issue(user: User, now: Date): { token: string; expiresAt: Date }; verify(token: string, now: Date): User | undefined };
  /** Stored answers by `tenant|caller|key`. */
  keys: Map<string, { fingerprint: string; status: number; body: string; at: number }>;
  /** Keys whose first request is still being answered. */
  inFlight: Set<string>;
}

/** `Accept-Language` → one of our locales (zh-Hans unless asked otherwise), as the server picks it. */
export function pickLocale(header: string | null): Locale {
  const first = (header ?? '').toLowerCase().split(',')[0]?.trim() ?? '';
  if (first.startsWith('en')) return 'en';
  if (/^zh-(hant|tw|hk|mo)/.test(first)) return 'zh-Hant';
  return 'zh-Hans';
}

type Issues = Parameters<typeof toProblemIssues>[0];
type Parser = {
  safeParse(v: unknown, options?: { reportInput?: boolean }): { success: boolean; data?: unknown; error?: { issues: Issues } };
};
const isSchema = (s: unknown): s is Parser => typeof s === 'object' && s !== null && 'safeParse' in s;
const DAY_MS = 24 * 3600_000;

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers },
  });

/** A problem+json response. */
export function problemResponse(problem: Problem): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'x-content-type-options': 'nosniff',
      ...(problem.retryAfter !== undefined && { 'retry-after': String(problem.retryAfter) }),
    },
  });
}

/** The 404 of a path that is no route of the contract. */
export function noSuchRoute(request: Request): Response {
  const locale = pickLocale(request.headers.get('accept-language'));
  return problemResponse(makeProblem('not_found', 404, locale, { detail: 'no such route', instance: new URL(request.url).pathname }));
}

/** Issues naming every submitted text field (at most ten): what the `validation` scenario answers with. */
function madeUpIssues(values: [string, unknown][], locale: Locale): ProblemIssue[] {
  const issues: ProblemIssue[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (issues.length >= 10) return;
    if (typeof value === 'string') issues.push({ path, code: 'invalid', message: message('invalid', locale) });
    else if (value && typeof value === 'object' && !(value instanceof Uint8Array) && path.length < 4)
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  for (const [where, value] of values) if (issues.length === 0) walk(value, [where]);
  return issues.length ? issues : [{ path: [], code: 'invalid', message: message('invalid', locale) }];
}

/** Answers one request of one route. */
export async function serve(
  state: ServeState,
  name: RouteName,
  route: RouteDef,
  request: Request,
  pathParams: Record<string, string>,
): Promise<Response> {
  const locale = pickLocale(request.headers.get('accept-language'));
  const url = new URL(request.url);
  const instance = url.pathname;
  const scenario = state.scenario();
  const wait = latencyOf(scenario);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const failing = affects(scenario, name, route) ? scenario.fail : undefined;
  if (failing === 'network') return Response.error();
  if (failing === 'server') return problemResponse(makeProblem('internal_error', 500, locale, { instance }));
  if (failing === 'unavailable')
    return problemResponse(makeProblem('unavailable', 503, locale, { instance, retryAfter: scenario.retryAfter ?? 30 }));
  try {
    return await answer(state, name, route, request, pathParams, locale, failing === 'validation');
  } catch (error) {
    if (error instanceof MockProblem) return problemResponse(makeProblem(error.code, error.status, locale, { instance, ...error.extra }));
    console.error(`[tongxin] 模拟接口处理 ${name} 时出错（mock handler failed）:`, error);
    return problemResponse(makeProblem('internal_error', 500, locale, { instance }));
  }
}

async function answer(
  state: ServeState,
  name: RouteName,
  route: RouteDef,
  request: Request,
  pathParams: Record<string, string>,
  locale: Locale,
  refuse: boolean,
): Promise<Response> {
  const url = new URL(request.url);
  const now = state.now();
  const tenant = route.path.includes('{tenant}') ? (pathParams.tenant ?? '') : undefined;
  if (tenant !== undefined && !/^\d{6}$/.test(tenant))
    throw new MockProblem('unknown_tenant', 404, { detail: 'the county must be a 6-digit division code' });
  const county = tenant === undefined ? undefined : state.county(tenant);
  if (tenant !== undefined && !county) throw new MockProblem('unknown_tenant', 404, { detail: `no county with division code ${tenant}` });

  // Who calls: a bad token is refused even on public routes (the caller meant to be someone).
  let principal: User | undefined;
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1];
    principal = token ? state.tokens.verify(token, now) : undefined;
    if (!principal) throw new MockProblem('unauthorized', 401, { detail: 'the token is not valid or has expired' });
    if (tenant !== undefined && principal.tenant !== tenant)
      throw new MockProblem('forbidden', 403, { detail: 'the token belongs to another county' });
  }
  if (route.auth !== 'public') {
    if (!principal) throw new MockProblem('unauthorized', 401);
    if (!principal.roles.some((r) => (route.auth as readonly string[]).includes(r)))
      throw new MockProblem('forbidden', 403, { detail: `needs one of: ${(route.auth as readonly string[]).join(', ')}` });
  }

  // Input, validated by the contract's schemas.
  const check = (schema: Parser, value: unknown, where: string) => {
    const r = schema.safeParse(value, { reportInput: true });
    if (r.success) return r.data;
    const issues = toProblemIssues(r.error!.issues, locale).map((i) => ({ ...i, path: [where, ...i.path] }));
    throw new MockProblem('validation_failed', 422, { issues });
  };
  const rawParams = Object.fromEntries(Object.entries(pathParams).filter(([key]) => key !== 'tenant'));
  const params = isSchema(route.params) ? check(route.params, rawParams, 'params') : undefined;
  const rawQuery: Record<string, string> = {};
  for (const [key, value] of url.searchParams) rawQuery[key] ??= value;
  const query = isSchema(route.query) ? check(route.query, rawQuery, 'query') : undefined;
  const contentType = request.headers.get('content-type') ?? '';
  let body: unknown;
  let raw: Uint8Array | undefined;
  if (route.body) {
    const limit = route.body === 'binary' ? state.attachmentBytes : state.jsonBytes;
    const tooLarge = () => new MockProblem('payload_too_large', 413, { detail: `at most ${limit} bytes` });
    if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge();
    raw = new Uint8Array(await request.arrayBuffer());
    if (raw.byteLength > limit) throw tooLarge();
    if (route.body === 'binary') {
      if (!/^[a-z0-9.+-]+\/[a-z0-9.+-]+/i.test(contentType))
        throw new MockProblem('unsupported_media_type', 415, { detail: 'send the file with its Content-Type' });
      body = raw;
    } else {
      if (!/^application\/(.+\+)?json/i.test(contentType))
        throw new MockProblem('unsupported_media_type', 415, { detail: 'send JSON with Content-Type: application/json' });
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      } catch {
        throw new MockProblem('malformed_request', 400, { detail: 'the body is not valid JSON (UTF-8)' });
      }
      body = check(route.body, parsed, 'body');
    }
  }
  if (refuse) {
    const issues = madeUpIssues(
      [
        ['body', route.body === 'binary' ? undefined : body],
        ['query', query],
        ['params', params],
      ],
      locale,
    );
    throw new MockProblem('validation_failed', 422, {
      detail: '模拟场景：服务器拒绝了这次提交（mock scenario: validation errors）',
      issues,
    });
  }
  const sha256 = route.body === 'binary' && raw ? await sha256Hex(raw) : '';

  const actor: Actor = principal
    ? { id: principal.id, name: principal.name, role: principal.roles[0] ?? 'citizen' }
    : { role: 'anonymous' };
  /** Runs the handler on a fresh transaction and commits it when it succeeds. */
  const run = async () => {
    const db = new Tx(county ?? emptyCounty);
    const audits: AuditInput[] = [];
    const ctx: MockCtx = {
      tenant: tenant ?? '',
      db,
      config: db.config,
      principal,
      actor,
      params: params as never,
      query: query as never,
      body: body as never,
      contentType,
      sha256,
      locale,
      now,
      audit: (entry) => void audits.push(entry),
      auth: { devLogin: state.devLogin, issueToken: state.tokens.issue },
    };
    const result = await (routeHandlers[name] as (ctx: MockCtx) => unknown)(ctx);
    for (const a of audits) db.log({ at: isoChina(now), actor, ...a });
    return { result, commit: () => db.commit() };
  };

  if (route.response === 'binary') {
    const { result } = await run();
    const file = result as BinaryResult;
    return new Response(file.binary as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'content-type': file.type,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'cache-control': 'private, max-age=3600',
      },
    });
  }
  const respond = (result: unknown) => {
    if (state.validateResponses) {
      const verdict = (route.response as Parser).safeParse(result);
      if (!verdict.success)
        throw new Error(`response of ${name} breaks the contract: ${JSON.stringify(verdict.error?.issues).slice(0, 500)}`);
    }
    return json(result ?? null, route.status);
  };
  if (!route.idempotent) {
    const { result, commit } = await run();
    const response = respond(result);
    commit();
    return response;
  }

  // Idempotency keys (Stripe's semantics): a replay gets the stored answer, another request with the
  // same key is refused, a request without a key is refused.
  const key = request.headers.get('idempotency-key');
  if (!key || key.length < 8 || key.length > 255)
    throw new MockProblem('idempotency_key_required', 400, {
      detail: 'send an Idempotency-Key header (a UUID) with every creating request',
    });
  const slot = `${tenant}|${principal?.id ?? 'anonymous'}|${key}`;
  // What the request asks for after validation (formatting aside).
  const fingerprint = `${route.method} ${url.pathname}\n${JSON.stringify(query ?? null)}\n${route.body === 'binary' ? sha256 : JSON.stringify(body ?? null)}`;
  for (const [k, v] of state.keys) if (v.at < now.getTime() - DAY_MS) state.keys.delete(k);
  const stored = state.keys.get(slot);
  if (stored) {
    if (stored.fingerprint !== fingerprint)
      throw new MockProblem('idempotency_key_reused', 422, { detail: 'this Idempotency-Key was used for a different request' });
    return new Response(stored.body, {
      status: stored.status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'idempotent-replayed': 'true' },
    });
  }
  if (state.inFlight.has(slot)) throw new MockProblem('idempotency_in_progress', 409);
  state.inFlight.add(slot);
  try {
    const { result, commit } = await run();
    const response = respond(result);
    commit();
    // The key is stored with the answer when the write lands: both or neither.
    state.keys.set(slot, { fingerprint, status: route.status, body: JSON.stringify(result ?? null), at: now.getTime() });
    return response;
  } finally {
    state.inFlight.delete(slot);
  }
}

/** The county of routes that have none (health). */
const emptyCounty: County = {
  config: undefined as never,
  divisions: [],
  tables: {
    members: new Map(),
    users: new Map(),
    workstations: new Map(),
    tasks: new Map(),
    proposals: new Map(),
    opinions: new Map(),
    attachments: new Map(),
    forms: new Map(),
  },
  audit: [],
  counters: new Map(),
};
