import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FieldDefinition } from '@tongxin/core';
import { formOf, opinionForm } from '../forms.fixtures.js';
import { draftAnswers, isDraftable } from './filter.js';

const zh = (s: string) => ({ 'zh-Hans': s });

describe('draftAnswers', () => {
  it('keeps ordinary answers of the opinion form and drops resident ID, attachments and consent', () => {
    const answers = {
      title: '小区路灯长期不亮',
      category: 'environment',
      pollution: ['air'],
      situation: '情况'.repeat(12),
      noticedOn: '2026-03-01',
      place: { lng: 122.07, lat: 41.12 },
      identity: 'named',
      name: '张三',
      phone: '13812341234',
      idNumber: '211102199001011234',
      photos: ['local:0'],
      privacy: true,
    };
    assert.deepEqual(draftAnswers(opinionForm, answers), {
      title: '小区路灯长期不亮',
      category: 'environment',
      pollution: ['air'],
      situation: '情况'.repeat(12),
      noticedOn: '2026-03-01',
      place: { lng: 122.07, lat: 41.12 },
      identity: 'named',
      name: '张三',
      phone: '13812341234',
    });
  });

  it('drops fields marked sensitive and resident IDs even when not marked', () => {
    const def = formOf([
      { type: 'text', key: 'secret', label: zh('秘密'), sensitive: true },
      { type: 'phone', key: 'phone', label: zh('电话'), sensitive: true },
      { type: 'resident_id', key: 'rid', label: zh('身份证号') },
      { type: 'text', key: 'open', label: zh('公开'), sensitive: false },
    ]);
    assert.deepEqual(draftAnswers(def, { secret: 'x', phone: '13812341234', rid: '211102199001011234', open: 'y' }), { open: 'y' });
  });

  it('leaves out unknown keys, undefined answers and prototype keys', () => {
    const def = formOf([
      { type: 'text', key: 'a', label: zh('a') },
      { type: 'text', key: 'constructor', label: zh('c') },
    ]);
    assert.deepEqual(draftAnswers(def, { a: undefined, stray: 'x' }), {});
    assert.deepEqual(draftAnswers(def, JSON.parse('{"a":"1","__proto__":{"x":1}}')), { a: '1' });
  });

  it('keeps a key used twice only when every field with it is draftable', () => {
    const def = formOf([
      { key: 's1', fields: [{ type: 'text', key: 'dup', label: zh('一') }] },
      { key: 's2', fields: [{ type: 'text', key: 'dup', label: zh('二'), sensitive: true }] },
    ]);
    assert.deepEqual(draftAnswers(def, { dup: 'x' }), {});
  });

  it('returns a fresh object', () => {
    const def = formOf([{ type: 'text', key: 'a', label: zh('a') }]);
    const answers = { a: 'x' };
    const kept = draftAnswers(def, answers);
    kept.a = 'y';
    assert.equal(answers.a, 'x');
  });
});

describe('isDraftable', () => {
  const cases: [FieldDefinition, boolean][] = [
    [{ type: 'text', key: 'k', label: zh('k') }, true],
    [{ type: 'textarea', key: 'k', label: zh('k'), sensitive: true }, false],
    [{ type: 'resident_id', key: 'k', label: zh('k'), sensitive: false }, false],
    [{ type: 'attachments', key: 'k', label: zh('k') }, false],
    [{ type: 'consent', key: 'k', label: zh('k'), notice: zh('n'), noticeVersion: '1' }, false],
    [{ type: 'notice', key: 'k', text: zh('n') }, false],
    [{ type: 'location', key: 'k', label: zh('k') }, true],
  ];
  for (const [field, expected] of cases) {
    it(`${field.type}${'sensitive' in field ? ` (sensitive: ${field.sensitive})` : ''} → ${expected}`, () => {
      assert.equal(isDraftable(field), expected);
    });
  }
});
