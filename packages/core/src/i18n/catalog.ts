/** The shape of a message catalog: one flat map of message keys per language. */
import type { ProblemCode } from '../contract/problem.js';
import type { ValidatorCode } from '../validators/result.js';

/** Codes of generic schema checks (validators have their own, e.g. `phone.format`). */
export type SchemaCode =
  | 'format'
  | 'invalid_type'
  | 'invalid_value'
  | 'too_big'
  | 'too_small'
  | 'too_many'
  | 'too_few'
  | 'unrecognized_keys'
  | 'invalid';

/** Every key a catalog must translate. Values may hold `{name}` placeholders. */
export type MessageKey = ValidatorCode | SchemaCode | `problem.${ProblemCode}` | 'client.network' | 'client.timeout';

/** A complete catalog for one language. */
export type Catalog = Record<MessageKey, string>;
