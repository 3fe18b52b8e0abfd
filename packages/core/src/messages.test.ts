import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { MobileNumber, text } from './contract/common.js';
import { PROBLEM_CODES } from './contract/problem.js';
import { en } from './i18n/en.js';
import { zhHans } from './i18n/zh-hans.js';
import { zhHant } from './i18n/zh-hant.js';
import { hasLocale, makeProblem, message, registerLocale, toProblemIssues } from './messages.js';

const catalogs = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

describe('message catalogs', () => {
  it('translate the same keys, each non-empty, with the same placeholders', () => {
    const keys = Object.keys(zhHans).sort();
    for (const [locale, catalog] of Object.entries(catalogs)) {
      assert.deepEqual(Object.keys(catalog).sort(), keys, locale);
      for (const key of keys) {
        const text = (catalog as Record<string, string>)[key]!;
        assert.ok(text.trim().length > 0, `${locale} ${key}`);
        assert.deepEqual(
          text.match(/\{\w+\}/g) ?? [],
          (zhHans as Record<string, string>)[key]!.match(/\{\w+\}/g) ?? [],
          `${locale} ${key}`,
        );
      }
    }
  });
  it('cover every problem code', () => {
    for (const code of PROBLEM_CODES) assert.ok(`problem.${code}` in zhHans, code);
  });
  it('use Traditional characters in zh-Hant and no Han characters in English', () => {
    assert.match(zhHant['phone.format'], /手機號碼/);
    for (const value of Object.values(en)) assert.doesNotMatch(value, /\p{Script=Han}/u);
  });
});

describe('message()', () => {
  it('fills placeholders, and falls back to zh-Hans until a catalog is installed', () => {
    assert.equal(message('text.too_long', 'zh-Hans', { max: 500 }), '内容太长，最多只能写500个字，请删减一些');
    assert.equal(hasLocale('en'), false);
    assert.equal(message('required', 'en'), zhHans.required);
    registerLocale('en', en);
    assert.equal(message('text.too_long', 'en', { max: 20 }), 'This is too long; please shorten it to at most 20 characters');
  });
  it('answers unknown keys with the generic message instead of undefined', () => {
    assert.equal(message('no.such.key', 'zh-Hans'), zhHans.invalid);
  });
});

describe('toProblemIssues()', () => {
  const schema = z.object({
    title: text(10, 1),
    phone: MobileNumber,
    count: z.number().check(z.lte(3)),
    tags: z.array(z.string()).check(z.maxLength(2)),
    kind: z.enum(['a', 'b']),
  });
  it('maps zod issues to stable codes, paths and localized messages', () => {
    const result = schema.safeParse({
      title: '关于𣵦𣵦𣵦𣵦𣵦𣵦𣵦𣵦𣵦𣵦𣵦的建议',
      phone: '123',
      count: 9,
      tags: ['x', 'y', 'z'],
      kind: 'c',
    });
    assert.equal(result.success, false);
    const issues = toProblemIssues(result.error!.issues, 'zh-Hans');
    const byPath = Object.fromEntries(issues.map((i) => [i.path.join('.'), i]));
    assert.equal(byPath.title?.code, 'text.too_long');
    assert.equal(byPath.title?.message, '内容太长，最多只能写10个字，请删减一些');
    assert.equal(byPath.phone?.code, 'phone.format');
    assert.equal(byPath.count?.code, 'too_big');
    assert.equal(byPath.tags?.code, 'too_many');
    assert.equal(byPath.kind?.code, 'invalid_value');
  });
  it('tells a wrong type from a missing value when the input is reported', () => {
    const result = schema.safeParse({ title: 42 }, { reportInput: true });
    const byPath = Object.fromEntries(toProblemIssues(result.error!.issues, 'zh-Hans').map((i) => [i.path.join('.'), i.code]));
    assert.equal(byPath.title, 'invalid_type');
    assert.equal(byPath.phone, 'required');
  });
  it('reports a missing field as required', () => {
    const result = schema.safeParse({});
    const codes = toProblemIssues(result.error!.issues, 'zh-Hans').map((i) => `${i.path.join('.')}:${i.code}`);
    assert.ok(codes.includes('title:required'), codes.join());
    assert.ok(codes.includes('phone:required'), codes.join());
  });
});

describe('makeProblem()', () => {
  it('builds an RFC 9457 body with a stable type URI and a localized title', () => {
    assert.deepEqual(makeProblem('not_found', 404, 'zh-Hans', { instance: '/v1/211100/tasks/x' }), {
      type: 'urn:tongxin:problem:not_found',
      title: '没有找到要查看的内容',
      status: 404,
      code: 'not_found',
      instance: '/v1/211100/tasks/x',
    });
  });
});
