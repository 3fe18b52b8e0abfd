/**
 * JSON Schema (draft 2020-12) of a form's answers, for other systems and documentation. It
 * describes the *stored* form of each value (e.g. a mobile number as 11 digits), as core's
 * OpenAPI does; the compiled validator stays the authority. Approximated:
 * - inputs the validator normalises (`+86 138-…`, full-width digits, surrounding spaces) are
 *   described in their normalised form only;
 * - rules become `if`/`then`; a condition reading a field that may itself be hidden reads its
 *   answer as the validator does not (the validator sees a hidden field as empty);
 * - a field whose visibility or disabling depends on more than one rule is not marked required
 *   at all, and conditions that cannot be written (`gt` on dates, …) drop their rule — the
 *   schema is then looser than the validator, never stricter; `$comment` names such fields;
 * - hidden fields and unknown keys are dropped by the validator, not rejected, so
 *   `additionalProperties` stays open; date limits are only given in `$comment`.
 */
import type { Condition, FieldDefinition, FieldType, FormDefinition, FormRule } from '@tongxin/core';
import { Crs } from '@tongxin/core';
import { allowedValues, DEFAULT_MAX_LENGTH, type OptionLists, PATTERNS } from './fields.js';
import { type FieldEntry, type FormIndex, indexForm } from './model.js';

/** The subset of JSON Schema this module writes. */
export type JsonSchema = {
  $schema?: string;
  $comment?: string;
  title?: string;
  description?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  contains?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
};

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

const id: JsonSchema = { type: 'string', pattern: PATTERNS.id };
const many = (field: { multiple?: boolean | undefined; maxItems?: number | undefined }, one: JsonSchema): JsonSchema =>
  field.multiple
    ? { type: 'array', items: one, uniqueItems: true, ...(field.maxItems === undefined ? {} : { maxItems: field.maxItems }) }
    : one;
const choice = (values: Set<string> | undefined): JsonSchema =>
  values === undefined ? { type: 'string', pattern: PATTERNS.code } : { type: 'string', enum: [...values] };
const textPatterns: Record<string, JsonSchema> = {
  mobile: { pattern: PATTERNS.mobile },
  resident_id: { pattern: PATTERNS.residentId },
  division_code: { pattern: PATTERNS.division },
  postcode: { pattern: PATTERNS.postcode },
  email: { format: 'email', pattern: PATTERNS.email },
  doc_number: { pattern: PATTERNS.docNumber },
};

type Writers = {
  [T in FieldType]: (field: Extract<FieldDefinition, { type: T }>, lists: OptionLists | undefined) => JsonSchema | undefined;
};

/** The schema of each field type's stored value. */
const writers: Writers = {
  text: (f) => ({
    type: 'string',
    ...(f.minLength ? { minLength: f.minLength } : {}),
    maxLength: f.maxLength ?? DEFAULT_MAX_LENGTH.text,
    ...(f.pattern ? textPatterns[f.pattern] : {}),
  }),
  textarea: (f) => ({
    type: 'string',
    ...(f.minLength ? { minLength: f.minLength } : {}),
    maxLength: f.maxLength ?? DEFAULT_MAX_LENGTH.textarea,
  }),
  number: (f) => ({
    type: f.integer ? 'integer' : 'number',
    ...(f.min === undefined ? {} : { minimum: f.min }),
    ...(f.max === undefined ? {} : { maximum: f.max }),
  }),
  date: (f) => ({
    type: 'string',
    format: 'date',
    pattern: PATTERNS.date,
    ...(f.min === undefined && f.max === undefined ? {} : { $comment: `from ${f.min ?? '…'} to ${f.max ?? '…'}` }),
  }),
  select: (f, lists) => choice(allowedValues(f, lists)),
  radio: (f, lists) => choice(allowedValues(f, lists)),
  checkboxes: (f, lists) => ({
    type: 'array',
    items: choice(allowedValues(f, lists)),
    uniqueItems: true,
    ...(f.minItems === undefined ? {} : { minItems: f.minItems }),
    ...(f.maxItems === undefined ? {} : { maxItems: f.maxItems }),
  }),
  phone: () => ({ type: 'string', pattern: PATTERNS.mobile }),
  resident_id: () => ({ type: 'string', pattern: PATTERNS.residentId }),
  division: (f) => ({ type: 'string', pattern: f.level === undefined ? PATTERNS.division : PATTERNS.divisionLevel[f.level] }),
  person: (f) => many(f, id),
  unit: (f, lists) => many(f, lists === undefined ? id : { type: 'string', enum: lists.units.map((u) => u.id) }),
  attachments: (f) => ({ type: 'array', items: id, uniqueItems: true, ...(f.maxFiles === undefined ? {} : { maxItems: f.maxFiles }) }),
  consent: (f) => (f.required ? { type: 'boolean', const: true } : { type: 'boolean' }),
  notice: () => undefined,
  location: () => ({
    type: 'object',
    properties: {
      lng: { type: 'number', minimum: -180, maximum: 180 },
      lat: { type: 'number', minimum: -90, maximum: 90 },
      crs: { type: 'string', enum: [...Crs.options] },
    },
    required: ['lng', 'lat', 'crs'],
  }),
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const blank: JsonSchema = { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^\\s*$' }, { type: 'array', maxItems: 0 }] };
const has = (key: string, schema: JsonSchema): JsonSchema => ({ required: [key], properties: { [key]: schema } });

/** A condition as a schema the answers match exactly when it holds; undefined when it cannot be written. */
function conditionSchema(condition: Condition, index: FormIndex): JsonSchema | undefined {
  if ('all' in condition || 'any' in condition) {
    const parts = ('all' in condition ? condition.all : condition.any).map((c) => conditionSchema(c, index));
    if (parts.some((p) => p === undefined)) return undefined;
    return 'all' in condition ? { allOf: parts as JsonSchema[] } : { anyOf: parts as JsonSchema[] };
  }
  const { field: key, op, value } = condition;
  const type = index.field.get(key)?.field.type;
  if (type === undefined || type === 'notice') return undefined;
  const isArray = type === 'checkboxes' || type === 'attachments' || type === 'person' || type === 'unit';
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  const inList = (values: unknown[]): JsonSchema => has(key, isArray ? { type: 'array', contains: { enum: values } } : { enum: values });
  switch (op) {
    case 'eq':
    case 'neq': {
      // An array answer never equals a single value.
      const equal = scalar && !isArray ? has(key, { const: value }) : { not: {} };
      return op === 'eq' ? equal : { not: equal };
    }
    case 'in':
    case 'not_in':
      if (!Array.isArray(value)) return undefined;
      return op === 'in' ? inList(value) : { not: inList(value) };
    case 'empty':
      return { not: has(key, { not: blank }) };
    case 'not_empty':
      return has(key, { not: blank });
    case 'contains':
      if (!scalar || typeof value === 'boolean') return undefined;
      return has(key, isArray ? { type: 'array', contains: { const: value } } : { type: 'string', pattern: escapeRegExp(String(value)) });
    default: {
      if (typeof value !== 'number') return undefined; // dates and other strings compare as text: not expressible
      const bound = { gt: 'exclusiveMinimum', gte: 'minimum', lt: 'exclusiveMaximum', lte: 'maximum' }[op];
      return has(key, { type: 'number', [bound]: value });
    }
  }
}

/**
 * When a field is required, as a schema the answers match (`true`: always, `false`: never), and
 * whether that is looser than the validator. Required = (its flag, or any `require` rule) while
 * the one show/hide/disable rule on it or its section lets it be answered.
 */
function requiredWhen(entry: FieldEntry, rules: readonly FormRule[], index: FormIndex): { when: JsonSchema | boolean; loose: boolean } {
  const { field, section } = entry;
  const flagged = field.type !== 'notice' && field.required === true;
  const targets = (r: FormRule) => r.targets.includes(field.key) || (r.effect !== 'require' && r.targets.includes(section));
  const guards = rules.filter((r) => r.effect !== 'require' && targets(r));
  const requires = flagged ? [] : rules.filter((r) => r.effect === 'require' && targets(r)).map((r) => conditionSchema(r.when, index));
  const written = requires.filter((c): c is JsonSchema => c !== undefined);
  const loose = written.length < requires.length;
  const base: JsonSchema | boolean = flagged
    ? true
    : written.length === 0
      ? false
      : written.length === 1
        ? (written[0] as JsonSchema)
        : { anyOf: written };
  if (base === false || guards.length === 0) return { when: base, loose };
  const guard = guards.length === 1 ? conditionSchema((guards[0] as FormRule).when, index) : undefined;
  if (guard === undefined) return { when: false, loose: true };
  const answerable = (guards[0] as FormRule).effect === 'show' ? guard : { not: guard };
  const same = base === true || JSON.stringify(base) === JSON.stringify(answerable);
  return { when: same ? answerable : { allOf: [base, answerable] }, loose };
}

/** `if` the condition holds, `then` the fields are required. */
// biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a promise.
const ifThen = (c: { if: JsonSchema; keys: string[] }): JsonSchema => ({ if: c.if, then: { required: c.keys } });

/**
 * JSON Schema (draft 2020-12) of the answers to `def` (see the module comment for what is approximated).
 * @example
 * const schema = toJsonSchema(opinionForm, { config });
 * schema.properties?.phone // { title: '手机号码', type: 'string', pattern: '^1[3-9]\\d{9}$' }
 */
export function toJsonSchema(def: FormDefinition, context: { config?: OptionLists | undefined } = {}): JsonSchema {
  const index = indexForm(def);
  const rules = def.rules ?? [];
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const conditional = new Map<string, { if: JsonSchema; keys: string[] }>();
  const approximated: string[] = [];
  for (const entry of index.fields) {
    const { field } = entry;
    const schema = (writers[field.type] as (f: FieldDefinition, l: OptionLists | undefined) => JsonSchema | undefined)(
      field,
      context.config,
    );
    if (schema === undefined || field.type === 'notice') continue;
    properties[field.key] = {
      title: field.label['zh-Hans'],
      ...(field.help ? { description: field.help['zh-Hans'] } : {}),
      ...schema,
    };
    const { when, loose } = requiredWhen(entry, rules, index);
    if (loose) approximated.push(field.key);
    if (when === true) required.push(field.key);
    else if (when !== false) {
      const key = JSON.stringify(when);
      const entry = conditional.get(key) ?? { if: when, keys: [] };
      entry.keys.push(field.key);
      conditional.set(key, entry);
    }
  }
  const notes = [
    'Stored (normalised) values; rules as if/then; looser than the compiled validator where noted.',
    ...(approximated.length > 0 ? [`Required-ness not fully expressed for: ${approximated.join(', ')}.`] : []),
  ];
  return {
    $schema: DRAFT,
    $comment: notes.join(' '),
    title: def.title['zh-Hans'],
    ...(def.description ? { description: def.description['zh-Hans'] } : {}),
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(conditional.size > 0 ? { allOf: [...conditional.values()].map(ifThen) } : {}),
  };
}
