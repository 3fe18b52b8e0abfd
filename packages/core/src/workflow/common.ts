/**
 * What every workflow rule is decided on (the caller, the county, the time), how a rule says no
 * (a refusal: a problem code, its status and the reason), and the history entries rules write.
 */
import type { Actor, CountyConfig, Problem, ProblemCode, Role, StatusChange, User } from '../contract/index.js';

/** What a rule looks at besides the record and the action: the county, the caller and the time. */
export interface WorkflowEnv {
  /** The county (tenant) code; records created by a rule belong to it. */
  tenant: string;
  config: CountyConfig;
  /** The signed-in caller, when a token was sent. */
  principal: User | undefined;
  /** Who acts, as written in histories. */
  actor: Actor;
  now: Date;
}

/** Why a rule refuses: the problem (RFC 9457) the API answers with, without its localized title. */
export interface Refusal extends Partial<Pick<Problem, 'detail' | 'allowed' | 'issues' | 'current'>> {
  code: ProblemCode;
  status: number;
}

/** The refusals rules give, in the same shapes wherever the rules run. */
export const refusals = {
  forbidden: (detail: string): Refusal => ({ code: 'forbidden', status: 403, detail }),
  /** Another request changed the record since the caller read it; `current` is the stored record. */
  conflict: (current: unknown): Refusal => ({
    code: 'version_conflict',
    status: 409,
    detail: '记录在您读取之后已被他人修改，请查看最新内容后再操作',
    current,
  }),
  /**
   * The action cannot be taken now (in this state, or by this caller); `allowed` lists what can.
   * `action` and `state` are names people read (see `names.ts`).
   */
  illegal: (action: string, state: string, allowed: string[]): Refusal => ({
    code: 'illegal_transition',
    status: 409,
    detail: `现在不能${action}（当前状态：${state}）`,
    allowed,
  }),
  /** One field of the request body is not acceptable (`path` starts with `body`). */
  invalid: (path: (string | number)[], code: string, message: string): Refusal => ({
    code: 'validation_failed',
    status: 422,
    issues: [{ path, code, message }],
  }),
};

/**
 * Refuses a write made against an older version of the record (optimistic locking).
 * @param expected the version the caller read; `undefined` skips the check (it is optional on actions).
 * @example checkVersion({ version: 3 }, 2); // → { code: 'version_conflict', status: 409, current: { version: 3 }, … }
 */
export function checkVersion(current: { version: number }, expected: number | undefined): Refusal | undefined {
  return expected !== undefined && expected !== current.version ? refusals.conflict(current) : undefined;
}

/**
 * Whether the caller has one of these roles.
 * @example hasRole({ principal: { roles: ['unit'] } }, 'staff', 'admin'); // → false
 */
export function hasRole(env: { principal?: Pick<User, 'roles'> | undefined }, ...roles: Role[]): boolean {
  return Boolean(env.principal?.roles.some((r) => roles.includes(r)));
}

/**
 * Whether the caller works in the CPPCC office (staff) or administers the county.
 * @example isStaff({ principal: { roles: ['admin'] } }); // → true
 */
export function isStaff(env: { principal?: Pick<User, 'roles'> | undefined }): boolean {
  return hasRole(env, 'staff', 'admin');
}

/**
 * An instant in Beijing time, ISO 8601, as the contract writes timestamps.
 * @example isoChina(new Date('2026-03-05T01:30:00Z')); // → '2026-03-05T09:30:00+08:00'
 */
export function isoChina(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/**
 * A history entry: the caller moved a record from `from` to `to` by `action` (now).
 * @example statusChange(env, 'receive', 'submitted', 'received'); // → { at, action: 'receive', from: 'submitted', to: 'received', actor }
 */
export function statusChange(
  env: Pick<WorkflowEnv, 'actor' | 'now'>,
  action: string,
  from: string | undefined,
  to: string,
  extra: Pick<StatusChange, 'note' | 'reasonCode'> = {},
): StatusChange {
  return {
    at: isoChina(env.now),
    action,
    ...(from !== undefined && { from }),
    to,
    actor: env.actor,
    ...(extra.note !== undefined && { note: extra.note }),
    ...(extra.reasonCode !== undefined && { reasonCode: extra.reasonCode }),
  };
}

/**
 * A record as a rule saves it: one version on, stamped now.
 * @example nextVersion({ version: 3, updatedAt: '…' }, env); // → { version: 4, updatedAt: '2026-03-09T10:00:00+08:00' }
 */
export function nextVersion<T extends { version: number; updatedAt: string }>(record: T, env: Pick<WorkflowEnv, 'now'>): T {
  return { ...record, updatedAt: isoChina(env.now), version: record.version + 1 };
}
