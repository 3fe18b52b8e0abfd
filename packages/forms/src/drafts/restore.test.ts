import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FormDefinition } from '@tongxin/core';
import { formOf, lists, opinionForm } from '../forms.fixtures.js';
import { restoreDraft } from './restore.js';

const zh = (s: string) => ({ 'zh-Hans': s });

describe('restoreDraft', () => {
  it('restores every answer into the same definition', () => {
    const answers = {
      title: '小区路灯长期不亮',
      category: 'environment',
      pollution: ['air', 'noise'],
      identity: 'named',
      place: { lng: 1, lat: 2 },
    };
    assert.deepEqual(restoreDraft(opinionForm, { answers }, lists), { answers, dropped: [] });
  });

  it('drops keys the definition no longer has', () => {
    const def = formOf([{ type: 'text', key: 'title', label: zh('标题') }]);
    assert.deepEqual(restoreDraft(def, { answers: { title: 'x', removed: 'y' } }), { answers: { title: 'x' }, dropped: ['removed'] });
  });

  it('drops choices no longer among the inline options, all or nothing for checkboxes', () => {
    const v2: FormDefinition = formOf([
      { type: 'radio', key: 'identity', label: zh('方式'), options: [{ value: 'named', label: zh('实名') }] },
      { type: 'checkboxes', key: 'kinds', label: zh('类型'), options: [{ value: 'air', label: zh('大气') }] },
      { type: 'checkboxes', key: 'ok', label: zh('类型'), options: [{ value: 'air', label: zh('大气') }] },
    ]);
    assert.deepEqual(restoreDraft(v2, { answers: { identity: 'anonymous', kinds: ['air', 'water'], ok: ['air'] } }), {
      answers: { ok: ['air'] },
      dropped: ['identity', 'kinds'],
    });
  });

  it('checks options from county lists when they are at hand', () => {
    assert.deepEqual(restoreDraft(opinionForm, { answers: { category: 'gone' } }, lists).dropped, ['category']);
    assert.deepEqual(restoreDraft(opinionForm, { answers: { category: 'gone' } }).dropped, []);
  });

  it('drops a key whose field changed type (recorded, or seen in the value)', () => {
    const v2 = formOf([
      { type: 'textarea', key: 'body', label: zh('内容') },
      { type: 'number', key: 'count', label: zh('次数') },
      { type: 'unit', key: 'units', label: zh('单位'), multiple: true },
    ]);
    const draft = {
      answers: { body: '文字', count: '3', units: 'u_edu' },
      fields: { body: { type: 'text' as const }, count: { type: 'number' as const } },
    };
    assert.deepEqual(restoreDraft(v2, draft), { answers: {}, dropped: ['body', 'count', 'units'] });
    assert.deepEqual(restoreDraft(v2, { answers: { body: '文字', count: 3, units: ['u_edu'] } }).dropped, []);
  });

  it('never restores fields that became sensitive, files or consent', () => {
    const v2 = formOf([
      { type: 'text', key: 'name', label: zh('姓名'), sensitive: true },
      { type: 'resident_id', key: 'rid', label: zh('身份证号') },
      { type: 'attachments', key: 'photos', label: zh('照片') },
      { type: 'consent', key: 'privacy', label: zh('同意'), notice: zh('须知'), noticeVersion: '2' },
    ]);
    const result = restoreDraft(v2, { answers: { name: '张三', rid: '211102199001011234', photos: ['local:0'], privacy: true } });
    assert.deepEqual(result, { answers: {}, dropped: ['name', 'rid', 'photos', 'privacy'] });
  });
});
