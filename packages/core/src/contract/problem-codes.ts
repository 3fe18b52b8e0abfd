/**
 * Problem codes and the `type` URI prefix, without zod: the client imports these and must not pull
 * the schema library into a bundle that does not otherwise need it.
 */
/** Stable problem codes. Each has messages in zh-Hans, zh-Hant and en (see `problemMessages`). */
export const PROBLEM_CODES = [
  'validation_failed',
  'malformed_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'unknown_tenant',
  'version_conflict',
  'illegal_transition',
  'idempotency_key_required',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'lookup_failed',
  'internal_error',
  'unavailable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Prefix of the `type` URI of our problems: `urn:tongxin:problem:<code>`. */
export const PROBLEM_TYPE_PREFIX = 'urn:tongxin:problem:';
