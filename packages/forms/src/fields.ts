/**
 * One zod/mini schema per field type for a *given* (non-empty) answer; whether an answer is needed
 * at all is decided by the rule state (see `compile.ts`). Failures carry core's catalog codes
 * (`phone.format`, `text.too_long`, `too_many`, …) so messages read the same everywhere.
 */
import {
  type CountyConfig,
  checked,
  checkResidentId,
  DIVISION_CODE_PATTERN,
  DivisionCode,
  divisionLevel,
  type FieldDefinition,
  type FieldType,
  GeoPoint,
  MobileNumber,
  normalizeCode,
  normalizeProse,
  type OptionSource,
  text,
} from '@tongxin/core';
import * as z from 'zod/mini';
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

const issue = (code: string, params: Record<string, string | number> = {}) => ({ params: { code, ...params }, abort: true });
const CODE = new RegExp(PATTERNS.code);
const DATE = new RegExp(PATTERNS.date);

/** A string normalised by `normalize`, then matched against `pattern` (`format` when it fails). */
function matching(normalize: (s: string) => string, pattern: string) {
  const re = new RegExp(pattern);
  return z.string().check(
    z.overwrite(normalize),
    z.refine((s) => re.test(s), issue('format')),
  );
}

const residentId = (today: () => Date) =>
  checked((s) => {
    const result = checkResidentId(s, { today: today() });
    return result.ok ? { ok: true, value: result.value.id } : result;
  }, new RegExp(PATTERNS.residentId));

/** Text presets, each a schema producing the stored form. */
const presets = {
  mobile: () => MobileNumber,
  resident_id: (ctx: FieldContext) => residentId(ctx.today),
  division_code: () => DivisionCode,
  postcode: () => matching(normalizeCode, PATTERNS.postcode),
  email: () => matching(normalizeCode, PATTERNS.email),
  doc_number: () => matching(normalizeProse, PATTERNS.docNumber),
};

// Item limits as refines: zod's own length checks also run on a non-array with a `length` (a
// string), which would add a second, misleading issue to `invalid_type`.
const unique = z.refine<unknown[]>((items) => new Set(items).size === items.length, issue('invalid_value'));
const itemLimits = (min: number | undefined, max: number | undefined) => [
  ...(min === undefined ? [] : [z.refine<unknown[]>((items) => items.length >= min, issue('too_few', { min }))]),
  ...(max === undefined ? [] : [z.refine<unknown[]>((items) => items.length <= max, issue('too_many', { max }))]),
];
const ID = new RegExp(PATTERNS.id);
/** An identifier (core's `Id`, as a refine for the same reason). */
const id = z.string().check(z.refine((s) => ID.test(s), issue('format')));

/** A string spelling a number becomes that number (full-width digits too); anything else is kept. */
const asNumber = (value: unknown) => (typeof value === 'string' && !Number.isNaN(numeric(value)) ? numeric(value) : value);

/** A choice among `allowed` (any code when the list is not at hand). */
const choice = (allowed: Set<string> | undefined) =>
  z.string().check(z.refine((v) => (allowed ? allowed.has(v) : CODE.test(v)), issue('invalid_value')));

/** One id, or a list of distinct ids when `multiple`. */
function ids(field: { multiple?: boolean | undefined; maxItems?: number | undefined }, one: z.ZodMiniType<string>) {
  if (!field.multiple) return one;
  return z.array(one).check(unique, ...itemLimits(undefined, field.maxItems));
}

type Builders = { [T in FieldType]: (field: Extract<FieldDefinition, { type: T }>, ctx: FieldContext) => z.ZodMiniType | undefined };

const builders: Builders = {
  text: (f, ctx) => {
    const length = text(f.maxLength ?? DEFAULT_MAX_LENGTH.text, f.minLength ?? 0);
    return f.pattern ? z.pipe(presets[f.pattern](ctx), length) : length;
  },
  textarea: (f) => text(f.maxLength ?? DEFAULT_MAX_LENGTH.textarea, f.minLength ?? 0),
  number: (f) =>
    z.pipe(
      z.transform(asNumber),
      z
        .number()
        .check(
          ...(f.integer ? [z.refine(Number.isInteger, issue('number.integer'))] : []),
          ...(f.min === undefined ? [] : [z.gte(f.min)]),
          ...(f.max === undefined ? [] : [z.lte(f.max)]),
        ),
    ),
  date: (f) =>
    z
      .string()
      .check(
        z.overwrite(normalizeCode),
        z.refine(isCalendarDate, issue('format')),
        ...(f.min === undefined ? [] : [z.refine<string>((d) => d >= (f.min as string), issue('too_small', { min: f.min }))]),
        ...(f.max === undefined ? [] : [z.refine<string>((d) => d <= (f.max as string), issue('too_big', { max: f.max }))]),
      ),
  select: (f, ctx) => choice(allowedValues(f, ctx.lists)),
  radio: (f, ctx) => choice(allowedValues(f, ctx.lists)),
  checkboxes: (f, ctx) => z.array(choice(allowedValues(f, ctx.lists))).check(unique, ...itemLimits(f.minItems, f.maxItems)),
  phone: () => MobileNumber,
  resident_id: (_f, ctx) => residentId(ctx.today),
  division: (f) =>
    f.level === undefined
      ? DivisionCode
      : z.pipe(DivisionCode, z.string().check(z.refine((c) => divisionLevel(c) === f.level, issue(`division.level_${f.level}`)))),
  person: (f) => ids(f, id),
  unit: (f, ctx) => {
    const units = ctx.lists && new Set(ctx.lists.units.map((u) => u.id));
    return ids(f, units === undefined ? id : id.check(z.refine((v) => units.has(v), issue('invalid_value'))));
  },
  attachments: (f) => z.array(id).check(unique, ...itemLimits(undefined, f.maxFiles)),
  consent: () => z.boolean(),
  notice: () => undefined,
  location: () => GeoPoint,
};

/**
 * The schema of a given answer to `field` (undefined for notices, which take no answer).
 * @example fieldSchema({ type: 'phone', key: 'phone', label }, ctx)?.parse('+86 138-1234-1234') // '13812341234'
 */
export function fieldSchema(field: FieldDefinition, ctx: FieldContext): z.ZodMiniType | undefined {
  return (builders[field.type] as (f: FieldDefinition, c: FieldContext) => z.ZodMiniType | undefined)(field, ctx);
}

/** Whether `YYYY-MM-DD` names a real calendar day. */
function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
