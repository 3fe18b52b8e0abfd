/**
 * Messages in the user's language. zh-Hans is built in; zh-Hant and English are separate entry
 * points (`@tongxin/core/locales/zh-Hant`, `…/en`) installed once with {@link registerLocale}, so a
 * page that shows only Simplified Chinese does not download the other catalogs.
 */
import type * as z from 'zod/mini';
import type { Locale } from './contract/common.js';
import type { Problem, ProblemIssue } from './contract/problem.js';
import { PROBLEM_TYPE_PREFIX, type ProblemCode } from './contract/problem-codes.js';
import type { Catalog, MessageKey } from './i18n/catalog.js';
import { zhHans } from './i18n/zh-hans.js';

export type { Catalog, MessageKey, SchemaCode } from './i18n/catalog.js';

const catalogs: Partial<Record<Locale, Catalog>> = { 'zh-Hans': zhHans };

/**
 * Installs the catalog of a language. Until it is installed, that language falls back to zh-Hans.
 * @example
 * import { en } from '@tongxin/core/locales/en';
 * registerLocale('en', en);
 */
export function registerLocale(locale: Locale, catalog: Catalog): void {
  catalogs[locale] = catalog;
}

/** Whether a language's catalog is installed (zh-Hans always is). */
export const hasLocale = (locale: Locale): boolean => catalogs[locale] !== undefined;

/**
 * The message for `key` in `locale` (zh-Hans when that catalog is not installed), `{name}`
 * placeholders filled from `params`. Unknown keys fall back to the generic "not valid" message.
 * @example message('text.too_long', 'zh-Hans', { max: 500 }) // '内容太长，最多只能写500个字，请删减一些'
 */
export function message(key: MessageKey | (string & {}), locale: Locale = 'zh-Hans', params?: Record<string, string | number>): string {
  const catalog = catalogs[locale] ?? zhHans;
  const template = (catalog as Record<string, string>)[key] ?? catalog.invalid;
  return template.replace(/\{(\w+)\}/g, (all, name: string) => String(params?.[name] ?? all));
}

type RawIssue = z.core.$ZodIssue;

/** Maps one zod issue to our stable check code and message parameters. */
function classify(issue: RawIssue): { code: string; params?: Record<string, string | number> } {
  const custom = (issue as { params?: Record<string, string | number> }).params;
  if (issue.code === 'custom' && typeof custom?.code === 'string') {
    const { code, ...rest } = custom;
    return { code, params: rest };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined ? 'required' : 'invalid_type' };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? { code: 'required' } : { code: 'text.too_short', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'array') return { code: 'too_few', params: { min: Number(issue.minimum) } };
      return { code: 'too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'text.too_long', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { code: 'too_many', params: { max: Number(issue.maximum) } };
      return { code: 'too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: 'format' };
    case 'invalid_value':
      return { code: 'invalid_value' };
    case 'invalid_union':
      return { code: 'note' in issue && issue.note === 'No matching discriminator' ? 'invalid_value' : 'invalid' };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys' };
    default:
      return { code: 'invalid' };
  }
}

/**
 * Turns zod issues into the contract's problem issues: stable codes, localized messages.
 * The server and the client both use it, so a field error reads the same wherever it is caught.
 */
export function toProblemIssues(issues: readonly RawIssue[], locale: Locale): ProblemIssue[] {
  return issues.map((issue) => {
    const { code, params } = classify(issue);
    const out: ProblemIssue = {
      path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      code,
      message: message(code, locale, params),
    };
    if (params && Object.keys(params).length > 0) out.params = params;
    return out;
  });
}

/**
 * Builds a problem+json body for a stable code, titled in `locale`.
 * @example makeProblem('not_found', 404, 'zh-Hans', { instance: '/v1/211100/proposals/x' })
 */
export function makeProblem(
  code: ProblemCode,
  status: number,
  locale: Locale,
  extra: Partial<Omit<Problem, 'type' | 'code' | 'status'>> = {},
): Problem {
  return { type: PROBLEM_TYPE_PREFIX + code, title: message(`problem.${code}`, locale), status, code, ...extra };
}
