/**
 * Form definitions (low code): versioned JSON documents county offices edit without a programmer.
 * Rules are declarative data — no expressions in strings, no `eval` — so forms run under a strict CSP.
 */
import * as z from 'zod/mini';
import { Code, Count, LocalDate, LocalizedText, PositiveInt, Timestamp } from './common.js';

/** A field or section key: a short identifier, unique within its form. */
export const FieldKey = z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/));

/** Named validation patterns staff choose from instead of writing regular expressions. */
export const PatternPreset = z.enum(['mobile', 'resident_id', 'postcode', 'email', 'division_code', 'doc_number']);

/** One choice of a select, radio or checkboxes field. */
export const FieldOption = z.object({
  value: z.string().check(z.minLength(1), z.maxLength(64)),
  label: LocalizedText,
});

/** County lists that options can come from (cached for offline use). */
export const OptionSource = z.enum([
  'proposalCategories',
  'opinionCategories',
  'sectors',
  'units',
  'answerCategories',
  'notFiledReasons',
  'reportLevels',
]);

const base = {
  key: FieldKey,
  label: LocalizedText,
  help: z.optional(LocalizedText),
  placeholder: z.optional(LocalizedText),
  required: z.optional(z.boolean()),
  /** Sensitive personal data: never written to drafts, masked in lists (PIPL). */
  sensitive: z.optional(z.boolean()),
};

const lengths = {
  /** Minimum length in code points. */
  minLength: z.optional(Count),
  /** Maximum length in code points. */
  maxLength: z.optional(PositiveInt),
};

const choice = {
  /** Inline options… */
  options: z.optional(z.array(FieldOption)),
  /** …or a named county list. */
  optionsFrom: z.optional(OptionSource),
};

/** Every field type the engine renders, discriminated by `type`. */
export const FieldDefinition = z.discriminatedUnion('type', [
  z.object({
    ...base,
    ...lengths,
    type: z.literal('text'),
    pattern: z.optional(PatternPreset),
  }),
  z.object({ ...base, ...lengths, type: z.literal('textarea'), rows: z.optional(PositiveInt) }),
  z.object({
    ...base,
    type: z.literal('number'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    integer: z.optional(z.boolean()),
  }),
  z.object({ ...base, type: z.literal('date'), min: z.optional(LocalDate), max: z.optional(LocalDate) }),
  z.object({ ...base, ...choice, type: z.literal('select') }),
  z.object({ ...base, ...choice, type: z.literal('radio') }),
  z.object({
    ...base,
    ...choice,
    type: z.literal('checkboxes'),
    minItems: z.optional(Count),
    maxItems: z.optional(PositiveInt),
  }),
  z.object({ ...base, type: z.literal('phone') }),
  z.object({ ...base, type: z.literal('resident_id') }),
  z.object({
    ...base,
    type: z.literal('division'),
    /** Deepest level the user must reach. */
    level: z.optional(z.enum(['county', 'town', 'village'])),
  }),
  z.object({ ...base, type: z.literal('person'), multiple: z.optional(z.boolean()), maxItems: z.optional(PositiveInt) }),
  z.object({ ...base, type: z.literal('unit'), multiple: z.optional(z.boolean()), maxItems: z.optional(PositiveInt) }),
  z.object({
    ...base,
    type: z.literal('attachments'),
    maxFiles: z.optional(PositiveInt),
    /** Per-file limit in bytes (default 10 MB). */
    maxSize: z.optional(PositiveInt),
    /** Accepted MIME types or extensions, e.g. `image/*`, `.pdf`. */
    accept: z.optional(z.array(z.string().check(z.maxLength(100)))),
  }),
  z.object({
    ...base,
    type: z.literal('consent'),
    /** The notice the user consents to (separate, unticked). */
    notice: LocalizedText,
    /** Recorded with the submission. */
    noticeVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  }),
  z.object({
    key: FieldKey,
    type: z.literal('notice'),
    label: z.optional(LocalizedText),
    text: LocalizedText,
    tone: z.optional(z.enum(['info', 'warning'])),
  }),
  z.object({ ...base, type: z.literal('location') }),
]);
export type FieldDefinition = z.infer<typeof FieldDefinition>;
export type FieldType = FieldDefinition['type'];

/** Comparison operators of a condition. */
export const ConditionOperator = z.enum(['eq', 'neq', 'in', 'not_in', 'empty', 'not_empty', 'gt', 'gte', 'lt', 'lte', 'contains']);

/** A single comparison on a field's current value. */
export const FieldCondition = z.object({
  field: FieldKey,
  op: ConditionOperator,
  /** Compared value; a list for `in` / `not_in`; absent for `empty` / `not_empty`. */
  value: z.optional(z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))])),
});

/** A condition: a comparison, or all / any of nested conditions. */
export type Condition = z.infer<typeof FieldCondition> | { all: Condition[] } | { any: Condition[] };
export const Condition: z.ZodMiniType<Condition> = z.union([
  FieldCondition,
  z.object({
    get all() {
      return z.array(Condition).check(z.minLength(1));
    },
  }),
  z.object({
    get any() {
      return z.array(Condition).check(z.minLength(1));
    },
  }),
]);

/** A declarative rule: when the condition holds, apply the effect to fields or sections. */
export const FormRule = z.object({
  id: z.optional(FieldKey),
  when: Condition,
  effect: z.enum(['show', 'hide', 'require', 'disable']),
  /** Field or section keys the effect applies to. */
  targets: z.array(FieldKey).check(z.minLength(1)),
});
export type FormRule = z.infer<typeof FormRule>;

/** A section groups fields under a heading. */
export const FormSection = z.object({
  key: FieldKey,
  title: z.optional(LocalizedText),
  help: z.optional(LocalizedText),
  fields: z.array(FieldDefinition),
});
export type FormSection = z.infer<typeof FormSection>;

/** A step of a multi-step form. */
export const FormStep = z.object({
  key: FieldKey,
  title: LocalizedText,
  sections: z.array(FormSection).check(z.minLength(1)),
});
export type FormStep = z.infer<typeof FormStep>;

/** A versioned form definition. */
export const FormDefinition = z.object({
  /** Format version of this JSON document. */
  schemaVersion: z.literal(1),
  id: Code,
  /** Increases with every saved change; submissions record it. */
  version: PositiveInt,
  /** What the form is for. */
  purpose: z.enum(['proposal', 'opinion', 'clue', 'task_update', 'other']),
  title: LocalizedText,
  description: z.optional(LocalizedText),
  steps: z.array(FormStep).check(z.minLength(1)),
  rules: z.optional(z.array(FormRule)),
  /** Days a draft of this form is kept on a device. */
  draftTtlDays: z.optional(PositiveInt),
});
export type FormDefinition = z.infer<typeof FormDefinition>;

/** A stored form version with its publication state. */
export const FormVersion = z.object({
  definition: FormDefinition,
  status: z.enum(['draft', 'published', 'archived']),
  createdAt: Timestamp,
  publishedAt: z.optional(Timestamp),
});
export type FormVersion = z.infer<typeof FormVersion>;

/** Summary of a form for lists: the newest version and the published one. */
export const FormSummary = z.object({
  id: Code,
  purpose: FormDefinition.shape.purpose,
  title: LocalizedText,
  latestVersion: PositiveInt,
  publishedVersion: z.optional(PositiveInt),
  updatedAt: Timestamp,
});
export type FormSummary = z.infer<typeof FormSummary>;
