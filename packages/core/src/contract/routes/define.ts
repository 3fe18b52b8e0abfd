/** How a route of the contract is declared. */
import * as z from 'zod/mini';
import { Id, type Role } from '../common.js';

/** Any zod/mini schema. */
export type Schema = z.ZodMiniType;
/** HTTP methods the API uses. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** Who may call a route: anyone (a token is used when present), or any of the listed roles. */
export type Auth = 'public' | readonly Role[];

/** One route of the contract. */
export interface RouteDef {
  readonly method: Method;
  /** Path template; `{tenant}` and other `{name}` segments are filled from `params`. */
  readonly path: string;
  /** Group in the docs. */
  readonly tag: 'system' | 'config' | 'people' | 'attachments' | 'proposals' | 'opinions' | 'tasks' | 'workstations' | 'forms';
  readonly auth: Auth;
  /** Path parameters other than `{tenant}`. */
  readonly params?: Schema;
  readonly query?: Schema;
  /** JSON body schema, or `binary` for a raw file upload. */
  readonly body?: Schema | 'binary';
  /** JSON response schema, or `binary` for a file download. */
  readonly response: Schema | 'binary';
  /** Success status code. */
  readonly status: 200 | 201;
  /** Whether the request must carry an `Idempotency-Key` (every creating POST). */
  readonly idempotent: boolean;
}

/** Declares a route, keeping its literal types. */
export const define = <const R extends RouteDef>(r: R): R => r;

/** Office staff and administrators. */
export const staff = ['staff', 'admin'] as const;
/** Any signed-in user. */
export const signedIn = ['citizen', 'member', 'staff', 'unit', 'admin'] as const;
/** Members, office staff, handling units and administrators. */
export const insiders = ['member', 'staff', 'unit', 'admin'] as const;
/** Path parameters of routes about one record. */
export const byId = z.object({ id: Id });
/** A whole-number query parameter within bounds (query strings arrive as text). */
export const intParam = (min: number, max: number) => z.coerce.number<number>().check(z.gte(min), z.lte(max), z.refine(Number.isInteger));

/**
 * What a client needs of a route at run time: method, path, which parts it has (`json` or `binary`)
 * and idempotency — the shape of `@tongxin/core/wire`, which is generated from it.
 */
export function wireShape(route: RouteDef): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = { method: route.method, path: route.path };
  for (const part of ['params', 'query', 'body', 'response'] as const) {
    const value = route[part];
    if (value !== undefined) out[part] = value === 'binary' ? 'binary' : 'json';
  }
  if (route.idempotent) out.idempotent = true;
  return out;
}
