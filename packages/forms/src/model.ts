/**
 * A flat index of a form definition (fields, sections and steps with their paths), built once per
 * definition object and shared by the checker, the rule engine, the validator and the exporter.
 */
import type { FieldDefinition, FormDefinition, FormSection, FormStep } from '@tongxin/core';

/** A location inside a definition, as in zod issue paths. */
export type Path = (string | number)[];

/** One field with where it sits. */
export type FieldEntry = { field: FieldDefinition; section: string; path: Path };
/** One section with where it sits and its fields' keys. */
export type SectionEntry = { section: FormSection; step: string; path: Path; fields: string[] };
/** One step with where it sits. */
export type StepEntry = { step: FormStep; path: Path };

/** The index of a definition. The first of duplicate keys wins in the maps. */
export type FormIndex = {
  fields: FieldEntry[];
  sections: SectionEntry[];
  steps: StepEntry[];
  field: Map<string, FieldEntry>;
  section: Map<string, SectionEntry>;
  step: Map<string, StepEntry>;
};

const cache = new WeakMap<FormDefinition, FormIndex>();

/**
 * The index of `def` (cached per definition object: do not mutate a definition after using it).
 * @example indexForm(def).field.get('phone')?.section // 'contact'
 */
export function indexForm(def: FormDefinition): FormIndex {
  const cached = cache.get(def);
  if (cached) return cached;
  const index: FormIndex = { fields: [], sections: [], steps: [], field: new Map(), section: new Map(), step: new Map() };
  def.steps.forEach((step, s) => {
    const stepEntry = { step, path: ['steps', s] };
    index.steps.push(stepEntry);
    if (!index.step.has(step.key)) index.step.set(step.key, stepEntry);
    step.sections.forEach((section, t) => {
      const sectionEntry = { section, step: step.key, path: ['steps', s, 'sections', t], fields: section.fields.map((f) => f.key) };
      index.sections.push(sectionEntry);
      if (!index.section.has(section.key)) index.section.set(section.key, sectionEntry);
      section.fields.forEach((field, f) => {
        const entry = { field, section: section.key, path: ['steps', s, 'sections', t, 'fields', f] };
        index.fields.push(entry);
        if (!index.field.has(field.key)) index.field.set(field.key, entry);
      });
    });
  });
  cache.set(def, index);
  return index;
}

/** Own property of a plain answers object (never `constructor` & co. from the prototype). */
export const own = (answers: Record<string, unknown>, key: string): unknown => (Object.hasOwn(answers, key) ? answers[key] : undefined);
