/**
 * The typed API client: one method per route of the contract, inputs validated before sending,
 * typed errors, timeouts, bearer tokens from the host, and retries only where a retry cannot
 * create a duplicate (safe methods, or requests carrying an `Idempotency-Key`).
 */
import type * as z from 'zod/mini';
import type { Locale } from '../contract/common.js';
import type { Problem, ProblemIssue } from '../contract/problem.js';
import { PROBLEM_TYPE_PREFIX, type ProblemCode } from '../contract/problem-codes.js';
import type { RouteDef, Schema } from '../contract/routes/index.js';
import { uuid } from '../internal/uuid.js';
import { makeProblem, toProblemIssues } from '../messages.js';
import { HttpError, NetworkError, type RequestInfo, TimeoutError, ValidationError } from './errors.js';

/** How the client obtains the signed-in user's token; it is never stored by us. */
export type TokenProvider = (context: {
  /** True after a 401: return a fresh token, or nothing to give up. */
  refresh: boolean;
}) => string | null | undefined | Promise<string | null | undefined>;

/** Retry policy for requests that may safely be repeated. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** First backoff ceiling in ms (default 300); it doubles per retry, with full jitter. */
  baseDelayMs?: number;
  /** Largest wait between attempts (default 10 000 ms). `Retry-After` beyond `maxRetryAfterMs` is not waited for. */
  maxDelayMs?: number;
  /** Longest `Retry-After` the client waits for itself (default 30 000 ms); longer ones are thrown to the caller. */
  maxRetryAfterMs?: number;
}

/** Options of {@link createClient}. */
export interface ClientOptions<R extends Record<string, RouteDef> = Record<never, RouteDef>> {
  /**
   * Routes to make methods for, keyed by method name: the whole table (`routes` from
   * `@tongxin/core`) for a developer's client, or just the few a widget uses
   * (`{ createOpinion, lookupOpinion }` from `@tongxin/core/routes`), so that the rest of the
   * contract stays out of its bundle. Any route can also be called with `send`.
   */
  routes?: R;
  /** API origin and optional prefix, e.g. `https://zx.example.gov.cn/api` (routes start with `/v1`). */
  baseUrl: string;
  /** The county's 6-digit division code. */
  tenant: string;
  getToken?: TokenProvider;
  /** A `fetch` to use instead of the global one (tests, Node agents). */
  fetch?: typeof fetch;
  /** Per-attempt timeout (default 15 000 ms). */
  timeoutMs?: number;
  /** Language of problem messages (`Accept-Language`) and of client-side validation messages. */
  locale?: Locale;
  /** Retry policy, or `false` to never retry. */
  retry?: RetryOptions | false;
  /** Check responses against the contract (default true; routes from `@tongxin/core/wire` have nothing to check with). */
  validateResponses?: boolean;
}

/** A file body for upload routes. */
export type BinaryBody = Blob | ArrayBuffer | Uint8Array;

/** Options every call accepts. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Overrides the client's timeout for this call. */
  timeoutMs?: number;
  /** Overrides the client's retry count for this call (the outbox passes 0: it schedules its own). */
  retries?: number;
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type In<S> = S extends Schema ? z.input<S> : never;

/** The input of a route's method: path params, query, body, and call options. */
export type RouteInput<R extends RouteDef> = Simplify<
  (R extends { params: Schema } ? { params: In<R['params']> } : unknown) &
    (R extends { query: Schema } ? { query?: In<R['query']> } : unknown) &
    (R extends { body: 'binary' }
      ? { body: BinaryBody; contentType?: string }
      : R extends { body: Schema }
        ? { body: In<R['body']> }
        : unknown) &
    (R extends { idempotent: true }
      ? {
          /** Reuse the same key to make a retry of the same submission safe (the outbox does). */
          idempotencyKey?: string;
        }
      : unknown) &
    CallOptions
>;

/** What a route's method resolves to. */
export type RouteOutput<R extends RouteDef> = R['response'] extends Schema ? z.output<R['response']> : Blob;

type RouteMethod<R extends RouteDef> =
  object extends RouteInput<R> ? (input?: RouteInput<R>) => Promise<RouteOutput<R>> : (input: RouteInput<R>) => Promise<RouteOutput<R>>;

/** The typed client: `send` for any route, plus one method per route it was given. */
export type TongxinClient<R extends Record<string, RouteDef> = Record<never, RouteDef>> = {
  readonly [K in keyof R]: RouteMethod<R[K]>;
} & {
  /** The county this client talks about. */
  readonly tenant: string;
  readonly baseUrl: string;
  /** The routes it has methods for (the outbox finds queued calls' routes here by name). */
  readonly routes: R;
  /**
   * Calls one route of the contract; the methods are shorthands for this.
   * @example await api.send(lookupOpinion, { body: { trackingCode, password } })
   */
  send<D extends RouteDef>(route: D, ...input: object extends RouteInput<D> ? [RouteInput<D>?] : [RouteInput<D>]): Promise<RouteOutput<D>>;
};

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** Parses `Retry-After` (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Full-jitter exponential backoff: a random wait in [0, min(max, base·2^attempt)). */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** attempt));
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });

function validate(schema: Schema | 'json', value: unknown, locale: Locale, path: string) {
  // A route from `@tongxin/core/wire` has no schema: the value goes as it is, the server checks it.
  if (typeof schema !== 'object') return value;
  // reportInput: lets a missing value be told from a wrong one ("required" vs "invalid_type").
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = toProblemIssues(result.error.issues, locale).map((i) => ({ ...i, path: [path, ...i.path] }));
  throw new ValidationError('request', issues);
}

/**
 * Validates a call's params, query and JSON body against its route and returns them normalised
 * (what would be sent); throws a {@link ValidationError} naming every invalid field.
 * @example const input = checkInput(createOpinion, { body }, 'zh-Hans');
 */
export function checkInput(route: RouteDef, input: { params?: unknown; query?: unknown; body?: unknown }, locale: Locale = 'zh-Hans') {
  const out: { params?: unknown; query?: unknown; body?: unknown } = {};
  if (route.params) out.params = validate(route.params, input.params, locale, 'params');
  if (route.query && input.query !== undefined) out.query = validate(route.query, input.query, locale, 'query');
  if (route.body && route.body !== 'binary') out.body = validate(route.body, input.body, locale, 'body');
  else if (route.body === 'binary') out.body = input.body;
  return out;
}

const statusCodes: Record<number, ProblemCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

/**
 * Reads a problem+json body. A structural check rather than the zod schema keeps zod out of a
 * bundle that only needs the client; members that do not have the contract's types are dropped.
 */
async function readProblem(response: Response, locale: Locale, request: RequestInfo): Promise<Problem> {
  const body: unknown = (response.headers.get('content-type') ?? '').includes('json')
    ? await response.json().catch(() => undefined)
    : await response.body?.cancel().catch(() => {});
  const p = body as Record<string, unknown> | undefined;
  if (p && typeof p === 'object' && typeof p.code === 'string' && typeof p.title === 'string') {
    const issues = Array.isArray(p.issues)
      ? (p.issues as Record<string, unknown>[]).filter(
          (i) => i && Array.isArray(i.path) && typeof i.code === 'string' && typeof i.message === 'string',
        )
      : undefined;
    return {
      type: typeof p.type === 'string' ? p.type : PROBLEM_TYPE_PREFIX + p.code,
      title: p.title,
      status: typeof p.status === 'number' ? p.status : response.status,
      code: p.code,
      ...(typeof p.detail === 'string' && { detail: p.detail }),
      ...(typeof p.instance === 'string' && { instance: p.instance }),
      ...(issues && { issues: issues as unknown as ProblemIssue[] }),
      ...(strings(p.allowed) && { allowed: strings(p.allowed) }),
      ...(typeof p.retryAfter === 'number' && { retryAfter: p.retryAfter }),
      ...('current' in p && { current: p.current }),
    };
  }
  // Not one of ours (a proxy's HTML error page, say): describe it by status.
  const code = statusCodes[response.status] ?? (response.status >= 500 ? 'internal_error' : 'malformed_request');
  return makeProblem(code, response.status, locale, { instance: request.url.replace(/^[a-z]+:\/\/[^/]+/i, '') });
}

/**
 * Creates a typed client for one county.
 * @example
 * import { createClient, routes } from '@tongxin/core';
 * const api = createClient({ baseUrl: 'https://zx.example.gov.cn/api', tenant: '211100', routes, getToken: () => session.token });
 * const receipt = await api.createOpinion({ body: opinion });
 * console.log(receipt.trackingCode);
 */
export function createClient<const R extends Record<string, RouteDef> = Record<never, RouteDef>>(
  options: ClientOptions<R>,
): TongxinClient<R> {
  const { tenant, getToken, timeoutMs = 15_000, locale = 'zh-Hans', validateResponses = true } = options;
  if (!/^\d{6}$/.test(tenant))
    throw new TypeError(`[tongxin] createClient: tenant must be a 6-digit division code such as "211100", got "${tenant}"`);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const retry = options.retry === false ? { retries: 0 } : (options.retry ?? {});
  const { retries = 2, baseDelayMs = 300, maxDelayMs = 10_000, maxRetryAfterMs = 30_000 } = retry;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL | string, init?: RequestInit) => fetch(input as string, init));

  async function send(route: RouteDef, input: Record<string, unknown> = {}): Promise<unknown> {
    const checked = checkInput(route, input, locale);
    const params = checked.params as Record<string, unknown> | undefined;
    let url =
      baseUrl + route.path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(key === 'tenant' ? tenant : params?.[key])));
    if (checked.query) {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(checked.query as Record<string, unknown>))
        if (value !== undefined) search.set(key, String(value));
      if (search.size > 0) url += `?${search}`;
    }
    const request: RequestInfo = { method: route.method, url };
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'accept-language': locale };
    let body: BodyInit | undefined;
    if (route.body === 'binary') {
      const raw = checked.body as BinaryBody;
      body = raw instanceof Uint8Array ? new Blob([raw as Uint8Array<ArrayBuffer>]) : (raw as Blob | ArrayBuffer);
      headers['content-type'] =
        (input.contentType as string | undefined) ?? (raw instanceof Blob && raw.type ? raw.type : 'application/octet-stream');
    } else if (route.body) {
      body = JSON.stringify(checked.body);
      headers['content-type'] = 'application/json';
    }
    // One key for every attempt of this call: a retry is then a replay, never a second record.
    if (route.idempotent) headers['idempotency-key'] = (input.idempotencyKey as string | undefined) ?? uuid();
    const canRetry = route.method !== 'POST' || route.idempotent;
    const maxRetries = (input.retries as number | undefined) ?? retries;
    const signal = input.signal as AbortSignal | undefined;
    const perAttempt = (input.timeoutMs as number | undefined) ?? timeoutMs;

    let token = getToken ? await getToken({ refresh: false }) : undefined;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const attemptHeaders = token ? { ...headers, authorization: `Bearer ${token}` } : headers;
      let response: Response;
      try {
        response = await fetchWithTimeout(
          doFetch,
          url,
          { method: route.method, headers: attemptHeaders, body: body ?? null },
          signal,
          perAttempt,
          request,
        );
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (canRetry && attempt < maxRetries) {
          await sleep(backoffDelay(attempt, baseDelayMs, maxDelayMs), signal);
          continue;
        }
        throw error;
      }
      if (response.status === 401 && getToken && !refreshed) {
        refreshed = true;
        const fresh = await getToken({ refresh: true });
        if (fresh && fresh !== token) {
          await response.body?.cancel().catch(() => {});
          token = fresh;
          attempt--;
          continue;
        }
      }
      if (!response.ok) {
        const problem = await readProblem(response, locale, request);
        const wait =
          parseRetryAfter(response.headers.get('retry-after')) ??
          (problem.retryAfter !== undefined ? problem.retryAfter * 1000 : undefined);
        if (canRetry && attempt < maxRetries && RETRY_STATUS.has(response.status) && (wait === undefined || wait <= maxRetryAfterMs)) {
          await sleep(wait ?? backoffDelay(attempt, baseDelayMs, maxDelayMs), signal);
          continue;
        }
        throw new HttpError(response.status, problem, request, response);
      }
      if (route.response === 'binary') return await response.blob();
      if (response.status === 204) return undefined;
      const data: unknown = await response.json().catch((cause: unknown) => {
        throw new ValidationError('response', [{ path: [], code: 'invalid_type', message: String(cause) }], request);
      });
      // Wire routes (`@tongxin/core/wire`) carry no schema to check against.
      if (!validateResponses || typeof route.response !== 'object') return data;
      const parsed = route.response.safeParse(data);
      if (!parsed.success) throw new ValidationError('response', toProblemIssues(parsed.error.issues, locale), request);
      return parsed.data;
    }
  }

  const client: Record<string, unknown> = { tenant, baseUrl, send, routes: options.routes ?? {} };
  for (const [name, route] of Object.entries(options.routes ?? {})) client[name] = (input?: Record<string, unknown>) => send(route, input);
  return client as TongxinClient<R>;
}

async function fetchWithTimeout(
  doFetch: typeof fetch,
  url: string,
  init: RequestInit,
  outer: AbortSignal | undefined,
  timeoutMs: number,
  request: RequestInfo,
): Promise<Response> {
  // AbortSignal.any/timeout are missing in older WebViews; one controller covers both causes.
  const controller = new AbortController();
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) throw outer.reason;
  outer?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    return await doFetch(url, { ...init, signal: controller.signal });
  } catch (cause) {
    if (timedOut) throw new TimeoutError(request, timeoutMs);
    if (outer?.aborted) throw outer.reason;
    throw new NetworkError(request, cause);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}
