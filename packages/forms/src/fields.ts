/**
 * One check per field type for a *given* (non-empty) answer; whether an answer is needed at all is
 * decided by the rule state (see `compile.ts`). Failures carry core's catalog codes
 * (`phone.format`, `text.too_long`, `too_many`, …) so messages read the same everywhere.
 */
import {
  type CheckResult,
  type CountyConfig,
  type Crs,
  checkDivisionCode,
  checkMobile,
  checkResidentId,
  codePointLength,
  DIVISION_CODE_PATTERN,
  divisionLevel,
  type FieldDefinition,
  type FieldType,
  normalizeCode,
  normalizeProse,
  type OptionSource,
} from '@tongxin/core';
import type * as z from 'zod/mini';
import { numeric } from './conditions.js';

/** The county lists options can come from (a whole `CountyConfig` will do). */
export type OptionLists = Pick<CountyConfig, z.infer<typeof OptionSource>>;

/** What field schemas depend on besides the definition. */
export type FieldContext = { lists?: OptionLists | undefined; today: () => Date };

/** Length limits (code points) of text fields that set no `maxLength`, so no answer is unbounded. */
export const DEFAULT_MAX_LENGTH = { text: 500, textarea: 20000 } as const;

/** Stored forms of the values (also published as JSON Schema `pattern`s). */
export const PATTERNS = {
  mobile: '^1[3-9]\\d{9}$',
  residentId: '^\\d{17}[\\dX]$',
  division: DIVISION_CODE_PATTERN,
  divisionLevel: {
    county: '^\\d{4}(?!00)\\d{2}(000000)?$',
    town: '^\\d{6}(?!000)\\d{3}000$',
    village: '^\\d{9}(?!000)\\d{3}$',
  },
  postcode: '^\\d{6}$',
  /** Deliberately simple: something@domain.tld without spaces. */
  email: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  /** A loose document number: issuer, year in brackets, number, 号 (e.g. 盘政提〔2026〕12号). */
  docNumber: '^[\\u3400-\\u9fffA-Za-z0-9]{1,20}[〔［\\[(（【]\\d{4}[〕］\\])）】]第?\\d{1,6}号$',
  date: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  /** Codes of county lists when the list itself is not at hand. */
  code: '^[A-Za-z0-9_.-]{1,40}$',
  id: '^[A-Za-z0-9_-]{1,64}$',
} as const;

type ChoiceField = Extract<FieldDefinition, { type: 'select' | 'radio' | 'checkboxes' }>;

/**
 * The values a choice field accepts: its inline options, or the codes (unit ids) of its county
 * list; `undefined` when the list is not at hand (then any code-like string is accepted).
 * @example allowedValues({ type: 'radio', key: 'k', label, options: [{ value: 'a', label }] }) // Set {'a'}
 */
export function allowedValues(field: ChoiceField, lists?: OptionLists): Set<string> | undefined {
  if (field.options !== undefined) return new Set(field.options.map((o) => o.value));
  if (field.optionsFrom === undefined) return new Set();
  if (lists === undefined) return undefined;
  return new Set(lists[field.optionsFrom].map((item) => ('code' in item ? item.code : item.id)));
}

/** One thing wrong with an answer: where inside it (for lists and points), a catalog code, its parameters. */
export type FieldIssue = { path: (string | number)[]; code: string; params?: Record<string, string | number> };
/** The outcome of checking one answer: its stored (normalised) form, or what is wrong with it. */
export type FieldOutcome = { ok: true; value: unknown } | { ok: false; issues: FieldIssue[] };
/** Checks one given (non-empty) answer. */
export type FieldCheck = (answer: unknown) => FieldOutcome;

const pass = (value: unknown): FieldOutcome => ({ ok: true, value });
const fail = (code: string, params?: Record<string, string | number>): FieldOutcome => ({
  ok: false,
  issues: [{ path: [], code, ...(params && { params }) }],
});
/** A check that needs a string (a missing value is `required`, anything else `invalid_type`). */
const string =
  (then: (s: string) => FieldOutcome): FieldCheck =>
  (v) =>
    typeof v === 'string' ? then(v) : fail(v === undefined ? 'required' : 'invalid_type');
/** Runs `next` on what `first` accepted. */
const then =
  (first: FieldCheck, next: FieldCheck): FieldCheck =>
  (v) => {
    const r = first(v);
    return r.ok ? next(r.value) : r;
  };

const CODE = new RegExp(PATTERNS.code);
const DATE = new RegExp(PATTERNS.date);
const ID = new RegExp(PATTERNS.id);

/** Free text, normalised (NFC, trimmed, LF line ends), its length counted in code points (core's `text`). */
const text = (max: number, min = 0): FieldCheck =>
  string((raw) => {
    const s = normalizeProse(raw);
    const length = codePointLength(s);
    if (length < min) return fail(min === 1 ? 'required' : 'text.too_short', { min });
    return length > max ? fail('text.too_long', { max }) : pass(s);
  });

/** A string checked by one of core's validators, stored in the validator's normalised form. */
const checked = (check: (input: string) => CheckResult<string>): FieldCheck =>
  string((s) => {
    const result = check(s);
    return result.ok ? pass(result.value) : fail(result.code);
  });

/** A string normalised by `normalize`, then matched against `pattern` (`format` when it fails). */
function matching(normalize: (s: string) => string, pattern: string): FieldCheck {
  const re = new RegExp(pattern);
  return string((raw) => {
    const s = normalize(raw);
    return re.test(s) ? pass(s) : fail('format');
  });
}

const mobile = checked(checkMobile);
const divisionCode = checked(checkDivisionCode);
const residentId = (today: () => Date) =>
  checked((s) => {
    const result = checkResidentId(s, { today: today() });
    return result.ok ? { ok: true, value: result.value.id } : result;
  });

/** Text presets, each producing the stored form. */
const presets = {
  mobile: () => mobile,
  resident_id: (ctx: FieldContext) => residentId(ctx.today),
  division_code: () => divisionCode,
  postcode: () => matching(normalizeCode, PATTERNS.postcode),
  email: () => matching(normalizeCode, PATTERNS.email),
  doc_number: () => matching(normalizeProse, PATTERNS.docNumber),
};

/** A list whose items each pass `item` (issues at their index), then distinct and within limits. */
function list(item: FieldCheck, limits: { min?: number | undefined; max?: number | undefined; unique?: boolean }): FieldCheck {
  return (v) => {
    if (!Array.isArray(v)) return fail(v === undefined ? 'required' : 'invalid_type');
    const value: unknown[] = [];
    const issues: FieldIssue[] = [];
    v.forEach((x, i) => {
      const r = item(x);
      if (r.ok) value.push(r.value);
      else for (const issue of r.issues) issues.push({ ...issue, path: [i, ...issue.path] });
    });
    if (issues.length > 0) return { ok: false, issues };
    if (limits.unique && new Set(value).size !== value.length) return fail('invalid_value');
    if (limits.min !== undefined && value.length < limits.min) return fail('too_few', { min: limits.min });
    if (limits.max !== undefined && value.length > limits.max) return fail('too_many', { max: limits.max });
    return pass(value);
  };
}

/** A finite number within bounds. */
const number =
  (min?: number, max?: number): FieldCheck =>
  (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(v === undefined ? 'required' : 'invalid_type');
    if (min !== undefined && v < min) return fail('too_small', { min });
    return max !== undefined && v > max ? fail('too_big', { max }) : pass(v);
  };

/** An identifier (core's `Id`). */
const id = string((s) => (ID.test(s) ? pass(s) : fail('format')));

/** A string spelling a number becomes that number (full-width digits too); anything else is kept. */
const asNumber = (value: unknown) => (typeof value === 'string' && !Number.isNaN(numeric(value)) ? numeric(value) : value);

/** A choice among `allowed` (any code when the list is not at hand). */
const choice = (allowed: Set<string> | undefined) =>
  string((v) => ((allowed ? allowed.has(v) : CODE.test(v)) ? pass(v) : fail('invalid_value')));

/** One id, or a list of distinct ids when `multiple`. */
const ids = (field: { multiple?: boolean | undefined; maxItems?: number | undefined }, one: FieldCheck) =>
  field.multiple ? list(one, { unique: true, max: field.maxItems }) : one;

const CRS: readonly string[] = ['WGS84', 'CGCS2000', 'GCJ02', 'BD09'] satisfies readonly Crs[];
const lng = number(-180, 180);
const lat = number(-90, 90);
/** A point with its declared CRS (core's `GeoPoint`); other keys are dropped. */
const location: FieldCheck = (v) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail('invalid_type');
  const point = v as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const value: Record<string, unknown> = {};
  for (const [key, check] of [
    ['lng', lng],
    ['lat', lat],
    ['crs', (c: unknown) => (typeof c === 'string' && CRS.includes(c) ? pass(c) : fail('invalid_value'))],
  ] as const) {
    const r = check(point[key]);
    if (r.ok) value[key] = r.value;
    else for (const issue of r.issues) issues.push({ ...issue, path: [key, ...issue.path] });
  }
  return issues.length > 0 ? { ok: false, issues } : pass(value);
};

type Builders = { [T in FieldType]: (field: Extract<FieldDefinition, { type: T }>, ctx: FieldContext) => FieldCheck | undefined };

const builders: Builders = {
  text: (f, ctx) => {
    const length = text(f.maxLength ?? DEFAULT_MAX_LENGTH.text, f.minLength ?? 0);
    return f.pattern ? then(presets[f.pattern](ctx), length) : length;
  },
  textarea: (f) => text(f.maxLength ?? DEFAULT_MAX_LENGTH.textarea, f.minLength ?? 0),
  number: (f) => {
    const bounded = number(f.min, f.max);
    return (v) => {
      const n = asNumber(v);
      return f.integer && typeof n === 'number' && Number.isFinite(n) && !Number.isInteger(n) ? fail('number.integer') : bounded(n);
    };
  },
  date: (f) =>
    string((raw) => {
      const d = normalizeCode(raw);
      if (!isCalendarDate(d)) return fail('format');
      if (f.min !== undefined && d < f.min) return fail('too_small', { min: f.min });
      return f.max !== undefined && d > f.max ? fail('too_big', { max: f.max }) : pass(d);
    }),
  select: (f, ctx) => choice(allowedValues(f, ctx.lists)),
  radio: (f, ctx) => choice(allowedValues(f, ctx.lists)),
  checkboxes: (f, ctx) => list(choice(allowedValues(f, ctx.lists)), { unique: true, min: f.minItems, max: f.maxItems }),
  phone: () => mobile,
  resident_id: (_f, ctx) => residentId(ctx.today),
  division: (f) =>
    f.level === undefined
      ? divisionCode
      : then(divisionCode, (c) => (divisionLevel(c as string) === f.level ? pass(c) : fail(`division.level_${f.level}`))),
  person: (f) => ids(f, id),
  unit: (f, ctx) => {
    const units = ctx.lists && new Set(ctx.lists.units.map((u) => u.id));
    return ids(f, units === undefined ? id : then(id, (v) => (units.has(v as string) ? pass(v) : fail('invalid_value'))));
  },
  attachments: (f) => list(id, { unique: true, max: f.maxFiles }),
  consent: () => (v) => (typeof v === 'boolean' ? pass(v) : fail('invalid_type')),
  notice: () => undefined,
  location: () => location,
};

/**
 * The check of a given answer to `field` (undefined for notices, which take no answer). Hand-written
 * rather than zod schemas: the same rules as core's `text`, `MobileNumber`, `DivisionCode` and
 * `GeoPoint`, without zod in every form's bundle.
 * @example fieldCheck({ type: 'phone', key: 'phone', label }, ctx)?.('+86 138-1234-1234') // { ok: true, value: '13812341234' }
 */
export function fieldCheck(field: FieldDefinition, ctx: FieldContext): FieldCheck | undefined {
  return (builders[field.type] as (f: FieldDefinition, c: FieldContext) => FieldCheck | undefined)(field, ctx);
}

/** Whether `YYYY-MM-DD` names a real calendar day. */
function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
