/**
 * Checks a form definition for what its schema cannot see (duplicate keys, rules pointing nowhere,
 * circular rules, impossible limits…) and explains each problem in plain language for the staff
 * who configure forms.
 */
import { FormDefinition, type FormRule, type Locale, type ProblemIssue, toProblemIssues } from '@tongxin/core';
import type * as z from 'zod/mini';
import { conditionLeaves } from './conditions.js';
import { findCycles, visibilityGraph } from './graph.js';
import { type DefinitionCode, definitionMessage, joinList, operatorName } from './messages.js';
import { type FormIndex, indexForm, type Path } from './model.js';

/** One problem of a definition: a stable code, where it is, and what to do, in plain language. */
export type DefinitionProblem = {
  code: DefinitionCode;
  path: Path;
  message: string;
  /** The key of the step, section or field concerned, when there is one. */
  key?: string;
};

/** Outcome of {@link parseDefinition}. */
export type ParseResult = { ok: true; definition: FormDefinition } | { ok: false; problems: DefinitionProblem[] };

type Report = (code: DefinitionCode, path: Path, params: Record<string, string | number>, key?: string) => void;
type Checker = (def: FormDefinition, index: FormIndex, report: Report, locale: Locale) => void;

const fieldName = (key: string, locale: Locale) => definitionMessage('where.field', locale, { key });
const ruleName = (rule: FormRule, r: number, locale: Locale) =>
  rule.id ? definitionMessage('where.rule_id', locale, { key: rule.id }) : definitionMessage('where.rule', locale, { n: r + 1 });

/** Keys are unique across steps, sections and fields of the whole form. */
const uniqueKeys: Checker = (_def, index, report, locale) => {
  const seen = new Map<string, string>();
  const entries = [
    ...index.steps.map(({ step, path }) => ({ key: step.key, path, where: definitionMessage('where.step', locale, { key: step.key }) })),
    ...index.sections.map(({ section, path }) => ({
      key: section.key,
      path,
      where: definitionMessage('where.section', locale, { key: section.key }),
    })),
    ...index.fields.map(({ field, path }) => ({ key: field.key, path, where: fieldName(field.key, locale) })),
  ];
  for (const { key, path, where } of entries) {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, where);
    else report('definition.duplicate_key', [...path, 'key'], { key, where: joinList([first, where], locale) }, key);
  }
};

/** Options, limits and consent of each field. */
const fieldSettings: Checker = (_def, index, report, locale) => {
  for (const { field, path } of index.fields) {
    const where = fieldName(field.key, locale);
    const range = (code: DefinitionCode, min: number | string | undefined, max: number | string | undefined, at: string) => {
      if (min !== undefined && max !== undefined && min > max) report(code, [...path, at], { where, min, max }, field.key);
    };
    switch (field.type) {
      case 'text':
      case 'textarea':
        range('range.length', field.minLength, field.maxLength, 'minLength');
        break;
      case 'number':
        range('range.number', field.min, field.max, 'min');
        break;
      case 'date':
        range('range.date', field.min, field.max, 'min');
        break;
      case 'consent':
        if (field.required !== true) report('consent.not_required', [...path, 'required'], { where }, field.key);
        break;
      case 'checkboxes':
        range('range.items', field.minItems, field.maxItems, 'minItems');
        break;
    }
    if (field.type !== 'select' && field.type !== 'radio' && field.type !== 'checkboxes') continue;
    if (field.options === undefined && field.optionsFrom === undefined) report('options.missing', path, { where }, field.key);
    if (field.options !== undefined && field.optionsFrom !== undefined) report('options.both', path, { where }, field.key);
    if (field.options?.length === 0) report('options.empty', [...path, 'options'], { where }, field.key);
    const values = new Set<string>();
    field.options?.forEach(({ value }, o) => {
      if (value.trim() === '') report('options.blank_value', [...path, 'options', o, 'value'], { where }, field.key);
      else if (values.has(value)) report('options.duplicate', [...path, 'options', o, 'value'], { where, value }, field.key);
      values.add(value);
    });
  }
};

/** Conditions name existing fields with values that fit the operator; targets exist. */
const ruleReferences: Checker = (def, index, report, locale) => {
  def.rules?.forEach((rule, r) => {
    const where = ruleName(rule, r, locale);
    for (const { leaf, path } of conditionLeaves(rule.when, ['rules', r, 'when'])) {
      const { field: key, op, value } = leaf;
      const target = index.field.get(key)?.field;
      if (target === undefined) report('rule.unknown_field', [...path, 'field'], { where, key }, key);
      else if (target.type === 'notice') report('rule.notice_field', [...path, 'field'], { where, key }, key);
      const params = { where, op: operatorName(op, locale) };
      const list = op === 'in' || op === 'not_in';
      if (list && !Array.isArray(value)) report('rule.value_list', [...path, 'value'], params, key);
      else if (op === 'empty' || op === 'not_empty') {
        if (value !== undefined) report('rule.value_unexpected', [...path, 'value'], params, key);
      } else if (!list && Array.isArray(value)) report('rule.value_scalar', [...path, 'value'], params, key);
      else if (value === undefined) report('rule.value_missing', [...path, 'value'], params, key);
    }
    rule.targets.forEach((key, t) => {
      const at = ['rules', r, 'targets', t];
      if (index.field.has(key)) return;
      if (index.section.has(key)) {
        if (rule.effect === 'require') report('rule.require_section', at, { where, key }, key);
      } else if (index.step.has(key)) report('rule.target_step', at, { where, key }, key);
      else report('rule.unknown_target', at, { where, key }, key);
    });
  });
};

/** No field's visibility may depend on itself. */
const circularRules: Checker = (def, _index, report) => {
  for (const { keys, rule } of findCycles(visibilityGraph(def))) {
    report('rule.cycle', rule === undefined ? ['rules'] : ['rules', rule], { cycle: keys.join(' → ') }, keys[0]);
  }
};

const checkers: Checker[] = [uniqueKeys, fieldSettings, ruleReferences, circularRules];

/**
 * Problems of a (schema-valid) definition that its schema cannot see, in plain language.
 * An empty list means the definition can be published.
 * @example
 * checkDefinition(def)
 * // [{ code: 'rule.unknown_field', path: ['rules', 0, 'when', 'field'], key: 'phone',
 * //    message: '第1条规则的条件用到了字段“phone”，但表单里没有这个字段' }]
 */
export function checkDefinition(def: FormDefinition, locale: Locale = 'zh-Hans'): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const report: Report = (code, path, params, key) => {
    const problem: DefinitionProblem = { code, path, message: definitionMessage(code, locale, params) };
    if (key !== undefined) problem.key = key;
    problems.push(problem);
  };
  const index = indexForm(def);
  for (const check of checkers) check(def, index, report, locale);
  return problems;
}

/**
 * {@link checkDefinition} as the issues of a 422 for a definition sent as a request's body: the
 * server and the mock refuse to save a form whose rules point nowhere, whose keys repeat…
 */
export function definitionIssues(def: FormDefinition, locale: Locale = 'zh-Hans'): ProblemIssue[] {
  return checkDefinition(def, locale).map(({ code, path, message }) => ({ path: ['body', ...path], code, message }));
}

/**
 * Parses untrusted JSON as a form definition: the schema first (its issues explained in plain
 * language, e.g. an unknown field type by name), then {@link checkDefinition}.
 * @example
 * const result = parseDefinition(JSON.parse(body));
 * if (!result.ok) showProblems(result.problems);
 */
export function parseDefinition(input: unknown, locale: Locale = 'zh-Hans'): ParseResult {
  const parsed = FormDefinition.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues, input, locale) };
  const problems = checkDefinition(parsed.data, locale);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}

type Issue = z.core.$ZodIssue;

/** Plain-language problems for schema issues. */
function schemaProblems(issues: readonly Issue[], input: unknown, locale: Locale): DefinitionProblem[] {
  return flattenUnions(issues, input).map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const { where, key } = describe(path, input, locale);
    const value = valueAt(input, path);
    const problem = (code: DefinitionCode, params: Record<string, string | number>): DefinitionProblem => ({
      code,
      path,
      message: definitionMessage(code, locale, { where, ...params }),
      ...(key === undefined ? {} : { key }),
    });
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'type' && typeof value === 'string') {
      return problem('definition.unknown_field_type', {
        type: value,
        known: joinList(((issue as { options?: unknown[] }).options ?? []).map(String), locale),
      });
    }
    if (issue.code === 'invalid_value' && (typeof value === 'string' || typeof value === 'number')) {
      return problem('definition.unknown_value', { value, allowed: joinList(issue.values.map(String), locale) });
    }
    const detail = toProblemIssues([issue], locale)[0]?.message ?? '';
    return problem('definition.schema', { detail });
  });
}

/**
 * Replaces a union failure by the issues of the branch that fits the input (the one whose issues
 * concern keys the input has), e.g. `{ field, op: 'bogus' }` → "op: not an allowed value".
 */
function flattenUnions(issues: readonly Issue[], input: unknown): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const here = valueAt(
      input,
      issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    );
    const fits = (branch: Issue[]) =>
      branch.every(({ path: [first] }) => typeof first !== 'string' || (typeof here === 'object' && here !== null && first in here));
    const branch = issue.errors.find(fits) ?? issue.errors[0] ?? [];
    return flattenUnions(
      branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue),
      input,
    );
  });
}

/** The value at `path` inside `input`, if any. */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** "字段“title”（label.zh-Hans）": the innermost step, section, field or rule on `path`, then the rest. */
function describe(path: Path, input: unknown, locale: Locale): { where: string; key?: string } {
  const kinds: Record<string, 'where.step' | 'where.section' | 'where.field'> = {
    steps: 'where.step',
    sections: 'where.section',
    fields: 'where.field',
  };
  let where = definitionMessage('where.form', locale);
  let key: string | undefined;
  let rest = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    const [name, position] = [path[i], path[i + 1]];
    if (typeof name !== 'string' || typeof position !== 'number') continue;
    const item = valueAt(input, path.slice(0, i + 2)) as { key?: unknown; id?: unknown } | undefined;
    const itemKey = typeof item?.key === 'string' ? item.key : `#${position + 1}`;
    const kind = kinds[name];
    if (kind !== undefined) {
      where = definitionMessage(kind, locale, { key: itemKey });
      key = itemKey;
    } else if (name === 'rules' && i === 0) {
      where =
        typeof item?.id === 'string'
          ? definitionMessage('where.rule_id', locale, { key: item.id })
          : definitionMessage('where.rule', locale, { n: position + 1 });
      key = undefined;
    } else continue;
    rest = i + 2;
  }
  const part = path.slice(rest).join('.');
  if (part === '') return key === undefined ? { where } : { where, key };
  where = definitionMessage('where.part', locale, { where, part });
  return key === undefined ? { where } : { where, key };
}
