/**
 * Rule conditions as data, compiled to small closures once per definition (no `eval`, so forms
 * run under a strict CSP). Semantics, shared by browser and server:
 * - empty means `undefined`, `null`, a blank string or `[]`;
 * - numbers (and strings that spell a number, e.g. `"5"`) compare numerically, other strings
 *   lexicographically (so ISO dates order correctly), ignoring surrounding spaces;
 * - `contains` is a substring test on strings and membership on arrays (checkboxes);
 * - `in` tests the value against the list (an array answer: any of its items).
 */
import { type Condition, normalizeCode } from '@tongxin/core';
import type { Path } from './model.js';

/** A single comparison (a leaf of a condition tree). */
export type FieldCondition = Extract<Condition, { field: string }>;
/** Reads the current answer of a field as the rules see it (hidden fields read as empty). */
export type Reader = (key: string) => unknown;
/** A compiled condition. */
export type Test = (read: Reader) => boolean;

/**
 * Whether an answer counts as not given: `undefined`, `null`, a blank string or an empty array.
 * @example isEmptyAnswer('  ') // true
 */
export function isEmptyAnswer(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The number a value is or spells (full-width digits and surrounding spaces allowed), or NaN.
 * @example numeric(' ４２ ') // 42
 */
export function numeric(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  const s = normalizeCode(value);
  return NUMBER.test(s) ? Number(s) : Number.NaN;
}

/**
 * Equality as the validator will store the values: strings without surrounding spaces, numbers
 * numerically (`"5"` equals `5`), so that a stored answer meets the same rules as the typed one.
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  if (typeof a !== 'number' && typeof b !== 'number') return false;
  const x = numeric(a);
  return !Number.isNaN(x) && x === numeric(b);
}

/** Negative, zero or positive as `a` is below, equal to or above `b`; NaN when they do not compare. */
function order(a: unknown, b: unknown): number {
  const x = numeric(a);
  const y = numeric(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  if (typeof a !== 'string' || typeof b !== 'string') return Number.NaN;
  // NFKC and trimmed, so full-width dates order like ASCII ones.
  const left = normalizeCode(a);
  const right = normalizeCode(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

type Value = FieldCondition['value'];
const list = (value: Value): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const member = (a: unknown, items: unknown[]) =>
  Array.isArray(a) ? a.some((item) => items.some((b) => same(item, b))) : items.some((b) => same(a, b));

/** What each operator tests, given the answer and the condition's value. */
const operators: Record<FieldCondition['op'], (answer: unknown, value: Value) => boolean> = {
  eq: (a, v) => same(a, v),
  neq: (a, v) => !same(a, v),
  in: (a, v) => member(a, list(v)),
  not_in: (a, v) => !member(a, list(v)),
  empty: (a) => isEmptyAnswer(a),
  not_empty: (a) => !isEmptyAnswer(a),
  gt: (a, v) => order(a, v) > 0,
  gte: (a, v) => order(a, v) >= 0,
  lt: (a, v) => order(a, v) < 0,
  lte: (a, v) => order(a, v) <= 0,
  contains: (a, v) =>
    typeof a === 'string' ? (typeof v === 'string' || typeof v === 'number') && a.includes(String(v)) : Array.isArray(a) && member(a, [v]),
};

/**
 * Compiles a condition tree to a closure.
 * @example compileCondition({ field: 'age', op: 'gte', value: 18 })(() => '20') // true
 */
export function compileCondition(condition: Condition): Test {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (read) => parts.every((part) => part(read));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (read) => parts.some((part) => part(read));
  }
  const { field, op, value } = condition;
  const test = operators[op];
  return (read) => test(read(field), value);
}

/**
 * Every comparison in a condition tree, with its path below `base`.
 * @example conditionLeaves({ any: [{ field: 'a', op: 'empty' }] }, ['when']) // [{ leaf: …, path: ['when', 'any', 0] }]
 */
export function conditionLeaves(condition: Condition, base: Path): { leaf: FieldCondition; path: Path }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionLeaves(c, [...base, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionLeaves(c, [...base, 'any', i]));
  return [{ leaf: condition, path: base }];
}
