import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { FieldDefinition, FormRule } from '@tongxin/core';
import { checkDefinition, parseDefinition } from './check.js';
import { formOf, opinionForm, proposalForm } from './forms.fixtures.js';
import { ensureDefinitionLocale } from './messages.js';

// zh-Hant and English are loaded on demand; loaded here for the tests in those languages.
before(async () => {
  await ensureDefinitionLocale('zh-Hant');
  await ensureDefinitionLocale('en');
});

const zh = (s: string) => ({ 'zh-Hans': s });
const text = (key: string, extra: Partial<FieldDefinition> = {}) => ({ type: 'text', key, label: zh(key), ...extra }) as FieldDefinition;
const codes = (fields: FieldDefinition[], rules: FormRule[] = []) => checkDefinition(formOf(fields, rules)).map((p) => p.code);

describe('checkDefinition', () => {
  it('accepts the fixture forms', () => {
    assert.deepEqual(checkDefinition(opinionForm), []);
    assert.deepEqual(checkDefinition(proposalForm), []);
    assert.equal(parseDefinition(JSON.parse(JSON.stringify(opinionForm))).ok, true);
  });

  it('rejects duplicate keys across fields, sections and steps', () => {
    const problems = checkDefinition(formOf([text('title'), text('title'), text('main'), text('step1')]));
    assert.deepEqual(
      problems.map((p) => [p.code, p.key, p.path.join('.')]),
      [
        ['definition.duplicate_key', 'title', 'steps.0.sections.0.fields.1.key'],
        ['definition.duplicate_key', 'main', 'steps.0.sections.0.fields.2.key'],
        ['definition.duplicate_key', 'step1', 'steps.0.sections.0.fields.3.key'],
      ],
    );
    assert.equal(problems[1]?.message, '编号“main”用了不止一次（分组“main”、字段“main”）。整个表单里每个步骤、分组和字段的编号都不能重复');
  });

  it('rejects a rule whose condition or target names a missing key', () => {
    const problems = checkDefinition(
      formOf([text('a')], [{ when: { field: 'nope', op: 'empty' }, effect: 'show', targets: ['a', 'ghost'] }]),
    );
    assert.deepEqual(
      problems.map((p) => [p.code, p.key, p.path.join('.')]),
      [
        ['rule.unknown_field', 'nope', 'rules.0.when.field'],
        ['rule.unknown_target', 'ghost', 'rules.0.targets.1'],
      ],
    );
    assert.equal(problems[0]?.message, '第1条规则的条件用到了字段“nope”，但表单里没有这个字段');
  });

  it('finds missing keys inside nested conditions and names rules by id', () => {
    const rule: FormRule = {
      id: 'deep',
      when: {
        all: [
          { field: 'a', op: 'empty' },
          {
            any: [
              { field: 'a', op: 'eq', value: 'x' },
              { field: 'zz', op: 'empty' },
            ],
          },
        ],
      },
      effect: 'hide',
      targets: ['b'],
    };
    const [problem] = checkDefinition(formOf([text('a'), text('b')], [rule]));
    assert.deepEqual(problem?.path, ['rules', 0, 'when', 'all', 1, 'any', 1, 'field']);
    assert.match(problem?.message ?? '', /^规则“deep”的条件用到了字段“zz”/);
  });

  it('rejects targeting a step, requiring a section and conditions on notices', () => {
    const fields: FieldDefinition[] = [text('a'), { type: 'notice', key: 'info', text: zh('说明') }];
    assert.deepEqual(
      codes(fields, [
        { when: { field: 'a', op: 'empty' }, effect: 'hide', targets: ['step1'] },
        { when: { field: 'a', op: 'empty' }, effect: 'require', targets: ['main'] },
        { when: { field: 'info', op: 'empty' }, effect: 'hide', targets: ['a'] },
      ]),
      ['rule.target_step', 'rule.require_section', 'rule.notice_field'],
    );
  });

  it('rejects circular rules, naming the fields', () => {
    const problems = checkDefinition(
      formOf(
        [text('a'), text('b'), text('c')],
        [
          { when: { field: 'a', op: 'not_empty' }, effect: 'show', targets: ['b'] },
          { when: { field: 'b', op: 'not_empty' }, effect: 'show', targets: ['c'] },
          { when: { field: 'c', op: 'eq', value: 'x' }, effect: 'hide', targets: ['a'] },
        ],
      ),
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.code, 'rule.cycle');
    assert.match(problems[0]?.message ?? '', /a → b → c → a/);
    assert.deepEqual(problems[0]?.path, ['rules', 0]);
    const en = checkDefinition(
      formOf([text('a'), text('b')], [{ when: { field: 'a', op: 'empty' }, effect: 'hide', targets: ['b'] }]),
      'en',
    );
    assert.deepEqual(en, [], 'a one-way dependency is fine');
  });

  it('rejects a field that hides itself, or its own section', () => {
    assert.deepEqual(codes([text('a')], [{ when: { field: 'a', op: 'empty' }, effect: 'hide', targets: ['a'] }]), ['rule.cycle']);
    const [problem] = checkDefinition(formOf([text('a')], [{ when: { field: 'a', op: 'empty' }, effect: 'hide', targets: ['main'] }]));
    assert.match(problem?.message ?? '', /a → main → a/);
  });

  it('allows mutual require rules ("phone or email")', () => {
    assert.deepEqual(
      codes(
        [text('phone'), text('email')],
        [
          { when: { field: 'email', op: 'empty' }, effect: 'require', targets: ['phone'] },
          { when: { field: 'phone', op: 'empty' }, effect: 'require', targets: ['email'] },
        ],
      ),
      [],
    );
  });

  it('rejects choice fields without options, with both, empty or duplicated', () => {
    const choice = (key: string, extra: object) => ({ type: 'select', key, label: zh(key), ...extra }) as FieldDefinition;
    const problems = checkDefinition(
      formOf([
        choice('none', {}),
        choice('both', { options: [{ value: 'a', label: zh('A') }], optionsFrom: 'sectors' }),
        choice('empty', { options: [] }),
        choice('twice', {
          options: [
            { value: 'a', label: zh('A') },
            { value: 'a', label: zh('B') },
            { value: ' ', label: zh('C') },
          ],
        }),
      ]),
    );
    assert.deepEqual(
      problems.map((p) => [p.code, p.key]),
      [
        ['options.missing', 'none'],
        ['options.both', 'both'],
        ['options.empty', 'empty'],
        ['options.duplicate', 'twice'],
        ['options.blank_value', 'twice'],
      ],
    );
    assert.equal(problems[0]?.message, '字段“none”是选择题，但既没有填写选项，也没有指定选项来自哪个名单');
  });

  it('rejects impossible limits and an optional consent', () => {
    assert.deepEqual(
      codes([
        text('t', { minLength: 10, maxLength: 5 }),
        { type: 'number', key: 'n', label: zh('n'), min: 5, max: 1 },
        { type: 'date', key: 'd', label: zh('d'), min: '2026-12-31', max: '2026-01-01' },
        { type: 'checkboxes', key: 'c', label: zh('c'), optionsFrom: 'sectors', minItems: 3, maxItems: 2 },
        { type: 'consent', key: 'ok', label: zh('同意'), notice: zh('…'), noticeVersion: '1' },
      ]),
      ['range.length', 'range.number', 'range.date', 'range.items', 'consent.not_required'],
    );
  });

  it('rejects condition values that do not fit the operator', () => {
    const rule = (op: string, value?: unknown) =>
      ({ when: { field: 'a', op, ...(value === undefined ? {} : { value }) }, effect: 'hide', targets: ['b'] }) as FormRule;
    assert.deepEqual(
      codes([text('a'), text('b')], [rule('in', 'x'), rule('not_in'), rule('eq', ['x']), rule('empty', ''), rule('gt'), rule('in', ['x'])]),
      ['rule.value_list', 'rule.value_list', 'rule.value_scalar', 'rule.value_unexpected', 'rule.value_missing'],
    );
    const [problem] = checkDefinition(formOf([text('a'), text('b')], [rule('in', 'x')]));
    assert.equal(problem?.message, '第1条规则的条件“是其中之一”需要一组值（列表），现在只给了一个值');
  });

  it('speaks Traditional Chinese and English', () => {
    const def = formOf([{ type: 'radio', key: 'r', label: zh('r') }]);
    assert.equal(checkDefinition(def, 'zh-Hant')[0]?.message, '欄位「r」是選擇題，但既沒有填寫選項，也沒有指定選項來自哪個名單');
    assert.equal(
      checkDefinition(def, 'en')[0]?.message,
      'field "r" is a choice field but has neither options nor a list to take them from',
    );
  });
});

describe('parseDefinition', () => {
  const raw = (fields: unknown[], rules: unknown[] = []) => ({
    ...JSON.parse(JSON.stringify(formOf([]))),
    rules,
    steps: [{ key: 's', title: zh('s'), sections: [{ key: 'main', fields }] }],
  });

  it('names an unknown field type', () => {
    const result = parseDefinition(raw([{ type: 'rating', key: 'stars', label: zh('评分') }]));
    assert.equal(result.ok, false);
    const [problem] = result.ok ? [] : result.problems;
    assert.equal(problem?.code, 'definition.unknown_field_type');
    assert.equal(problem?.key, 'stars');
    assert.deepEqual(problem?.path, ['steps', 0, 'sections', 0, 'fields', 0, 'type']);
    assert.match(problem?.message ?? '', /^字段“stars”（type）的类型“rating”不存在。可以使用的类型有：text、textarea、number/);
    const en = parseDefinition(raw([{ type: 'rating', key: 'stars', label: zh('评分') }]), 'en');
    assert.match(en.ok ? '' : (en.problems[0]?.message ?? ''), /"rating", which does not exist/);
  });

  it('names an unknown operator and explains other schema issues in place', () => {
    const result = parseDefinition(
      raw([{ type: 'text', key: 'a', label: {} }], [{ when: { field: 'a', op: 'bogus' }, effect: 'hide', targets: ['a'] }]),
    );
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems;
    assert.deepEqual(
      problems.map((p) => [p.code, p.path.join('.')]),
      [
        ['definition.schema', 'steps.0.sections.0.fields.0.label.zh-Hans'],
        ['definition.unknown_value', 'rules.0.when.op'],
      ],
    );
    assert.equal(problems[0]?.message, '字段“a”（label.zh-Hans）：此项还没有填写，请填写');
    assert.match(problems[1]?.message ?? '', /^第1条规则（when\.op）：“bogus”不是可以使用的值/);
  });

  it('runs checkDefinition after the schema, and returns the parsed definition', () => {
    const dup = parseDefinition(
      raw([
        { type: 'text', key: 'a', label: zh('a') },
        { type: 'text', key: 'a', label: zh('b') },
      ]),
    );
    assert.deepEqual(dup.ok ? [] : dup.problems.map((p) => p.code), ['definition.duplicate_key']);
    const ok = parseDefinition(raw([{ type: 'text', key: 'a', label: zh('  标题 ') }]));
    assert.equal(ok.ok && ok.definition.steps[0]?.sections[0]?.fields[0]?.label?.['zh-Hans'], '标题');
  });

  it('rejects what is not a definition at all', () => {
    const result = parseDefinition('hello');
    assert.equal(result.ok, false);
    assert.equal(result.ok ? '' : result.problems[0]?.message, '表单：填写的内容不对，请检查');
  });
});
