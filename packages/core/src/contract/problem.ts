/** RFC 9457 problem details with stable codes: every error the API returns has this shape. */
import * as z from 'zod/mini';

export { PROBLEM_CODES, PROBLEM_TYPE_PREFIX } from './problem-codes.js';

import { PROBLEM_CODES } from './problem-codes.js';

/** A stable problem code, as a schema. */
export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** One invalid field: where, which check failed (a validator code such as `phone.format`), and a message. */
export const ProblemIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  /** A validator or schema check code, e.g. `required`, `text.too_long`, `resident_id.checksum`. */
  code: z.string().check(z.maxLength(60)),
  message: z.string().check(z.maxLength(500)),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type ProblemIssue = z.infer<typeof ProblemIssue>;

/** A problem+json body (`application/problem+json`). */
export const Problem = z.object({
  type: z.string().check(z.maxLength(200)),
  title: z.string().check(z.maxLength(200)),
  status: z.int().check(z.gte(400), z.lte(599)),
  /** Stable machine-readable code; also the key of the localized message. */
  code: z.string().check(z.maxLength(60)),
  detail: z.optional(z.string().check(z.maxLength(2000))),
  instance: z.optional(z.string().check(z.maxLength(500))),
  /** Per-field issues (validation). */
  issues: z.optional(z.array(ProblemIssue)),
  /** Actions allowed in the current state (illegal transitions). */
  allowed: z.optional(z.array(z.string().check(z.maxLength(40)))),
  /** Seconds to wait before retrying (429, 503). */
  retryAfter: z.optional(z.number().check(z.nonnegative())),
  /** The server's current version of the record (version conflicts). */
  current: z.optional(z.unknown()),
});
export type Problem = z.infer<typeof Problem>;
