/**
 * Restoring a draft into a definition that may have changed since it was saved: answers that still
 * fit are kept, the others are reported by key so the user can be told what was lost.
 */
import type { FieldDefinition, FormDefinition } from '@tongxin/core';
import type { Answers } from '../element/events.js';
import { allowedValues, type OptionLists } from '../fields.js';
import { indexForm } from '../model.js';
import { isDraftable } from './filter.js';

/** What a draft remembers of a field it kept an answer for. */
export type DraftField = { type: FieldDefinition['type']; label?: FieldDefinition['label'] };

/** The part of a stored draft that restoring needs. */
export type DraftContent = { answers: Answers; fields?: Record<string, DraftField> | undefined };

/** Answers that fit the current definition, and the keys of those that did not. */
export type RestoredDraft = { answers: Answers; dropped: string[] };

const isString = (v: unknown): v is string => typeof v === 'string';

/** Whether `value` has the shape `field` holds (as the element stores it) and, for choices, is still offered. */
function fits(field: FieldDefinition, value: unknown, lists: OptionLists | undefined): boolean {
  switch (field.type) {
    case 'select':
    case 'radio': {
      const allowed = allowedValues(field, lists);
      return isString(value) && (allowed === undefined || allowed.has(value));
    }
    case 'checkboxes': {
      const allowed = allowedValues(field, lists);
      return Array.isArray(value) && value.every((v) => isString(v) && (allowed === undefined || allowed.has(v)));
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'person':
    case 'unit':
      return field.multiple === true ? Array.isArray(value) && value.every(isString) : isString(value);
    case 'location':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'text':
    case 'textarea':
    case 'date':
    case 'phone':
    case 'division':
      return isString(value);
    default:
      return false;
  }
}

/**
 * Keeps the draft's answers whose key still names a draftable field of the same type (when the
 * draft recorded it) with a value that still fits — a choice still among the options — and lists
 * the other keys as dropped.
 * @example restoreDraft(v2, { answers: { title: '路灯', removed: 'x' } }) // { answers: { title: '路灯' }, dropped: ['removed'] }
 */
export function restoreDraft(def: FormDefinition, draft: DraftContent, lists?: OptionLists): RestoredDraft {
  const index = indexForm(def);
  const answers: Answers = {};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(draft.answers)) {
    if (value === undefined) continue;
    const field = index.field.get(key)?.field;
    const was = draft.fields && Object.hasOwn(draft.fields, key) ? draft.fields[key]?.type : undefined;
    if (field && isDraftable(field) && (was === undefined || was === field.type) && fits(field, value, lists)) answers[key] = value;
    else dropped.push(key);
  }
  return { answers, dropped };
}
