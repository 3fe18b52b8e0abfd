import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormDefinition } from '@tongxin/core';
import { buildDemoData } from '@tongxin/core/demo';
import { checkDefinition, compileValidator, defaultOpinionForm } from '@tongxin/forms';
import {
  addField,
  addRule,
  addSection,
  changeType,
  findField,
  fromSimple,
  getField,
  listFields,
  moveField,
  moveFieldBefore,
  moveSection,
  removeField,
  removeRule,
  removeSection,
  toSimple,
  updateField,
  updateRule,
  withText,
} from './ops.js';

const { config } = buildDemoData();
const base = (): FormDefinition => defaultOpinionForm(config);
const keys = (def: FormDefinition) => listFields(def).map(({ field }) => field.key);
const codes = (def: FormDefinition) => checkDefinition(def).map((p) => p.code);

describe('edit operations', () => {
  it('never change their input', () => {
    const def = base();
    const before = JSON.stringify(def);
    addField(def, 'text');
    removeField(def, 'title');
    moveField(def, 'title', 1);
    updateField(def, 'phone', { required: true });
    addRule(def, { effect: 'show', targets: ['address'], when: { field: 'category', op: 'eq', value: 'x' } });
    assert.equal(JSON.stringify(def), before);
  });

  it('adds a field with a fresh key at a chosen place, and the result passes the check', () => {
    const def = base();
    const { definition, key } = addField(def, 'textarea', { step: 0, section: 0, index: 2 });
    assert.equal(key, 'field1');
    assert.equal(keys(definition)[2], 'field1');
    assert.equal(getField(definition, 'field1')?.type, 'textarea');
    assert.deepEqual(codes(definition), []);
    assert.equal(addField(definition, 'text').key, 'field2');
  });

  it('gives new choice fields two options, so they are valid from the start', () => {
    const { definition, key } = addField(base(), 'select');
    const field = getField(definition, key);
    assert.equal(field?.type === 'select' && field.options?.length, 2);
    assert.deepEqual(codes(definition), []);
  });

  it('removes a field; a rule still using it is reported, not silently changed', () => {
    const withRule = addRule(base(), { effect: 'show', targets: ['address'], when: { field: 'area', op: 'not_empty' } });
    const removed = removeField(withRule, 'area');
    assert.equal(findField(removed, 'area'), undefined);
    assert.deepEqual(codes(removed), ['rule.unknown_field']);
    assert.equal(removeField(removed, 'nope'), removed);
  });

  it('moves a field up and down, across sections at the edges, and not past the ends of the form', () => {
    const def = base();
    const order = keys(def);
    const down = moveField(def, order[0]!, 1);
    assert.deepEqual(keys(down).slice(0, 2), [order[1], order[0]]);
    assert.equal(moveField(def, order[0]!, -1), def);
    assert.equal(moveField(def, order.at(-1)!, 1), def);
    // The last field of the first section moves to the start of the next section.
    const first = def.steps[0]!.sections[0]!;
    const last = first.fields.at(-1)!.key;
    const across = moveField(def, last, 1);
    const where = (d: FormDefinition) => `${findField(d, last)!.step}/${findField(d, last)!.section}`;
    assert.notEqual(where(across), where(def));
    assert.equal(findField(across, last)!.field, 0);
    assert.deepEqual(keys(moveField(across, last, -1)), order);
  });

  it('moves a field before another (drag and drop)', () => {
    const def = base();
    const moved = moveFieldBefore(def, 'phone', 'title');
    assert.equal(keys(moved)[0], 'phone');
    assert.equal(keys(moved).length, keys(def).length);
    assert.equal(moveFieldBefore(def, 'phone', 'phone'), def);
  });

  it('sets and removes properties; renaming a key follows it in the rules', () => {
    let def = addRule(base(), { effect: 'require', targets: ['phone'], when: { all: [{ field: 'category', op: 'not_empty' }] } });
    def = updateField(def, 'phone', { required: true, sensitive: true });
    assert.equal((getField(def, 'phone') as { required?: boolean }).required, true);
    def = updateField(def, 'phone', { sensitive: undefined });
    assert.equal('sensitive' in getField(def, 'phone')!, false);
    def = updateField(def, 'category', { key: 'kind' });
    assert.deepEqual(def.rules!.at(-1)!.when, { all: [{ field: 'kind', op: 'not_empty' }] });
    def = updateField(def, 'phone', { key: 'mobile' });
    assert.deepEqual(def.rules!.at(-1)!.targets, ['mobile']);
    assert.deepEqual(codes(def), []);
  });

  it('reports a duplicate key made by an edit', () => {
    assert.deepEqual(codes(updateField(base(), 'address', { key: 'title' })), ['definition.duplicate_key']);
  });

  it('edits localized texts, dropping blank optional languages', () => {
    assert.deepEqual(withText({ 'zh-Hans': '标题', en: 'Title' }, 'en', ' '), { 'zh-Hans': '标题' });
    assert.deepEqual(withText(undefined, 'zh-Hant', '標題'), { 'zh-Hans': '', 'zh-Hant': '標題' });
    assert.equal(withText({ 'zh-Hans': '说明' }, 'zh-Hans', ''), undefined);
    assert.deepEqual(withText({ 'zh-Hans': '标题' }, 'zh-Hans', '', true), { 'zh-Hans': '' });
  });

  it('changes a type keeping the common settings', () => {
    const def = changeType(base(), 'address', 'radio');
    const field = getField(def, 'address')!;
    assert.equal(field.type, 'radio');
    assert.equal(field.label?.['zh-Hans'], '具体地点');
    assert.equal('maxLength' in field, false);
    const back = changeType(def, 'address', 'select');
    assert.deepEqual(getField(back, 'address')!.type === 'select' && getField(back, 'address'), { ...field, type: 'select' });
  });

  it('adds and removes sections (a step keeps one)', () => {
    const def = base();
    const { definition, key } = addSection(def, 0);
    assert.equal(definition.steps[0]!.sections.at(-1)!.key, key);
    const count = definition.steps[0]!.sections.length;
    assert.equal(removeSection(definition, 0, count - 1).steps[0]!.sections.length, count - 1);
    const single = { ...def, steps: [{ ...def.steps[0]!, sections: [def.steps[0]!.sections[0]!] }] };
    assert.equal(removeSection(single, 0, 0), single);
  });

  it('adds, changes and removes rules; the result enforces them', () => {
    const category = config.opinionCategories[0]!.code;
    let def = addField(base(), 'text').definition;
    def = updateField(def, 'field1', { label: { 'zh-Hans': '涉及企业' }, required: true });
    def = addRule(def, { effect: 'hide', targets: ['field1'], when: { field: 'category', op: 'eq', value: category } });
    const last = def.rules!.length - 1;
    def = updateRule(def, last, { ...def.rules![last]!, effect: 'show' });
    assert.deepEqual(codes(def), []);
    const validate = compileValidator(def, { config });
    const answers = {
      title: '关于道路维修的建议',
      situation: '某某路段路面破损严重，影响居民出行安全，请有关部门尽快处理。',
      publish: 'yes',
      privacy: true,
    };
    const issuesOf = (extra: Record<string, unknown>) => {
      const result = validate({ ...answers, ...extra });
      return result.ok ? [] : result.issues.map((i) => i.path.join('.'));
    };
    assert.ok(issuesOf({ category }).some((p) => p.includes('field1')));
    const other = config.opinionCategories[1]!.code;
    assert.ok(!issuesOf({ category: other }).some((p) => p.includes('field1')));
    assert.equal(removeRule(def, last).rules?.length ?? 0, last);
    assert.equal(removeRule({ ...def, rules: [def.rules![last]!] }, 0).rules, undefined);
  });

  it('converts conditions to and from the flat builder form', () => {
    const leaf = { field: 'a', op: 'eq' as const, value: 'x' };
    assert.deepEqual(toSimple(leaf), { join: 'all', leaves: [leaf] });
    assert.deepEqual(toSimple({ any: [leaf, leaf] }), { join: 'any', leaves: [leaf, leaf] });
    assert.equal(toSimple({ all: [{ any: [leaf] }] }), undefined);
    assert.deepEqual(fromSimple({ join: 'any', leaves: [leaf] }), leaf);
    assert.deepEqual(fromSimple({ join: 'any', leaves: [leaf, leaf] }), { any: [leaf, leaf] });
  });
  it('moves a section within its step, leaving the definition alone when out of range', () => {
    const def = defaultOpinionForm(config);
    const sectionKeys = (d: FormDefinition) => d.steps[1]!.sections.map((x) => x.key);
    const before = sectionKeys(def);
    const moved = moveSection(def, 1, 0, 2);
    assert.deepEqual(sectionKeys(moved), [before[1], before[2], before[0]]);
    assert.deepEqual(sectionKeys(def), before, 'the original is not changed');
    assert.equal(moveSection(def, 1, 0, 9), def);
    assert.equal(moveSection(def, 1, 1, 1), def);
    assert.equal(moveSection(def, 5, 0, 1), def);
  });
});
