/** What a mock route handler receives and returns (the reference server's `Ctx`, over the in-memory store). */
import type { Actor, AuditEntry, CountyConfig, Locale, RouteDef, RouteName, Routes, User } from '@tongxin/core';
import type * as z from 'zod/mini';
import type { Tx } from './store.js';

type Out<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** A file answer (attachment downloads). */
export interface BinaryResult {
  binary: Uint8Array;
  type: string;
  name: string;
}

/** One audit-log entry, written when the request succeeds. */
export type AuditInput = Pick<AuditEntry, 'entity' | 'entityId' | 'action'> & { from?: string; to?: string; note?: string };

/** The request as a handler sees it: validated input, the caller, the county. */
export interface MockCtx<R extends RouteDef = RouteDef> {
  tenant: string;
  /** The county's records, as this request sees them. */
  db: Tx;
  config: CountyConfig;
  /** The signed-in caller, when a token was sent. */
  principal: User | undefined;
  /** Who acts, for histories and the audit log. */
  actor: Actor;
  params: Out<R['params']>;
  query: Out<R['query']>;
  body: R['body'] extends 'binary' ? Uint8Array : Out<R['body']>;
  /** Content-Type of a binary body. */
  contentType: string;
  /** SHA-256 of a binary body (lower-case hex). */
  sha256: string;
  locale: Locale;
  now: Date;
  audit(entry: AuditInput): void;
  /** Sign-in services (the dev login). */
  auth: {
    devLogin: boolean;
    issueToken(user: User, now: Date): { token: string; expiresAt: Date };
  };
}

/** A handler: returns the route's response body (or a file). */
export type MockHandler<R extends RouteDef> = (
  ctx: MockCtx<R>,
) =>
  | (R['response'] extends 'binary' ? BinaryResult : Out<R['response']>)
  | Promise<R['response'] extends 'binary' ? BinaryResult : Out<R['response']>>;

/** Handlers for every route of the contract. */
export type MockHandlers = { [K in RouteName]: MockHandler<Routes[K]> };
