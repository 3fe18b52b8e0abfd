/** Small helpers the mock's handlers share: ids, Beijing-time stamps, paging, hashing. */
import type { Problem, ProblemCode } from '@tongxin/core';
import { isoChina, type Refusal } from '@tongxin/core/workflow';

/** Crockford base32 (no I, L, O, U): the alphabet of ids and tracking codes. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomChars = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => CROCKFORD[b & 31]).join('');

/** A new id with a prefix, e.g. `p_7k3m9qx2bd` (the server's shape). */
export const newId = (prefix: string): string => `${prefix}_${randomChars(10).toLowerCase()}`;

/** A tracking code: 12 random Crockford base32 characters, `XXXX-XXXX-XXXX`. */
export function newTrackingCode(): string {
  const chars = randomChars(12);
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** A query password: 8 random digits, as the server gives them. */
export const newQueryPassword = (): string => String(crypto.getRandomValues(new Uint32Array(1))[0]! % 100_000_000).padStart(8, '0');

/** ISO 8601 in Beijing time, as the contract's timestamps are written (the workflow rules' own). */
export { isoChina };

/** Thrown by a handler to answer with a problem (RFC 9457): a stable code, a status and details. */
export class MockProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly status: number,
    readonly extra: Partial<Omit<Problem, 'type' | 'code' | 'status' | 'title'>> = {},
  ) {
    super(`${status} ${code}${extra.detail ? `: ${extra.detail}` : ''}`);
  }
}

/** Shorthands for the common problems (the same codes and shapes as the reference server). */
export const problems = {
  notFound: (detail?: string) => new MockProblem('not_found', 404, detail ? { detail } : {}),
  forbidden: (detail?: string) => new MockProblem('forbidden', 403, detail ? { detail } : {}),
  conflict: (current: unknown, detail = '记录在您读取之后已被他人修改，请查看最新内容后再操作') =>
    new MockProblem('version_conflict', 409, { detail, current }),
  invalid: (path: (string | number)[], code: string, message: string) =>
    new MockProblem('validation_failed', 422, { issues: [{ path, code, message }] }),
};

/** Answers a workflow rule's refusal (`@tongxin/core/workflow`) as a problem; does nothing without one. */
export function refuseIf(refusal: Refusal | undefined): void {
  if (!refusal) return;
  const { code, status, ...extra } = refusal;
  throw new MockProblem(code, status, extra);
}

/** Paging by offset behind an opaque cursor (base64url of the offset, like the server's). */
export function pageArgs(query: { cursor?: string | undefined; limit?: number | undefined } | undefined, defaultLimit = 50) {
  const limit = query?.limit ?? defaultLimit;
  let offset = 0;
  if (query?.cursor) {
    try {
      offset = Number(atob(query.cursor.replace(/-/g, '+').replace(/_/g, '/')));
    } catch {
      offset = Number.NaN;
    }
    if (!Number.isInteger(offset) || offset < 0) throw new MockProblem('malformed_request', 400, { detail: 'the cursor is not valid' });
  }
  return { limit, offset };
}

/** One page of `items` (already filtered and sorted), with the cursor of the next page and, optionally, the total. */
export function page<T>(items: readonly T[], args: ReturnType<typeof pageArgs>, withTotal = false) {
  const end = args.offset + args.limit;
  const next = end < items.length ? btoa(String(end)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') : undefined;
  return {
    items: items.slice(args.offset, end),
    ...(next !== undefined && { nextCursor: next }),
    ...(withTotal && { total: items.length }),
  };
}

/** Newest first by `updatedAt`, then by id: the order of the server's lists. */
export const byUpdatedDesc = (a: { id: string; updatedAt: string }, b: { id: string; updatedAt: string }) =>
  a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.updatedAt < b.updatedAt ? 1 : -1;

/** Lower-case hex SHA-256 (Web Crypto: present wherever a service worker can run, and in Node 20). */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The record, or a 404 naming it. */
export function found<T>(record: T | undefined, what: string): T {
  if (record === undefined) throw problems.notFound(what);
  return record;
}
