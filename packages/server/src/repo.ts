/** Small data-access helpers shared by the handlers: ids, codes, paging, documents. */
import { randomBytes } from 'node:crypto';
import { isoChina } from '@tongxin/core/workflow';
import type { Sql } from './db/database.js';
import { ProblemError, problems } from './problem.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new id with a prefix, e.g. `p_7k3m9qx2bd`. */
export function newId(prefix: string): string {
  const bytes = randomBytes(10);
  return `${prefix}_${Array.from(bytes, (b) => CROCKFORD[b & 31])
    .join('')
    .toLowerCase()}`;
}

/** A tracking code: 60 random bits as 12 Crockford base32 characters, `XXXX-XXXX-XXXX`. */
export function newTrackingCode(): string {
  const bytes = randomBytes(12);
  const chars = Array.from(bytes, (b) => CROCKFORD[b & 31]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** ISO 8601 in Beijing time, as the contract's timestamps are written (the workflow rules' own). */
export { isoChina };

/** The calendar date in China of an instant. */
export const chinaDate = (date: Date) => isoChina(date).slice(0, 10);

/** Paging by offset, encoded as an opaque cursor. */
export function pageArgs(query: { cursor?: string | undefined; limit?: number | undefined } | undefined) {
  const limit = query?.limit ?? 50;
  let offset = 0;
  if (query?.cursor) {
    offset = Number(Buffer.from(query.cursor, 'base64url').toString());
    if (!Number.isInteger(offset) || offset < 0) throw new ProblemError('malformed_request', 400, { detail: 'the cursor is not valid' });
  }
  return {
    limit,
    offset,
    next: (count: number) => (count > limit ? Buffer.from(String(offset + limit)).toString('base64url') : undefined),
  };
}

/** Builds a page from rows fetched with `limit + 1`. */
export function page<T>(rows: T[], args: ReturnType<typeof pageArgs>, total?: number) {
  const next = args.next(rows.length);
  return { items: rows.slice(0, args.limit), ...(next && { nextCursor: next }), ...(total !== undefined && { total }) };
}

/** Reads one document by id, or answers 404. */
export async function getDoc<T>(sql: Sql, table: string, tenant: string, id: string, lock = false): Promise<T> {
  const [row] = await sql.query<{ doc: T }>(`select doc from ${table} where tenant = $1 and id = $2${lock ? ' for update' : ''}`, [
    tenant,
    id,
  ]);
  if (!row) throw problems.notFound(`${table.replace(/s$/, '')} ${id}`);
  return row.doc;
}

/** Next value of a per-county counter (proposal numbers). */
export async function nextCounter(sql: Sql, tenant: string, name: string): Promise<number> {
  const [row] = await sql.query<{ value: number }>(
    'insert into counters (tenant, name, value) values ($1, $2, 1) on conflict (tenant, name) do update set value = counters.value + 1 returning value',
    [tenant, name],
  );
  return Number(row!.value);
}

/** Escapes `%` and `_` for a LIKE pattern. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
