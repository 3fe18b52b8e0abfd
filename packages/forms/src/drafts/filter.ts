/**
 * What a draft may keep: never sensitive personal data (resident ID numbers and every field the
 * definition marks `sensitive`), never files (attachments) and never consent (given again).
 */
import type { FieldDefinition, FormDefinition } from '@tongxin/core';
import type { Answers } from '../element/events.js';
import { indexForm, own } from '../model.js';

/** Field types whose answers are never written to a draft. */
const NEVER_KEPT: ReadonlySet<FieldDefinition['type']> = new Set(['resident_id', 'attachments', 'consent', 'notice']);

/**
 * Whether a field's answer may be written to a draft.
 * @example isDraftable({ type: 'text', key: 'name', label, sensitive: true }) // false
 */
export function isDraftable(field: FieldDefinition): boolean {
  return !NEVER_KEPT.has(field.type) && !('sensitive' in field && field.sensitive === true);
}

/**
 * The answers of `def`'s draftable fields (a fresh object). Keys the definition does not know are
 * left out, and a key used twice is kept only when every field with it is draftable.
 * @example draftAnswers(def, { title: '路灯', idNumber: '2111…' }) // { title: '路灯' }
 */
export function draftAnswers(def: FormDefinition, answers: Answers): Answers {
  const allowed = new Set<string>();
  const blocked = new Set<string>();
  for (const { field } of indexForm(def).fields) (isDraftable(field) ? allowed : blocked).add(field.key);
  const kept: Answers = {};
  for (const key of allowed) {
    if (blocked.has(key)) continue;
    const value = own(answers, key);
    if (value !== undefined) kept[key] = value;
  }
  return kept;
}
