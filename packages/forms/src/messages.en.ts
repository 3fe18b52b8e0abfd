/** English messages about form definitions, loaded with `ensureDefinitionLocale`. */
import type { Table } from './messages.js';

const en: Table = {
  'definition.schema': '{where}: {detail}',
  'definition.unknown_field_type': '{where} has the type "{type}", which does not exist. Available types: {known}',
  'definition.unknown_value': '{where}: "{value}" is not allowed. Allowed: {allowed}',
  'definition.duplicate_key': 'The key "{key}" is used more than once ({where}). Every step, section and field of a form needs its own key',
  'rule.unknown_field': 'The condition of {where} uses the field "{key}", but the form has no such field',
  'rule.notice_field': 'The condition of {where} uses "{key}", which is a notice: it has no answer and cannot be a condition',
  'rule.unknown_target': '{where} controls "{key}", which does not exist in the form (use the key of a field or section)',
  'rule.target_step': '{where} controls "{key}", which is a step; rules can only control fields and sections',
  'rule.require_section':
    '{where} makes the section "{key}" required; only fields can be required, so choose the fields of the section instead',
  'rule.cycle':
    'Some rules depend on each other in a circle: {cycle}. Change them so that whether a field is shown never depends on itself',
  'rule.value_list': 'The condition "{op}" of {where} needs a list of values, but has a single value',
  'rule.value_scalar': 'The condition "{op}" of {where} compares with one value, but has a list',
  'rule.value_missing': 'The condition "{op}" of {where} has no value to compare with',
  'rule.value_unexpected': 'The condition "{op}" of {where} takes no value; remove it',
  'options.missing': '{where} is a choice field but has neither options nor a list to take them from',
  'options.both': '{where} has both options and a list to take them from; use only one',
  'options.empty': '{where} has no options; add at least one',
  'options.blank_value': '{where} has an option with a blank value',
  'options.duplicate': '{where} has the option value "{value}" more than once',
  'range.length': 'The minimum length of {where} ({min}) is greater than its maximum length ({max})',
  'range.number': 'The minimum of {where} ({min}) is greater than its maximum ({max})',
  'range.date': 'The earliest date of {where} ({min}) is after its latest date ({max})',
  'range.items': 'The minimum number of choices of {where} ({min}) is greater than the maximum ({max})',
  'consent.not_required': '{where} is a consent checkbox and must be required, or the form could be sent without consent',
  'where.form': 'the form',
  'where.step': 'step "{key}"',
  'where.section': 'section "{key}"',
  'where.field': 'field "{key}"',
  'where.rule': 'rule {n}',
  'where.rule_id': 'rule "{key}"',
  'where.part': '{where} ({part})',
  list: ', ',
};

export const table = en;

/** Names of the condition operators. */
export const operators: Record<string, string> = {
  eq: 'equals',
  neq: 'does not equal',
  in: 'is one of',
  not_in: 'is none of',
  empty: 'is empty',
  not_empty: 'is filled in',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  contains: 'contains',
};
