/**
 * The validator of a form's answers, compiled from its definition: the same function runs in
 * the browser (before sending) and on the server (for `extra` answers), so both accept and reject
 * exactly the same answers with the same issue codes and messages.
 */
import { type FieldType, type FormDefinition, type Locale, message, type ProblemIssue } from '@tongxin/core';
import { isEmptyAnswer } from './conditions.js';
import { type FieldCheck, type FieldContext, fieldCheck, type OptionLists } from './fields.js';
import { indexForm, own } from './model.js';
import { evaluate } from './rules.js';

/** What a validator depends on besides the definition. */
export type ValidatorContext = {
  /** County lists for `optionsFrom` (and unit ids); without it any code-like value is accepted. */
  config?: OptionLists | undefined;
  /** Today as `YYYY-MM-DD` (resident IDs may not be born later); default: the current date. */
  today?: string | undefined;
  /** Language of issue messages (default zh-Hans; other catalogs must be registered with core). */
  locale?: Locale | undefined;
};

/** The submitted value (hidden fields and unknown keys dropped, values normalised), or the issues. */
export type ValidationResult = { ok: true; value: Record<string, unknown> } | { ok: false; issues: ProblemIssue[] };

/** A compiled validator. */
export type Validator = (answers: Record<string, unknown>) => ValidationResult;

type Compiled = { key: string; type: FieldType; check: FieldCheck }[];

const NO_CONFIG = {};
const cache = new WeakMap<FormDefinition, WeakMap<object, Map<string, Compiled>>>();

/** Today from `YYYY-MM-DD` as a local date (what the resident-ID check compares with). */
function todayOf(today: string | undefined): () => Date {
  if (today === undefined) return () => new Date();
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(today);
  if (!match) throw new RangeError(`today must be YYYY-MM-DD, not ${today}`);
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return () => date;
}

/** The field schemas of `def` for one config and day, built once. */
function compiled(def: FormDefinition, config: OptionLists | undefined, today: string | undefined): Compiled {
  const byConfig = cache.get(def) ?? new WeakMap<object, Map<string, Compiled>>();
  cache.set(def, byConfig);
  const byDay = byConfig.get(config ?? NO_CONFIG) ?? new Map<string, Compiled>();
  byConfig.set(config ?? NO_CONFIG, byDay);
  const found = byDay.get(today ?? '');
  if (found) return found;
  const ctx: FieldContext = { lists: config, today: todayOf(today) };
  const fields = indexForm(def).fields.flatMap(({ field }) => {
    const check = fieldCheck(field, ctx);
    return check ? [{ key: field.key, type: field.type, check }] : [];
  });
  byDay.set(today ?? '', fields);
  return fields;
}

/**
 * Compiles the validator of `def`'s answers. Per the rule state (see `evaluate`): hidden fields are
 * dropped (never validated, never submitted), required applies to visible, enabled fields, and
 * disabled fields are kept but not required. Empty answers (`''`, `[]`, `null`) are left out of
 * the value, and so is an unticked optional consent. Unknown keys are dropped.
 * @example
 * const validate = compileValidator(opinionForm, { config });
 * const result = validate({ title: '路灯不亮', phone: '+86 138-1234-1234', … });
 * if (result.ok) result.value.phone // '13812341234'
 * else result.issues // [{ path: ['situation'], code: 'required', message: '此项还没有填写，请填写' }]
 */
export function compileValidator(def: FormDefinition, context: ValidatorContext = {}): Validator {
  const fields = compiled(def, context.config, context.today);
  const locale = context.locale ?? 'zh-Hans';
  return (input) => {
    const answers = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {};
    const state = evaluate(def, answers);
    const value: Record<string, unknown> = {};
    const issues: ProblemIssue[] = [];
    for (const { key, type, check } of fields) {
      const field = state[key];
      if (!field?.visible) continue;
      const answer = own(answers, key);
      if (isEmptyAnswer(answer) || (type === 'consent' && answer === false)) {
        if (field.required) issues.push({ path: [key], code: 'required', message: message('required', locale) });
        continue;
      }
      const checked = check(answer);
      if (checked.ok) value[key] = checked.value;
      else
        for (const { path, code, params } of checked.issues)
          issues.push({ path: [key, ...path], code, message: message(code, locale, params), ...(params && { params }) });
    }
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
  };
}
