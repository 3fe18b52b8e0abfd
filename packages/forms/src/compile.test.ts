import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FieldDefinition, FormDefinition } from '@tongxin/core';
import { compileValidator, type ValidatorContext } from './compile.js';
import { formOf, lists, opinionForm, parityContext, parityCorpus, proposalForm } from './forms.fixtures.js';

const zh = (s: string) => ({ 'zh-Hans': s });
const today = '2026-03-05';

/** Validates `{ [field.key]: answer }` against a one-field form. */
function check(field: FieldDefinition, answer: unknown, context: ValidatorContext = { config: lists, today }) {
  return compileValidator(formOf([field]), context)({ [field.key]: answer });
}

type Case = {
  field: FieldDefinition;
  context?: ValidatorContext;
  /** [answer, stored value] */
  valid: [unknown, unknown][];
  /** [answer, issue code, issue path] */
  invalid: [unknown, string, (string | number)[]?][];
};

const choices = [
  { value: 'a', label: zh('甲') },
  { value: 'b', label: zh('乙') },
  { value: 'c', label: zh('丙') },
];

const cases: Case[] = [
  {
    field: { type: 'text', key: 't', label: zh('标题'), minLength: 2, maxLength: 5 },
    valid: [
      ['  你好 ', '你好'],
      ['𣵦𣵦𣵦𣵦𣵦', '𣵦𣵦𣵦𣵦𣵦'],
    ],
    invalid: [
      ['一', 'text.too_short'],
      ['一二三四五六', 'text.too_long'],
      ['𣵦𣵦𣵦𣵦𣵦𣵦', 'text.too_long'],
      [42, 'invalid_type'],
    ],
  },
  {
    field: { type: 'text', key: 't', label: zh('手机'), pattern: 'mobile', maxLength: 11 },
    valid: [['+86 138-1234-1234', '13812341234']],
    invalid: [['12345678901', 'phone.format']],
  },
  {
    field: { type: 'text', key: 't', label: zh('身份证'), pattern: 'resident_id' },
    valid: [['110105194912310 02x', '11010519491231002X']],
    invalid: [['110105194912310021', 'resident_id.checksum']],
  },
  {
    field: { type: 'text', key: 't', label: zh('地区'), pattern: 'division_code' },
    valid: [['２１１１０２', '211102']],
    invalid: [['991102', 'division.province']],
  },
  {
    field: { type: 'text', key: 't', label: zh('邮编'), pattern: 'postcode' },
    valid: [[' 124010 ', '124010']],
    invalid: [['12401', 'format']],
  },
  {
    field: { type: 'text', key: 't', label: zh('邮箱'), pattern: 'email' },
    valid: [['zhang@example.cn', 'zhang@example.cn']],
    invalid: [
      ['zhang@example', 'format'],
      ['zhang li@example.cn', 'format'],
    ],
  },
  {
    field: { type: 'text', key: 't', label: zh('文号'), pattern: 'doc_number' },
    valid: [
      ['盘政提〔2026〕12号', '盘政提〔2026〕12号'],
      ['辽政协函[2025]第3号', '辽政协函[2025]第3号'],
    ],
    invalid: [
      ['12号', 'format'],
      ['盘政提2026年12号', 'format'],
    ],
  },
  {
    field: { type: 'textarea', key: 't', label: zh('情况'), maxLength: 3 },
    valid: [
      ['一\r\n二', '一\n二'],
      ['e\u0301𣵦', '\u00e9𣵦'],
    ],
    invalid: [['𣵦𣵦𣵦𣵦', 'text.too_long']],
  },
  {
    field: { type: 'number', key: 'n', label: zh('人数'), min: 1, max: 10, integer: true },
    valid: [
      [3, 3],
      ['５', 5],
      [' 10 ', 10],
    ],
    invalid: [
      [0, 'too_small'],
      [11, 'too_big'],
      [2.5, 'number.integer'],
      ['三', 'invalid_type'],
      [Number.NaN, 'invalid_type'],
      [true, 'invalid_type'],
    ],
  },
  {
    field: { type: 'date', key: 'd', label: zh('日期'), min: '2026-01-01', max: '2026-12-31' },
    valid: [
      ['2026-03-05', '2026-03-05'],
      ['２０２６-０３-０５', '2026-03-05'],
    ],
    invalid: [
      ['2026-3-5', 'format'],
      ['2026-02-29', 'format'],
      ['2025-12-31', 'too_small'],
      ['2027-01-01', 'too_big'],
      [20260305, 'invalid_type'],
    ],
  },
  {
    field: { type: 'select', key: 's', label: zh('选择'), options: choices },
    valid: [['b', 'b']],
    invalid: [
      ['z', 'invalid_value'],
      [1, 'invalid_type'],
    ],
  },
  {
    field: { type: 'select', key: 's', label: zh('界别'), optionsFrom: 'sectors' },
    valid: [['agri', 'agri']],
    invalid: [['sports', 'invalid_value']],
  },
  {
    field: { type: 'select', key: 's', label: zh('界别'), optionsFrom: 'sectors' },
    context: { today },
    valid: [['any_code.1', 'any_code.1']],
    invalid: [['not a code', 'invalid_value']],
  },
  {
    field: { type: 'radio', key: 'r', label: zh('单选'), options: choices },
    valid: [['a', 'a']],
    invalid: [
      ['A', 'invalid_value'],
      [['a'], 'invalid_type'],
    ],
  },
  {
    field: { type: 'radio', key: 'r', label: zh('承办单位'), optionsFrom: 'units' },
    valid: [['u_edu', 'u_edu']],
    invalid: [['u_none', 'invalid_value']],
  },
  {
    field: { type: 'checkboxes', key: 'c', label: zh('多选'), options: choices, minItems: 2, maxItems: 2 },
    valid: [
      [
        ['c', 'a'],
        ['c', 'a'],
      ],
    ],
    invalid: [
      [['a'], 'too_few'],
      [['a', 'b', 'c'], 'too_many'],
      [['a', 'a'], 'invalid_value'],
      [['a', 'z'], 'invalid_value', ['c', 1]],
      ['a', 'invalid_type'],
    ],
  },
  {
    field: { type: 'phone', key: 'p', label: zh('手机') },
    valid: [
      ['+86 138-1234-1234', '13812341234'],
      ['１３８１２３４１２３４', '13812341234'],
      ['0086 (139) 0000 1111', '13900001111'],
    ],
    invalid: [
      ['1381234123', 'phone.format'],
      ['0427-2826000', 'phone.format'],
      [13812341234, 'invalid_type'],
    ],
  },
  {
    field: { type: 'resident_id', key: 'id', label: zh('身份证号') },
    valid: [
      ['211102198506121235', '211102198506121235'],
      ['110105 19491231 002x', '11010519491231002X'],
    ],
    invalid: [
      ['211102198506121236', 'resident_id.checksum'],
      ['211102850612123', 'resident_id.legacy_15'],
      ['21110219850612123', 'resident_id.format'],
      ['211102202612310011', 'resident_id.date'],
    ],
  },
  {
    field: { type: 'division', key: 'd', label: zh('地区') },
    valid: [
      ['211102', '211102'],
      ['211102001001', '211102001001'],
    ],
    invalid: [
      ['2111', 'division.format'],
      ['991102', 'division.province'],
    ],
  },
  {
    field: { type: 'division', key: 'd', label: zh('县区'), level: 'county' },
    valid: [
      ['211102', '211102'],
      ['211102000000', '211102000000'],
    ],
    invalid: [
      ['211100', 'division.level_county'],
      ['211102001000', 'division.level_county'],
    ],
  },
  {
    field: { type: 'division', key: 'd', label: zh('乡镇'), level: 'town' },
    valid: [['211102001000', '211102001000']],
    invalid: [
      ['211102', 'division.level_town'],
      ['211102001001', 'division.level_town'],
    ],
  },
  {
    field: { type: 'division', key: 'd', label: zh('村'), level: 'village' },
    valid: [['211102001201', '211102001201']],
    invalid: [['211102001000', 'division.level_village']],
  },
  {
    field: { type: 'person', key: 'p', label: zh('委员') },
    valid: [['m_001', 'm_001']],
    invalid: [
      ['m 001', 'format'],
      [['m_001'], 'invalid_type'],
    ],
  },
  {
    field: { type: 'person', key: 'p', label: zh('联名委员'), multiple: true, maxItems: 2 },
    valid: [
      [
        ['m_1', 'm_2'],
        ['m_1', 'm_2'],
      ],
    ],
    invalid: [
      [['m_1', 'm_2', 'm_3'], 'too_many'],
      [['m_1', 'm_1'], 'invalid_value'],
      ['m_1', 'invalid_type'],
    ],
  },
  {
    field: { type: 'unit', key: 'u', label: zh('承办单位') },
    valid: [['u_edu', 'u_edu']],
    invalid: [['u_unknown', 'invalid_value']],
  },
  {
    field: { type: 'unit', key: 'u', label: zh('承办单位'), multiple: true },
    context: { today },
    valid: [[['u_any'], ['u_any']]],
    invalid: [[['bad id'], 'format', ['u', 0]]],
  },
  {
    field: { type: 'attachments', key: 'a', label: zh('附件'), maxFiles: 2 },
    valid: [
      [
        ['att_1', 'att_2'],
        ['att_1', 'att_2'],
      ],
    ],
    invalid: [
      [['att_1', 'att_2', 'att_3'], 'too_many'],
      ['att_1', 'invalid_type'],
      [[{ id: 'att_1' }], 'invalid_type', ['a', 0]],
    ],
  },
  {
    field: { type: 'consent', key: 'ok', label: zh('同意'), notice: zh('……'), noticeVersion: '2026-1', required: true },
    valid: [[true, true]],
    invalid: [
      [false, 'required'],
      ['true', 'invalid_type'],
    ],
  },
  {
    field: { type: 'location', key: 'l', label: zh('位置') },
    valid: [
      [
        { lng: 122.07, lat: 41.12, crs: 'CGCS2000', extra: 1 },
        { lng: 122.07, lat: 41.12, crs: 'CGCS2000' },
      ],
    ],
    invalid: [
      [{ lng: 122, lat: 41, crs: 'XYZ' }, 'invalid_value', ['l', 'crs']],
      [{ lng: 122, crs: 'WGS84' }, 'required', ['l', 'lat']],
      [{ lng: 190, lat: 41, crs: 'WGS84' }, 'too_big', ['l', 'lng']],
      ['122,41', 'invalid_type'],
    ],
  },
];

describe('every field type', () => {
  for (const { field, context, valid, invalid } of cases) {
    const name = `${field.type}${'pattern' in field && field.pattern ? ` (${field.pattern})` : ''}${context ? ' without config' : ''}`;
    it(`${name} accepts and normalises`, () => {
      for (const [answer, stored] of valid) {
        assert.deepEqual(check(field, answer, context), { ok: true, value: { [field.key]: stored } }, JSON.stringify(answer));
      }
    });
    it(`${name} rejects`, () => {
      for (const [answer, code, path = [field.key]] of invalid) {
        const result = check(field, answer, context);
        assert.equal(result.ok, false, JSON.stringify(answer));
        const issues = result.ok ? [] : result.issues;
        assert.equal(issues.length, 1, JSON.stringify(issues));
        assert.equal(issues[0]?.code, code, JSON.stringify(answer));
        assert.deepEqual(issues[0]?.path, path);
        assert.ok(issues[0]?.message, 'has a message');
      }
    });
  }

  it('notice fields take no answer', () => {
    const def = formOf([{ type: 'notice', key: 'n', text: zh('说明') }]);
    assert.deepEqual(compileValidator(def)({ n: 'anything' }), { ok: true, value: {} });
  });

  it('counts code points outside the BMP as one character, with the limit in the message', () => {
    const field: FieldDefinition = { type: 'text', key: 'name', label: zh('姓名'), minLength: 2, maxLength: 3 };
    assert.equal('𣵦𣵦𣵦'.length, 6);
    assert.equal(check(field, '𣵦𣵦𣵦').ok, true);
    assert.deepEqual(check(field, '张𣵦𣵦𣵦'), {
      ok: false,
      issues: [{ path: ['name'], code: 'text.too_long', message: '内容太长，最多只能写3个字，请删减一些', params: { max: 3 } }],
    });
    assert.deepEqual(check(field, '𣵦'), {
      ok: false,
      issues: [{ path: ['name'], code: 'text.too_short', message: '内容太短，请至少写2个字', params: { min: 2 } }],
    });
  });

  it('limits text without maxLength to a default', () => {
    assert.equal(check({ type: 'text', key: 't', label: zh('t') }, 'a'.repeat(500)).ok, true);
    assert.equal(check({ type: 'text', key: 't', label: zh('t') }, 'a'.repeat(501)).ok, false);
  });
});

describe('required and rules', () => {
  const field: FieldDefinition = { type: 'text', key: 't', label: zh('标题'), required: true };

  it('treats missing, null, blank and [] as not answered', () => {
    for (const empty of [undefined, null, '', '  \n', []]) {
      assert.deepEqual(check(field, empty), { ok: false, issues: [{ path: ['t'], code: 'required', message: '此项还没有填写，请填写' }] });
    }
    assert.deepEqual(check({ ...field, required: false }, '  '), { ok: true, value: {} }, 'optional empty answers are left out');
  });

  it('drops hidden fields without validating them, and keeps disabled ones without requiring them', () => {
    const def: FormDefinition = formOf(
      [
        { type: 'radio', key: 'kind', label: zh('类型'), options: choices },
        { type: 'phone', key: 'phone', label: zh('电话'), required: true },
        { type: 'text', key: 'note', label: zh('备注'), required: true },
      ],
      [
        { when: { field: 'kind', op: 'eq', value: 'a' }, effect: 'hide', targets: ['phone'] },
        { when: { field: 'kind', op: 'eq', value: 'b' }, effect: 'disable', targets: ['note'] },
        { when: { field: 'kind', op: 'eq', value: 'c' }, effect: 'require', targets: ['kind'] },
      ],
    );
    const validate = compileValidator(def);
    assert.deepEqual(validate({ kind: 'a', phone: 'not a phone', note: '好' }), { ok: true, value: { kind: 'a', note: '好' } });
    assert.deepEqual(validate({ kind: 'b', phone: '13812341234' }), { ok: true, value: { kind: 'b', phone: '13812341234' } });
    assert.deepEqual(validate({ kind: 'b', phone: '13812341234', note: ' 留着 ' }).ok && 'kept', 'kept');
    const failed = validate({ kind: 'b', phone: '13812341234', note: 42 });
    assert.deepEqual(failed.ok ? [] : failed.issues.map((i) => i.code), ['invalid_type'], 'a disabled answer is still checked');
    const missing = validate({});
    assert.deepEqual(missing.ok ? [] : missing.issues.map((i) => i.path[0]), ['phone', 'note']);
  });

  it('drops unknown keys and ignores what is not an object', () => {
    const validate = compileValidator(formOf([{ ...field, required: false }]));
    assert.deepEqual(validate({ t: '好', other: 1, constructor: 'x' }), { ok: true, value: { t: '好' } });
    assert.deepEqual(validate(null as unknown as Record<string, unknown>), { ok: true, value: {} });
  });

  it('reads only own answers (a field called constructor)', () => {
    const validate = compileValidator(formOf([{ type: 'text', key: 'constructor', label: zh('c'), required: true }]));
    assert.deepEqual(validate({}).ok ? [] : 'required', 'required');
  });

  it('rejects a malformed today', () => {
    assert.throws(() => compileValidator(formOf([field]), { today: '5 March' }), RangeError);
  });
});

describe('parity corpus', () => {
  const forms = { opinion: opinionForm, proposal: proposalForm };
  const validators = { opinion: compileValidator(opinionForm, parityContext), proposal: compileValidator(proposalForm, parityContext) };

  it('has at least 30 cases, good and bad, with unique names', () => {
    assert.ok(parityCorpus.length >= 30);
    assert.ok(parityCorpus.some((c) => c.ok) && parityCorpus.some((c) => !c.ok));
    assert.equal(new Set(parityCorpus.map((c) => c.name)).size, parityCorpus.length);
  });

  for (const c of parityCorpus) {
    it(`${c.form}: ${c.name}`, () => {
      const result = validators[c.form](c.answers);
      const failing = result.ok ? [] : [...new Set(result.issues.map((i) => String(i.path[0])))];
      assert.deepEqual({ ok: result.ok, failing }, { ok: c.ok, failing: c.failing }, JSON.stringify(result));
      if (!result.ok) return;
      for (const [key, expected] of Object.entries(c.value ?? {})) assert.deepEqual(result.value[key], expected, key);
      // The submitted value validates again to itself (hidden answers are read as empty by rules).
      assert.deepEqual(compileValidator(forms[c.form], parityContext)(result.value), result);
    });
  }
});
