/** What a route handler receives and returns. */
import type { Actor, CountyConfig, Locale, RouteDef, RouteName, Routes } from '@tongxin/core';
import type * as z from 'zod/mini';
import type { Principal } from './auth.js';
import type { Sql } from './db/database.js';

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** A file answer (attachment downloads). */
export interface BinaryResult {
  binary: Uint8Array;
  type: string;
  name: string;
}

/** One audit-log entry to write in the request's transaction. */
export interface AuditInput {
  entity: 'proposal' | 'opinion' | 'task' | 'workstation' | 'config' | 'form' | 'attachment';
  entityId: string;
  action: string;
  from?: string;
  to?: string;
  note?: string;
}

/** The request as a handler sees it: validated input, the caller, the county, and the transaction. */
export interface Ctx<R extends RouteDef = RouteDef> {
  tenant: string;
  config: CountyConfig;
  principal: Principal | undefined;
  /** Who acts, for histories and the audit log. */
  actor: Actor;
  params: Out<R['params']>;
  query: Out<R['query']>;
  body: R['body'] extends 'binary' ? Uint8Array : Out<R['body']>;
  /** Content-Type of a binary body. */
  contentType: string;
  sql: Sql;
  locale: Locale;
  now: Date;
  audit(entry: AuditInput): Promise<void>;
  /** Services shared by handlers (tokens, settings). */
  services: Services;
}

/** Process-wide services handlers may use. */
export interface Services {
  devLogin: boolean;
  signDevToken(user: Principal): Promise<{ token: string; expiresAt: Date }>;
  /** Forgets a county's cached configuration (after it changed). */
  invalidateConfig(tenant: string): void;
  /** Hashes and checks query passwords (scrypt). */
  hashPassword(password: string): Promise<string>;
  /**
   * A new query password with its hash, usually computed ahead of time so that hashing does not
   * hold a database connection inside the submission's transaction.
   */
  newQueryPassword(): Promise<{ password: string; hash: string }>;
  verifyPassword(password: string, hash: string): Promise<boolean>;
  database: 'pglite' | 'postgres';
  version: string;
}

/** A handler: returns the route's response body (or a file). */
export type Handler<R extends RouteDef> = (ctx: Ctx<R>) => Promise<R['response'] extends 'binary' ? BinaryResult : Out<R['response']>>;

/** Handlers for every route of the contract. */
export type Handlers = { [K in RouteName]: Handler<Routes[K]> };
