/**
 * Typed errors of the client. Guards (`isHttpError`…) check a brand registered with `Symbol.for`,
 * so they work across realms (an iframe's client, two copies of the bundle on one page) where
 * `instanceof` does not.
 */
import type { Problem, ProblemIssue } from '../contract/problem.js';

const BRAND = Symbol.for('tongxin.error');

/** The request an error is about. */
export interface RequestInfo {
  method: string;
  url: string;
}

/** Base of every error the client throws. */
export class TongxinError extends Error {
  /** Cross-realm brand: see {@link isTongxinError}. */
  readonly [BRAND] = true;
  override name = 'TongxinError';
  constructor(
    message: string,
    /** The request, when the error concerns one. */
    readonly request?: RequestInfo,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const statusTexts: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The server answered with an error status; `problem` is its parsed problem+json body. */
export class HttpError extends TongxinError {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly problem: Problem,
    override readonly request: RequestInfo,
    /** The raw response (body already read). */
    readonly response?: Response,
  ) {
    const path = request.url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
    super(`Request failed with status ${status} ${statusTexts[status] ?? ''}: ${request.method} ${path}`.replace('  ', ' '), request);
  }
}

/** The request never got an answer (offline, DNS, connection reset, CORS). */
export class NetworkError extends TongxinError {
  override name = 'NetworkError';
  constructor(request: RequestInfo, cause: unknown) {
    super(`Network request failed: ${request.method} ${request.url}`, request, { cause });
  }
}

/** No answer within `timeoutMs`. */
export class TimeoutError extends TongxinError {
  override name = 'TimeoutError';
  constructor(
    request: RequestInfo,
    readonly timeoutMs: number,
  ) {
    super(`Request timed out after ${timeoutMs} ms: ${request.method} ${request.url}`, request);
  }
}

/** Input (before sending) or a response (after receiving) does not match the contract. */
export class ValidationError extends TongxinError {
  override name = 'ValidationError';
  constructor(
    readonly direction: 'request' | 'response',
    readonly issues: ProblemIssue[],
    request?: RequestInfo,
  ) {
    const first = issues[0];
    const where = first ? ` at ${first.path.join('.') || '(root)'}: ${first.code}` : '';
    super(`Invalid ${direction}${where}${request ? ` (${request.method} ${request.url})` : ''}`, request);
  }
}

const branded = (e: unknown): e is TongxinError => typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[BRAND] === true;

/** Whether `e` is any Tongxin client error (works across realms). */
export const isTongxinError = branded;
/** Whether `e` is an {@link HttpError} (works across realms). @example if (isHttpError(e) && e.status === 409) … */
export const isHttpError = (e: unknown): e is HttpError => branded(e) && e.name === 'HttpError';
/** Whether `e` is a {@link NetworkError}. */
export const isNetworkError = (e: unknown): e is NetworkError => branded(e) && e.name === 'NetworkError';
/** Whether `e` is a {@link TimeoutError}. */
export const isTimeoutError = (e: unknown): e is TimeoutError => branded(e) && e.name === 'TimeoutError';
/** Whether `e` is a {@link ValidationError}. */
export const isValidationError = (e: unknown): e is ValidationError => branded(e) && e.name === 'ValidationError';
