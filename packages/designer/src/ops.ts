/**
 * Edit operations on a form definition, as pure functions: each returns a new definition and never
 * changes its input, so that the designer's undo history can keep every state it has shown.
 * Problems an edit may leave (a rule pointing at a removed field, a select without options…) are
 * not prevented here; `checkDefinition` from `@tongxin/forms` explains them to the user.
 */
import type { Condition, FieldDefinition, FieldType, FormDefinition, FormRule, FormSection, Locale, LocalizedText } from '@tongxin/core';

/** A single comparison of a condition (`{ field, op, value }`). */
export type FieldCondition = Extract<Condition, { field: string }>;

/** Where a field sits: step, section and position in the section. */
export type FieldAddress = { step: number; section: number; field: number };

/** A place to add a field: a section, and optionally the position (default: the end). */
export type Placement = { step: number; section: number; index?: number };

/** Field types staff can add (the others stay editable when a definition already has them). */
export const ADDABLE_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'radio',
  'checkboxes',
  'phone',
  'resident_id',
  'division',
  'attachments',
  'notice',
] as const satisfies readonly FieldType[];

const CHOICE_TYPES = new Set<FieldType>(['select', 'radio', 'checkboxes']);
/** Whether fields of `type` take options. */
export const isChoice = (type: FieldType): boolean => CHOICE_TYPES.has(type);

const clone = <T>(value: T): T => structuredClone(value);

/** Every field with its address, in form order. */
export function listFields(def: FormDefinition): { field: FieldDefinition; address: FieldAddress }[] {
  return def.steps.flatMap((step, s) =>
    step.sections.flatMap((section, c) => section.fields.map((field, f) => ({ field, address: { step: s, section: c, field: f } }))),
  );
}

/** The address of the field `key`, if the form has it. */
export function findField(def: FormDefinition, key: string): FieldAddress | undefined {
  return listFields(def).find(({ field }) => field.key === key)?.address;
}

/** The field `key`, if the form has it. */
export const getField = (def: FormDefinition, key: string): FieldDefinition | undefined =>
  listFields(def).find(({ field }) => field.key === key)?.field;

/** Every key used by a step, section or field. */
function usedKeys(def: FormDefinition): Set<string> {
  const keys = new Set<string>();
  for (const step of def.steps) {
    keys.add(step.key);
    for (const section of step.sections) {
      keys.add(section.key);
      for (const field of section.fields) keys.add(field.key);
    }
  }
  return keys;
}

/** A key not yet used in the form: `field1`, `field2`, … (or `${base}1`…). */
export function freshKey(def: FormDefinition, base = 'field'): string {
  const keys = usedKeys(def);
  for (let n = 1; ; n++) if (!keys.has(`${base}${n}`)) return `${base}${n}`;
}

const zh = (text: string): LocalizedText => ({ 'zh-Hans': text });

/** A new field of `type` with a placeholder label, ready to be edited. */
export function createField(type: FieldType, key: string): FieldDefinition {
  const label = zh('新字段');
  switch (type) {
    case 'select':
    case 'radio':
    case 'checkboxes':
      return {
        type,
        key,
        label,
        options: [
          { value: 'a', label: zh('选项一') },
          { value: 'b', label: zh('选项二') },
        ],
      };
    case 'notice':
      return { type, key, text: zh('说明文字') };
    case 'consent':
      return { type, key, label: zh('我已阅读并同意'), notice: zh('说明文字'), noticeVersion: '1', required: true };
    default:
      return { type, key, label } as FieldDefinition;
  }
}

/**
 * Adds a new field of `type` at `at` (default: the end of the last section) and returns the new
 * definition with the field's key.
 */
export function addField(def: FormDefinition, type: FieldType, at?: Placement): { definition: FormDefinition; key: string } {
  const next = clone(def);
  const step = at?.step ?? next.steps.length - 1;
  const sections = next.steps[step]?.sections;
  const section = sections?.[at?.section ?? sections.length - 1];
  if (!section) throw new RangeError(`[tongxin] no section at step ${step}, section ${at?.section}: add a section first`);
  const key = freshKey(def);
  section.fields.splice(at?.index ?? section.fields.length, 0, createField(type, key));
  return { definition: next, key };
}

/** Removes the field `key` (rules that use it stay, and are reported by the checker). */
export function removeField(def: FormDefinition, key: string): FormDefinition {
  const at = findField(def, key);
  if (!at) return def;
  const next = clone(def);
  next.steps[at.step]!.sections[at.section]!.fields.splice(at.field, 1);
  return next;
}

/** All sections in form order, with their step and position. */
const sectionSlots = (def: FormDefinition) => def.steps.flatMap((step, s) => step.sections.map((_, c) => ({ step: s, section: c })));

/**
 * Moves the field `key` one place up (`-1`) or down (`1`); at the edge of its section it moves to
 * the end of the previous section or the start of the next one. Unchanged at the form's edges.
 */
export function moveField(def: FormDefinition, key: string, delta: -1 | 1): FormDefinition {
  const at = findField(def, key);
  if (!at) return def;
  const next = clone(def);
  const fields = next.steps[at.step]!.sections[at.section]!.fields;
  const target = at.field + delta;
  if (target >= 0 && target < fields.length) {
    const [field] = fields.splice(at.field, 1);
    fields.splice(target, 0, field!);
    return next;
  }
  const slots = sectionSlots(def);
  const here = slots.findIndex((s) => s.step === at.step && s.section === at.section);
  const slot = slots[here + delta];
  if (!slot) return def;
  const [field] = fields.splice(at.field, 1);
  const into = next.steps[slot.step]!.sections[slot.section]!.fields;
  if (delta < 0) into.push(field!);
  else into.unshift(field!);
  return next;
}

/** Moves the field `key` just before the field `before` (drag and drop), possibly into another section. */
export function moveFieldBefore(def: FormDefinition, key: string, before: string): FormDefinition {
  if (key === before) return def;
  const from = findField(def, key);
  if (!from || !findField(def, before)) return def;
  const next = clone(def);
  const [field] = next.steps[from.step]!.sections[from.section]!.fields.splice(from.field, 1);
  const to = findField(next, before)!;
  next.steps[to.step]!.sections[to.section]!.fields.splice(to.field, 0, field!);
  return next;
}

/** Renames `from` to `to` wherever rules use it (conditions and targets). */
function renameInRules(rules: FormRule[] | undefined, from: string, to: string): void {
  const walk = (c: Condition): void => {
    if ('field' in c) {
      if (c.field === from) c.field = to;
    } else for (const inner of 'all' in c ? c.all : c.any) walk(inner);
  };
  for (const rule of rules ?? []) {
    walk(rule.when);
    rule.targets = rule.targets.map((t) => (t === from ? to : t));
  }
}

/**
 * Sets properties of the field `key`; a property set to `undefined` is removed. Changing the key
 * also renames it in the rules, so that they keep pointing at the field.
 * @example updateField(def, 'phone', { required: true })
 */
export function updateField(def: FormDefinition, key: string, patch: Record<string, unknown>): FormDefinition {
  const at = findField(def, key);
  if (!at) return def;
  const next = clone(def);
  const fields = next.steps[at.step]!.sections[at.section]!.fields;
  const field = { ...fields[at.field] } as Record<string, unknown>;
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) delete field[name];
    else field[name] = value;
  }
  fields[at.field] = field as FieldDefinition;
  if (typeof patch.key === 'string' && patch.key !== key) renameInRules(next.rules, key, patch.key);
  return next;
}

/**
 * `text` with `locale` set to `value` (removed when blank). Returns `undefined` when nothing is
 * left, for optional texts such as help; a label keeps an empty zh-Hans (the checker reports it).
 */
export function withText(text: LocalizedText | undefined, locale: Locale, value: string, keep = false): LocalizedText | undefined {
  const next: Record<string, string | undefined> = { 'zh-Hans': '', ...text };
  if (value.trim() === '' && locale !== 'zh-Hans') delete next[locale];
  else next[locale] = value;
  if (!keep && Object.values(next).every((v) => (v ?? '').trim() === '')) return undefined;
  return next as LocalizedText;
}

/** Changes the type of the field `key`, keeping what every field has (key, label, help, required, sensitive). */
export function changeType(def: FormDefinition, key: string, type: FieldType): FormDefinition {
  const at = findField(def, key);
  const old = at && (getField(def, key) as Record<string, unknown>);
  if (!at || !old || old.type === type) return def;
  const fresh = createField(type, key) as Record<string, unknown>;
  for (const name of ['label', 'help', 'placeholder', 'required', 'sensitive']) {
    if (old[name] !== undefined && (name !== 'label' || type !== 'notice')) fresh[name] = old[name];
  }
  if (isChoice(type) && isChoice(old.type as FieldType)) {
    delete fresh.options;
    if (old.options !== undefined) fresh.options = old.options;
    if (old.optionsFrom !== undefined) fresh.optionsFrom = old.optionsFrom;
  }
  const next = clone(def);
  next.steps[at.step]!.sections[at.section]!.fields[at.field] = fresh as FieldDefinition;
  return next;
}

/** Adds an empty section with a heading at the end of step `step`. */
export function addSection(def: FormDefinition, step: number): { definition: FormDefinition; key: string } {
  const next = clone(def);
  const key = freshKey(def, 'section');
  next.steps[step]?.sections.push({ key, title: zh('新分组'), fields: [] });
  return { definition: next, key };
}

/** Removes a section and its fields (a step keeps at least one section). */
export function removeSection(def: FormDefinition, step: number, section: number): FormDefinition {
  const sections = def.steps[step]?.sections;
  if (!sections || sections.length <= 1 || !sections[section]) return def;
  const next = clone(def);
  next.steps[step]!.sections.splice(section, 1);
  return next;
}

/** Moves a section of a step to position `to` (0-based) within that step; unchanged when either is out of range. */
export function moveSection(def: FormDefinition, step: number, from: number, to: number): FormDefinition {
  const sections = def.steps[step]?.sections;
  if (!sections?.[from] || to < 0 || to >= sections.length || from === to) return def;
  const next = clone(def);
  const list = next.steps[step]!.sections;
  list.splice(to, 0, ...list.splice(from, 1));
  return next;
}

/** Sets properties of a section (`undefined` removes one). */
export function updateSection(def: FormDefinition, step: number, section: number, patch: Partial<FormSection>): FormDefinition {
  if (!def.steps[step]?.sections[section]) return def;
  const next = clone(def);
  const target = next.steps[step]!.sections[section]! as Record<string, unknown>;
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) delete target[name];
    else target[name] = value;
  }
  return next;
}

/** Adds a rule at the end. */
export function addRule(def: FormDefinition, rule: FormRule): FormDefinition {
  const next = clone(def);
  next.rules = [...(next.rules ?? []), clone(rule)];
  return next;
}

/** Replaces rule `index`. */
export function updateRule(def: FormDefinition, index: number, rule: FormRule): FormDefinition {
  if (!def.rules?.[index]) return def;
  const next = clone(def);
  next.rules![index] = clone(rule);
  return next;
}

/** Removes rule `index` (and the empty `rules` list). */
export function removeRule(def: FormDefinition, index: number): FormDefinition {
  if (!def.rules?.[index]) return def;
  const next = clone(def);
  next.rules!.splice(index, 1);
  if (next.rules!.length === 0) delete next.rules;
  return next;
}

/** A condition the point-and-click builder can show: comparisons joined by AND (`all`) or OR (`any`). */
export type SimpleCondition = { join: 'all' | 'any'; leaves: FieldCondition[] };

/** The flat form of `condition`, or `undefined` when it nests groups (edit those as JSON). */
export function toSimple(condition: Condition): SimpleCondition | undefined {
  if ('field' in condition) return { join: 'all', leaves: [condition] };
  const join = 'all' in condition ? 'all' : 'any';
  const list = 'all' in condition ? condition.all : condition.any;
  if (!list.every((c) => 'field' in c)) return undefined;
  return { join, leaves: list as FieldCondition[] };
}

/** The condition for a flat list of comparisons (a single one stands alone). */
export function fromSimple({ join, leaves }: SimpleCondition): Condition {
  if (leaves.length === 1) return leaves[0]!;
  return join === 'all' ? { all: leaves } : { any: leaves };
}
