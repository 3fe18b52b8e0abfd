/** Health, the dev sign-in, the current user and the audit log. */
import * as z from 'zod/mini';
import { Actor, Id, LocalDate, PageQuery, page, Timestamp, text } from '../common.js';
import { DemoAccount, User } from '../people.js';
import { define, signedIn, staff } from './define.js';

/** The API's health, for load balancers. */
export const Health = z.object({ status: z.literal('ok'), version: z.string(), database: z.enum(['pglite', 'postgres', 'none']) });
export type Health = z.infer<typeof Health>;

/** A bearer token for a seeded demo account (dev login; off unless enabled). */
export const DevLoginResult = z.object({ token: z.string().check(z.minLength(10)), user: User, expiresAt: Timestamp });
export type DevLoginResult = z.infer<typeof DevLoginResult>;

/** One audit-log entry: who changed what, when, from which state to which, and why. */
export const AuditEntry = z.object({
  id: Id,
  at: Timestamp,
  actor: Actor,
  entity: z.enum(['proposal', 'opinion', 'task', 'workstation', 'config', 'form', 'attachment']),
  entityId: z.string().check(z.maxLength(64)),
  action: z.string().check(z.maxLength(40)),
  from: z.optional(z.string().check(z.maxLength(40))),
  to: z.optional(z.string().check(z.maxLength(40))),
  note: z.optional(text(2000)),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const health = define({
  method: 'GET',
  path: '/v1/health',
  tag: 'system',
  auth: 'public',
  response: Health,
  status: 200,
  idempotent: false,
});
export const listDemoAccounts = define({
  method: 'GET',
  path: '/v1/{tenant}/auth/dev-accounts',
  tag: 'system',
  auth: 'public',
  response: z.array(DemoAccount),
  status: 200,
  idempotent: false,
});
export const devLogin = define({
  method: 'POST',
  path: '/v1/{tenant}/auth/dev-login',
  tag: 'system',
  auth: 'public',
  body: z.object({ account: z.string().check(z.minLength(1), z.maxLength(64)) }),
  response: DevLoginResult,
  status: 200,
  idempotent: false,
});
export const getMe = define({
  method: 'GET',
  path: '/v1/{tenant}/me',
  tag: 'people',
  auth: signedIn,
  response: User,
  status: 200,
  idempotent: false,
});
export const listAudit = define({
  method: 'GET',
  path: '/v1/{tenant}/audit',
  tag: 'system',
  auth: staff,
  query: z.object({
    entity: z.optional(AuditEntry.shape.entity),
    entityId: z.optional(z.string().check(z.maxLength(64))),
    since: z.optional(LocalDate),
    ...PageQuery,
  }),
  response: page(AuditEntry),
  status: 200,
  idempotent: false,
});
