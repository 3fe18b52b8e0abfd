import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Condition, FieldDefinition, FormRule, FormSection } from '@tongxin/core';
import { formOf, opinionForm, proposalForm } from './forms.fixtures.js';
import { evaluate } from './rules.js';

const zh = (s: string) => ({ 'zh-Hans': s });
const text = (key: string, required = false): FieldDefinition => ({ type: 'text', key, label: zh(key), ...(required ? { required } : {}) });

/** Whether `when` holds for `answers`, seen through a show rule on a target field. */
function holds(when: Condition, answers: Record<string, unknown>): boolean {
  const def = formOf([text('a'), text('b'), text('target')], [{ when, effect: 'show', targets: ['target'] }]);
  return evaluate(def, answers).target?.visible ?? false;
}

describe('condition operators', () => {
  const table: [op: string, answer: unknown, value: unknown, holds: boolean][] = [
    ['eq', 'x', 'x', true],
    ['eq', 'x', 'y', false],
    ['eq', ' x\n', 'x', true],
    ['eq', '5', 5, true],
    ['eq', 5, '5', true],
    ['eq', '', 0, false],
    ['eq', undefined, 'x', false],
    ['eq', ['x'], 'x', false],
    ['eq', true, true, true],
    ['neq', 'x', 'y', true],
    ['neq', 'x', 'x', false],
    ['neq', undefined, 'x', true],
    ['in', 'b', ['a', 'b'], true],
    ['in', 'c', ['a', 'b'], false],
    ['in', '3', [3], true],
    ['in', ' b', ['a', 'b'], true],
    ['in', ['c', 'b'], ['a', 'b'], true],
    ['in', undefined, ['a'], false],
    ['not_in', 'c', ['a', 'b'], true],
    ['not_in', 'a', ['a'], false],
    ['not_in', undefined, ['a'], true],
    ['empty', undefined, undefined, true],
    ['empty', null, undefined, true],
    ['empty', '', undefined, true],
    ['empty', ' \n', undefined, true],
    ['empty', [], undefined, true],
    ['empty', 'x', undefined, false],
    ['empty', 0, undefined, false],
    ['empty', false, undefined, false],
    ['not_empty', 'x', undefined, true],
    ['not_empty', ['x'], undefined, true],
    ['not_empty', '', undefined, false],
    ['gt', 5, 3, true],
    ['gt', 3, 3, false],
    ['gt', '10', 9, true],
    ['gt', '１０', 9, true],
    ['gt', '2026-03-01', '2026-02-28', true],
    ['gt', '２０２６-０３-０１', '2026-02-28', true],
    ['gt', undefined, 3, false],
    ['gt', 'abc', 3, false],
    ['gte', 3, 3, true],
    ['gte', 2, 3, false],
    ['lt', 2, 3, true],
    ['lt', 3, 3, false],
    ['lt', '2026-01-01', '2026-02-01', true],
    ['lte', 3, 3, true],
    ['lte', 4, 3, false],
    ['contains', '小区路灯不亮', '路灯', true],
    ['contains', '路灯', '水', false],
    ['contains', ['air', 'noise'], 'air', true],
    ['contains', ['air'], 'water', false],
    ['contains', undefined, 'a', false],
    ['contains', 123, '1', false],
  ];
  for (const [op, answer, value, expected] of table) {
    it(`${JSON.stringify(answer)} ${op} ${JSON.stringify(value)} is ${expected}`, () => {
      const when = { field: 'a', op, ...(value === undefined ? {} : { value }) } as Condition;
      assert.equal(holds(when, { a: answer }), expected);
    });
  }
});

describe('all / any', () => {
  const when: Condition = {
    all: [
      { field: 'a', op: 'not_empty' },
      {
        any: [
          { field: 'b', op: 'eq', value: 'x' },
          {
            all: [
              { field: 'b', op: 'eq', value: 'y' },
              { field: 'a', op: 'eq', value: '1' },
            ],
          },
        ],
      },
    ],
  };
  it('needs every part of all and one part of any', () => {
    assert.equal(holds(when, { a: '2', b: 'x' }), true);
    assert.equal(holds(when, { a: '1', b: 'y' }), true);
    assert.equal(holds(when, { a: '2', b: 'y' }), false);
    assert.equal(holds(when, { b: 'x' }), false);
  });
});

describe('effects', () => {
  it('starts from the definition: visible, required as flagged, enabled', () => {
    const state = evaluate(formOf([text('a', true), text('b'), { type: 'notice', key: 'n', text: zh('说明') }]), {});
    assert.deepEqual(state, {
      main: { visible: true, required: false, disabled: false },
      a: { visible: true, required: true, disabled: false },
      b: { visible: true, required: false, disabled: false },
      n: { visible: true, required: false, disabled: false },
    });
  });

  it('hides a show target unless some show rule holds', () => {
    const def = formOf(
      [text('a'), text('b'), text('c', true)],
      [
        { when: { field: 'a', op: 'eq', value: 'x' }, effect: 'show', targets: ['c'] },
        { when: { field: 'b', op: 'eq', value: 'x' }, effect: 'show', targets: ['c'] },
      ],
    );
    assert.deepEqual(evaluate(def, {}).c, { visible: false, required: false, disabled: false });
    assert.deepEqual(evaluate(def, { b: 'x' }).c, { visible: true, required: true, disabled: false });
  });

  it('hides when a hide rule holds; the later of conflicting rules wins', () => {
    const hideThenShow: FormRule[] = [
      { when: { field: 'a', op: 'not_empty' }, effect: 'hide', targets: ['c'] },
      { when: { field: 'b', op: 'not_empty' }, effect: 'show', targets: ['c'] },
    ];
    const def = formOf([text('a'), text('b'), text('c')], hideThenShow);
    assert.equal(evaluate(def, { a: 'x', b: 'x' }).c?.visible, true);
    assert.equal(evaluate(def, { a: 'x' }).c?.visible, false);
    const showThenHide = formOf([text('a'), text('b'), text('c')], [...hideThenShow].reverse());
    assert.equal(evaluate(showThenHide, { a: 'x', b: 'x' }).c?.visible, false);
  });

  it('requires and disables when the rule holds; a disabled field is not required', () => {
    const def = formOf(
      [text('a'), text('b'), text('c', true)],
      [
        { when: { field: 'a', op: 'eq', value: 'x' }, effect: 'require', targets: ['b'] },
        { when: { field: 'a', op: 'eq', value: 'off' }, effect: 'disable', targets: ['b', 'c'] },
      ],
    );
    assert.deepEqual(evaluate(def, { a: 'x' }).b, { visible: true, required: true, disabled: false });
    assert.deepEqual(evaluate(def, { a: 'y' }).b, { visible: true, required: false, disabled: false });
    assert.deepEqual(evaluate(def, { a: 'off' }).c, { visible: true, required: false, disabled: true });
  });

  it('a hidden required field is not required', () => {
    const def = formOf([text('a'), text('b', true)], [{ when: { field: 'a', op: 'eq', value: 'x' }, effect: 'hide', targets: ['b'] }]);
    assert.deepEqual(evaluate(def, { a: 'x' }).b, { visible: false, required: false, disabled: false });
  });

  const sections: FormSection[] = [
    { key: 'first', fields: [text('kind'), text('x')] },
    { key: 'org', fields: [text('orgName', true), text('orgType')] },
    { key: 'last', fields: [text('detail')] },
  ];

  it('a hidden section hides its fields, even ones a show rule targets', () => {
    const def = formOf(sections, [
      { when: { field: 'kind', op: 'neq', value: 'org' }, effect: 'hide', targets: ['org'] },
      { when: { field: 'x', op: 'eq', value: 'y' }, effect: 'show', targets: ['orgType'] },
    ]);
    const state = evaluate(def, { kind: 'person', x: 'y', orgName: '民革' });
    assert.deepEqual(state.org, { visible: false, required: false, disabled: false });
    assert.deepEqual(state.orgName, { visible: false, required: false, disabled: false });
    assert.equal(state.orgType?.visible, false);
    assert.equal(evaluate(def, { kind: 'org', x: 'y' }).orgType?.visible, true);
    assert.equal(evaluate(def, { kind: 'org' }).orgName?.required, true);
  });

  it('a disabled section disables its fields', () => {
    const def = formOf(sections, [{ when: { field: 'kind', op: 'eq', value: 'locked' }, effect: 'disable', targets: ['org'] }]);
    assert.deepEqual(evaluate(def, { kind: 'locked' }).orgName, { visible: true, required: false, disabled: true });
  });

  it('reads the answer of a hidden field as empty, whatever the rule order', () => {
    const def = formOf(sections, [
      { when: { field: 'orgType', op: 'eq', value: 'party' }, effect: 'show', targets: ['detail'] },
      { when: { field: 'kind', op: 'neq', value: 'org' }, effect: 'hide', targets: ['org'] },
    ]);
    assert.equal(evaluate(def, { kind: 'org', orgType: 'party' }).detail?.visible, true);
    assert.equal(evaluate(def, { kind: 'person', orgType: 'party' }).detail?.visible, false, 'orgType is hidden with its section');
  });

  it('reads only own answers (a field called constructor is empty)', () => {
    const def = formOf([text('constructor'), text('b')], [{ when: { field: 'constructor', op: 'empty' }, effect: 'hide', targets: ['b'] }]);
    assert.equal(evaluate(def, {}).b?.visible, false);
  });

  it('stays total on a circular definition the checker would reject', () => {
    const def = formOf(
      [text('a'), text('b')],
      [
        { when: { field: 'a', op: 'empty' }, effect: 'hide', targets: ['b'] },
        { when: { field: 'b', op: 'empty' }, effect: 'hide', targets: ['a'] },
      ],
    );
    assert.deepEqual(Object.keys(evaluate(def, {})), ['main', 'a', 'b']);
  });
});

describe('fixture forms', () => {
  it('opinion: pollution only for environment; contact hidden and not required when anonymous', () => {
    assert.equal(evaluate(opinionForm, { category: 'livelihood' }).pollution?.visible, false);
    assert.deepEqual(evaluate(opinionForm, { category: 'environment' }).pollution, { visible: true, required: true, disabled: false });
    assert.equal(evaluate(opinionForm, { identity: 'named' }).phone?.required, true);
    assert.equal(evaluate(opinionForm, {}).phone?.required, true);
    assert.deepEqual(evaluate(opinionForm, { identity: 'anonymous' }).phone, { visible: false, required: false, disabled: false });
  });

  it('proposal: organisation for organisation types, co-signers for joint proposals', () => {
    for (const type of ['party', 'sector', 'committee'])
      assert.equal(evaluate(proposalForm, { proposerType: type }).organisation?.visible, true);
    assert.equal(evaluate(proposalForm, { proposerType: 'member' }).organisation?.visible, false);
    assert.equal(evaluate(proposalForm, { proposerType: 'member' }).contactPhone?.required, false);
    assert.deepEqual(evaluate(proposalForm, { proposerType: 'joint' }).cosigners, { visible: true, required: true, disabled: false });
    assert.equal(evaluate(proposalForm, {}).cosigners?.visible, false);
  });
});

describe('performance', () => {
  // Timing is reported, not asserted (timed tests flake on shared machines; see scripts/bench).
  it('evaluates a 200-field form with 50 rules 1,000 times with the same results each time', (t) => {
    const fields = Array.from({ length: 200 }, (_, i) => text(`f${i}`, i % 3 === 0));
    const sections: FormSection[] = Array.from({ length: 10 }, (_, s) => ({ key: `s${s}`, fields: fields.slice(s * 20, s * 20 + 20) }));
    const effects = ['show', 'hide', 'require', 'disable'] as const;
    const rules: FormRule[] = Array.from({ length: 50 }, (_, r) => ({
      when: {
        any: [
          { field: `f${r}`, op: 'eq', value: 'x' },
          {
            all: [
              { field: `f${r + 1}`, op: 'not_empty' },
              { field: `f${r + 2}`, op: 'in', value: ['a', 'b'] },
            ],
          },
        ],
      },
      effect: effects[r % 4] as FormRule['effect'],
      targets: [`f${100 + r}`, `f${150 + (r % 50)}`, ...(r % 10 === 0 ? [`s${9 - (r % 5)}`] : [])],
    }));
    const def = formOf(sections, rules);
    const answers = Object.fromEntries(fields.map((f, i) => [f.key, i % 2 ? 'x' : 'a']));
    evaluate(def, answers); // builds the plan once
    const start = performance.now();
    const results = new Set<string>();
    for (let i = 0; i < 1000; i++) results.add(JSON.stringify(evaluate(def, i % 2 ? answers : {})));
    const ms = performance.now() - start;
    t.diagnostic(`1,000 evaluations: ${ms.toFixed(1)} ms`);
    // Two answer sets, two states: the cached plan gives the same answer every time.
    assert.equal(results.size, 2);
    // Rule 0 (show f100) holds with the answers (f1 filled, f2 = 'a') and not without.
    assert.equal(evaluate(def, answers).f100?.visible, true);
    assert.equal(evaluate(def, {}).f100?.visible, false);
  });
});
