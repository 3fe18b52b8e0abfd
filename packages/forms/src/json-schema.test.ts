import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Condition, FieldDefinition } from '@tongxin/core';
import { compileValidator } from './compile.js';
import { formOf, lists, opinionForm, parityContext, parityCorpus, proposalForm } from './forms.fixtures.js';
import { type JsonSchema, toJsonSchema } from './json-schema.js';

const zh = (s: string) => ({ 'zh-Hans': s });
const json = (v: unknown) => JSON.stringify(v);

/** Whether `value` matches `schema`, for the keywords `toJsonSchema` writes (no validator is installed). */
function matches(schema: JsonSchema, value: unknown): boolean {
  const s = schema;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const types: Record<string, boolean> = {
    string: typeof value === 'string',
    number: typeof value === 'number',
    integer: Number.isInteger(value),
    boolean: typeof value === 'boolean',
    array: Array.isArray(value),
    object: isObject,
    null: value === null,
  };
  if (s.type !== undefined && !types[s.type]) return false;
  if ('const' in s && json(s.const) !== json(value)) return false;
  if (s.enum && !s.enum.some((e) => json(e) === json(value))) return false;
  if (typeof value === 'string') {
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value)) return false;
    const length = [...value].length;
    if ((s.minLength ?? 0) > length || (s.maxLength ?? Number.POSITIVE_INFINITY) < length) return false;
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) return false;
    if (s.maximum !== undefined && value > s.maximum) return false;
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) return false;
    if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) return false;
  }
  if (Array.isArray(value)) {
    if (s.items && !value.every((v) => matches(s.items as JsonSchema, v))) return false;
    if (s.contains && !value.some((v) => matches(s.contains as JsonSchema, v))) return false;
    if ((s.minItems ?? 0) > value.length || (s.maxItems ?? Number.POSITIVE_INFINITY) < value.length) return false;
    if (s.uniqueItems && new Set(value.map(json)).size !== value.length) return false;
  }
  if (isObject) {
    const object = value as Record<string, unknown>;
    if (s.required?.some((k) => !Object.hasOwn(object, k))) return false;
    for (const [k, sub] of Object.entries(s.properties ?? {})) if (Object.hasOwn(object, k) && !matches(sub, object[k])) return false;
  }
  if (s.allOf && !s.allOf.every((sub) => matches(sub, value))) return false;
  if (s.anyOf && !s.anyOf.some((sub) => matches(sub, value))) return false;
  if (s.not && matches(s.not, value)) return false;
  if (s.if) {
    const branch = matches(s.if, value) ? s.then : s.else;
    if (branch && !matches(branch, value)) return false;
  }
  return true;
}

/** `{ if, then: { required } }` as the exporter writes it. */
// biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a promise.
const ifThen = (condition: JsonSchema, required: string[]): JsonSchema => ({ if: condition, then: { required } });

const opinion = toJsonSchema(opinionForm, { config: lists });
const proposal = toJsonSchema(proposalForm, { config: lists });

describe('toJsonSchema', () => {
  it('describes the opinion form', () => {
    assert.equal(opinion.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(opinion.title, '社情民意信息');
    assert.equal(opinion.type, 'object');
    assert.ok(opinion.$comment);
    assert.deepEqual(Object.keys(opinion.properties ?? {}), [
      'title',
      'category',
      'pollution',
      'situation',
      'suggestion',
      'area',
      'place',
      'noticedOn',
      'photos',
      'identity',
      'name',
      'phone',
      'idNumber',
      'email',
      'privacy',
    ]);
    const p = opinion.properties ?? {};
    assert.deepEqual(p.title, { title: '标题', type: 'string', minLength: 5, maxLength: 60 });
    assert.deepEqual(p.category, { title: '类别', type: 'string', enum: ['livelihood', 'environment', 'governance'] });
    assert.deepEqual(p.pollution?.items?.enum, ['air', 'water', 'noise', 'waste']);
    assert.equal(p.pollution?.maxItems, 3);
    assert.equal(p.pollution?.uniqueItems, true);
    assert.deepEqual(p.phone, { title: '手机号码', type: 'string', pattern: '^1[3-9]\\d{9}$' });
    assert.equal(p.idNumber?.pattern, '^\\d{17}[\\dX]$');
    assert.equal(p.email?.format, 'email');
    assert.equal(p.area?.pattern, '^\\d{6}(?!000)\\d{3}000$');
    assert.equal(p.noticedOn?.format, 'date');
    assert.deepEqual(p.place?.required, ['lng', 'lat', 'crs']);
    assert.deepEqual(p.privacy, { title: '我已阅读并同意《个人信息处理规则》', type: 'boolean', const: true });
    assert.deepEqual(opinion.required, ['title', 'category', 'situation', 'identity', 'privacy']);
  });

  it('writes show and require rules as if/then', () => {
    assert.deepEqual(opinion.allOf, [
      ifThen({ required: ['category'], properties: { category: { const: 'environment' } } }, ['pollution']),
      ifThen({ not: { required: ['identity'], properties: { identity: { const: 'anonymous' } } } }, ['name', 'phone']),
    ]);
    assert.deepEqual(
      proposal.allOf?.[0],
      ifThen({ required: ['proposerType'], properties: { proposerType: { const: 'joint' } } }, ['cosigners']),
    );
    assert.deepEqual(
      proposal.allOf?.[1],
      ifThen({ required: ['proposerType'], properties: { proposerType: { enum: ['party', 'sector', 'committee'] } } }, [
        'orgName',
        'contactName',
        'contactPhone',
      ]),
    );
  });

  it('lists values from the county config, or describes codes without it', () => {
    assert.deepEqual(proposal.properties?.suggestedUnits?.items?.enum, ['u_housing', 'u_edu', 'u_water', 'u_health']);
    assert.equal(proposal.properties?.surveyCount?.type, 'integer');
    const bare = toJsonSchema(proposalForm);
    assert.equal(bare.properties?.category?.pattern, '^[A-Za-z0-9_.-]{1,40}$');
    assert.equal(bare.properties?.suggestedUnits?.items?.pattern, '^[A-Za-z0-9_-]{1,64}$');
  });

  it('is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(opinion)), opinion);
  });

  it('accepts every value the validator accepts in the parity corpus', () => {
    const schemas = { opinion, proposal };
    const validators = { opinion: compileValidator(opinionForm, parityContext), proposal: compileValidator(proposalForm, parityContext) };
    for (const c of parityCorpus.filter((c) => c.ok)) {
      const result = validators[c.form](c.answers);
      assert.ok(result.ok && matches(schemas[c.form], result.value), c.name);
    }
  });

  it('rejects missing required answers the rules ask for', () => {
    const base = {
      proposerType: 'member',
      title: '关于加强农村饮用水安全保障的提案',
      category: 'economy',
      situation: '情况情况情况情况情况',
      analysis: '分析',
      suggestions: '建议',
    };
    assert.equal(matches(proposal, base), true);
    assert.equal(matches(proposal, { ...base, proposerType: 'joint' }), false);
    assert.equal(matches(proposal, { ...base, proposerType: 'joint', cosigners: ['m_1'] }), true);
    assert.equal(matches(proposal, { ...base, proposerType: 'party' }), false);
    assert.equal(
      matches(proposal, { ...base, proposerType: 'sector', orgName: '农工党', contactName: '李', contactPhone: '13900001111' }),
      false,
    );
    const { title: _, ...untitled } = base;
    assert.equal(matches(proposal, untitled), false);
    assert.equal(matches(proposal, { ...base, analysis: 'x'.repeat(3001) }), false);
  });

  it('writes each operator so that it holds exactly when the rule engine says', () => {
    const fields: FieldDefinition[] = [
      { type: 'text', key: 'a', label: zh('a') },
      { type: 'number', key: 'n', label: zh('n') },
      {
        type: 'checkboxes',
        key: 'c',
        label: zh('c'),
        options: [
          { value: 'x', label: zh('x') },
          { value: 'y', label: zh('y') },
        ],
      },
      { type: 'text', key: 'target', label: zh('t'), required: true },
    ];
    const conditions: [Condition, Record<string, unknown>[]][] = [
      [{ field: 'a', op: 'eq', value: 'x' }, [{ a: 'x' }, { a: 'y' }, {}]],
      [{ field: 'a', op: 'neq', value: 'x' }, [{ a: 'x' }, { a: 'y' }, {}]],
      [{ field: 'a', op: 'in', value: ['x', 'y'] }, [{ a: 'x' }, { a: 'z' }, {}]],
      [{ field: 'c', op: 'in', value: ['y'] }, [{ c: ['x', 'y'] }, { c: ['x'] }, {}]],
      [{ field: 'a', op: 'not_in', value: ['x'] }, [{ a: 'x' }, { a: 'z' }, {}]],
      [{ field: 'a', op: 'empty' }, [{ a: '' }, { a: ' ' }, { a: 'x' }, {}]],
      [{ field: 'c', op: 'not_empty' }, [{ c: [] }, { c: ['x'] }, {}]],
      [{ field: 'n', op: 'gt', value: 3 }, [{ n: 3 }, { n: 4 }, {}]],
      [{ field: 'n', op: 'lte', value: 3 }, [{ n: 3 }, { n: 4 }, {}]],
      [{ field: 'a', op: 'contains', value: '路.' }, [{ a: '修路.' }, { a: '修路' }, {}]],
      [{ field: 'c', op: 'contains', value: 'x' }, [{ c: ['x'] }, { c: ['y'] }, {}]],
      [
        {
          any: [
            { field: 'a', op: 'eq', value: 'x' },
            {
              all: [
                { field: 'n', op: 'gte', value: 1 },
                { field: 'c', op: 'empty' },
              ],
            },
          ],
        },
        [{ a: 'x' }, { n: 1 }, { n: 1, c: ['x'] }, {}],
      ],
    ];
    for (const [when, answerSets] of conditions) {
      const def = formOf(fields, [{ when, effect: 'hide', targets: ['target'] }]);
      const schema = toJsonSchema(def);
      const validate = compileValidator(def);
      for (const answers of answerSets) {
        assert.equal(matches(schema, answers), validate(answers).ok, `${JSON.stringify(when)} with ${JSON.stringify(answers)}`);
      }
    }
  });

  it('leaves out what it cannot write, and says so', () => {
    const def = formOf(
      [
        { type: 'date', key: 'd', label: zh('d') },
        { type: 'text', key: 't', label: zh('t') },
        { type: 'notice', key: 'n', text: zh('说明') },
      ],
      [{ when: { field: 'd', op: 'gt', value: '2026-01-01' }, effect: 'require', targets: ['t'] }],
    );
    const schema = toJsonSchema(def);
    assert.equal(schema.allOf, undefined);
    assert.equal(schema.required, undefined);
    assert.deepEqual(Object.keys(schema.properties ?? {}), ['d', 't']);
    assert.match(schema.$comment ?? '', /not fully expressed for: t/);
  });
});
