/** Problems (RFC 9457) raised by handlers and turned into responses by the app. */
import { type Locale, makeProblem, type Problem, type ProblemCode } from '@tongxin/core';
import type { Refusal } from '@tongxin/core/workflow';

/** Throw from a handler to answer with a problem: a stable code, a status, and details. */
export class ProblemError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly status: number,
    readonly extra: Partial<Omit<Problem, 'type' | 'code' | 'status' | 'title'>> = {},
  ) {
    super(`${status} ${code}${extra.detail ? `: ${extra.detail}` : ''}`);
  }
  toProblem(locale: Locale, instance: string): Problem {
    return makeProblem(this.code, this.status, locale, { instance, ...this.extra });
  }
}

/** Shorthands for the common problems. */
export const problems = {
  notFound: (detail?: string) => new ProblemError('not_found', 404, detail ? { detail } : {}),
  forbidden: (detail?: string) => new ProblemError('forbidden', 403, detail ? { detail } : {}),
  unauthorized: (detail?: string) => new ProblemError('unauthorized', 401, detail ? { detail } : {}),
  conflict: (current: unknown, detail = '记录在您读取之后已被他人修改，请查看最新内容后再操作') =>
    new ProblemError('version_conflict', 409, { detail, current }),
  invalid: (path: (string | number)[], code: string, message: string) =>
    new ProblemError('validation_failed', 422, { issues: [{ path, code, message }] }),
};

/** Answers a workflow rule's refusal (`@tongxin/core/workflow`) as a problem; does nothing without one. */
export function refuseIf(refusal: Refusal | undefined): void {
  if (!refusal) return;
  const { code, status, ...extra } = refusal;
  throw new ProblemError(code, status, extra);
}
