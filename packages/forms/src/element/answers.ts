/**
 * Answer helpers of `<tx-form>` that need no DOM: validation with local file placeholders, the
 * first issue per field, and `accept` matching of chosen files.
 */
import type { FormDefinition, ProblemIssue } from '@tongxin/core';
import { compileValidator, type ValidationResult, type ValidatorContext } from '../compile.js';
import { indexForm } from '../model.js';
import type { Answers } from './events.js';

/** Placeholder ids of chosen files in the answers: `local:0`, `local:1`, … */
const LOCAL = /^local:\d+$/;

/** The placeholders of `count` chosen files. */
export const placeholders = (count: number): string[] | undefined =>
  count > 0 ? Array.from({ length: count }, (_, i) => `local:${i}`) : undefined;

/**
 * Validates `answers` against `def`. `local:N` placeholders are not server ids (the id pattern has
 * no `:`), so they are checked as `local_N` stand-ins and put back in the value.
 * @example validateAnswers(def, { config }, { photos: ['local:0'] }) // { ok: true, value: { photos: ['local:0'] } }
 */
export function validateAnswers(def: FormDefinition, context: ValidatorContext, answers: Answers): ValidationResult {
  const standIns = new Map<string, string>();
  const input: Answers = { ...answers };
  for (const { field } of indexForm(def).fields) {
    const list = input[field.key];
    if (field.type !== 'attachments' || !Array.isArray(list)) continue;
    input[field.key] = list.map((v) => {
      if (typeof v !== 'string' || !LOCAL.test(v)) return v;
      const standIn = v.replace(':', '_');
      standIns.set(standIn, v);
      return standIn;
    });
  }
  const result = compileValidator(def, context)(input);
  if (!result.ok || standIns.size === 0) return result;
  const value = { ...result.value };
  for (const [key, v] of Object.entries(value)) if (Array.isArray(v)) value[key] = v.map((x) => standIns.get(x) ?? x);
  return { ok: true, value };
}

/** The first issue message of each field, in the validator's (definition) order. */
export function firstIssues(issues: readonly ProblemIssue[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const issue of issues) {
    const key = String(issue.path[0]);
    if (!first.has(key)) first.set(key, issue.message);
  }
  return first;
}

/** Whether `file` matches an `accept` list (`image/*`, `.pdf`, `application/pdf`); no list accepts all. */
export function accepts(accept: readonly string[] | undefined, file: File): boolean {
  if (!accept?.length) return true;
  return accept.some((a) => {
    const rule = a.trim().toLowerCase();
    if (rule.startsWith('.')) return file.name.toLowerCase().endsWith(rule);
    if (rule.endsWith('/*')) return file.type.toLowerCase().startsWith(rule.slice(0, -1));
    return file.type.toLowerCase() === rule;
  });
}
