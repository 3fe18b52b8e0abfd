import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { User } from '@tongxin/core';
import { taskSummary } from '@tongxin/core/workflow';
import {
  allowedStages,
  buildModels,
  chinaDateTime,
  clip,
  codePoints,
  countModels,
  dueContext,
  dueOf,
  expectedVersion,
  filterModels,
  mayEdit,
  mayWork,
  outcomePatch,
  patchFields,
  patchValue,
  yearsOf,
} from './logic.js';
import { CONFIG, fewTasks, makeTask, manyRows, STAGES, TODAY } from './tasks.fixtures.js';

const ctx = dueContext(CONFIG, TODAY);
const staff: User = { id: 'u_staff', name: '王文', tenant: '211100', roles: ['staff'] };
const member: User = { id: 'u_m1', name: '李明', tenant: '211100', roles: ['member'], memberId: 'm_001' };
const unit: User = { id: 'u_h', name: '住建局', tenant: '211100', roles: ['unit'], unitId: 'u_housing' };

describe('dueOf: deadlines in working days on the county calendar', () => {
  it('counts working days overdue (Fri 20 Nov → Fri 27 Nov is 5 working days)', () => {
    assert.deepEqual(dueOf({ stageCode: 'assigned', plannedEnd: '2026-11-20' }, ctx), { kind: 'overdue', workingDaysLeft: -5 });
  });

  it('is due soon within the county window, on time beyond it', () => {
    assert.deepEqual(dueOf({ stageCode: 'research', plannedEnd: '2026-12-02' }, ctx), { kind: 'due_soon', workingDaysLeft: 3 });
    assert.deepEqual(dueOf({ stageCode: 'research', plannedEnd: '2026-11-27' }, ctx), { kind: 'due_soon', workingDaysLeft: 0 });
    assert.deepEqual(dueOf({ stageCode: 'research', plannedEnd: '2026-12-07' }, ctx), { kind: 'on_time', workingDaysLeft: 6 });
  });

  it('skips holidays and counts make-up working days (国庆 2026)', () => {
    const sept = dueContext(CONFIG, '2026-09-28');
    // After Mon 28 Sept: 29 and 30 Sept work, 1–7 Oct are off (with the weekend), 8 and 9 Oct work,
    // and Sat 10 Oct is a make-up working day.
    assert.deepEqual(dueOf({ stageCode: 'research', plannedEnd: '2026-10-09' }, sept), { kind: 'due_soon', workingDaysLeft: 4 });
    assert.deepEqual(dueOf({ stageCode: 'research', plannedEnd: '2026-10-10' }, sept), { kind: 'due_soon', workingDaysLeft: 5 });
    assert.deepEqual(dueOf({ stageCode: 'research', plannedEnd: '2026-10-12' }, sept), { kind: 'on_time', workingDaysLeft: 6 });
    const plain = dueContext({ ...CONFIG, calendar: { holidays: [], workdays: [] } }, '2026-09-28');
    assert.deepEqual(dueOf({ stageCode: 'research', plannedEnd: '2026-10-09' }, plain), { kind: 'on_time', workingDaysLeft: 9 });
  });

  it('tells finished tasks apart, late or not, and tasks without a deadline', () => {
    assert.deepEqual(dueOf({ stageCode: 'fed_back', plannedEnd: '2026-06-30', actualEnd: '2026-06-20' }, ctx), {
      kind: 'done',
      late: false,
    });
    assert.deepEqual(dueOf({ stageCode: 'fed_back', plannedEnd: '2026-06-30', actualEnd: '2026-07-02' }, ctx), {
      kind: 'done',
      late: true,
    });
    assert.deepEqual(dueOf({ stageCode: 'planned' }, ctx), { kind: 'none' });
  });

  it('does not throw on a calendar with a typo: no highlighting instead', () => {
    const broken = dueContext({ ...CONFIG, calendar: { holidays: ['2026-13-01'], workdays: [] } }, TODAY);
    assert.deepEqual(dueOf({ stageCode: 'assigned', plannedEnd: '2026-11-20' }, broken), { kind: 'none' });
  });
});

describe('filters and counts', () => {
  const models = buildModels(fewTasks().map(taskSummary), STAGES, ctx);

  it('sorts overdue first, then by planned end, finished last', () => {
    assert.deepEqual(
      models.map((m) => m.row.id),
      ['t_01', 't_02', 't_04', 't_03'],
    );
  });

  it('filters by type, stage, lead unit, year, deadline and title words', () => {
    const ids = (f: Parameters<typeof filterModels>[1]) => filterModels(models, f).map((m) => m.row.id);
    assert.deepEqual(ids({ type: 'inspection' }), ['t_02']);
    assert.deepEqual(ids({ stage: 'fed_back' }), ['t_03']);
    assert.deepEqual(ids({ unit: 'u_civil' }), ['t_04'], 'lead units only (t_01 has it as assisting unit)');
    assert.deepEqual(ids({ year: 2025 }), []);
    assert.deepEqual(ids({ due: 'overdue' }), ['t_01']);
    assert.deepEqual(ids({ due: 'due_soon' }), ['t_02']);
    assert.deepEqual(ids({ q: '湿地 视察' }), ['t_02']);
    assert.deepEqual(ids({ q: '九三学社' }), ['t_02'], 'the leading party is searched too');
    assert.deepEqual(ids({ type: 'inspection', stage: 'planned' }), []);
  });

  it('counts by stage and bucket without the stage filter, with overdue and due soon', () => {
    const c = countModels(models, STAGES, { stage: 'planned' });
    assert.equal(c.total, 4);
    assert.deepEqual(Object.fromEntries(c.byStage), { planned: 1, research: 1, consulted: 0, assigned: 1, answered: 0, fed_back: 1 });
    assert.deepEqual(c.byBucket, { todo: 1, doing: 2, answered: 0, fed_back: 1 });
    assert.equal(c.overdue, 1);
    assert.equal(c.dueSoon, 1);
    assert.equal(countModels(models, STAGES, { type: 'research' }).total, 1);
  });

  it('filters 1,000 rows the same way as a direct scan', () => {
    const rows = manyRows(1000);
    const big = buildModels(rows, STAGES, ctx);
    const kept = filterModels(big, { stage: 'answered', year: 2026 });
    assert.equal(kept.length, rows.filter((r) => r.stageCode === 'answered' && r.year === 2026).length);
    assert.ok(kept.length > 50);
    const c = countModels(big, STAGES);
    assert.equal(
      [...c.byStage.values()].reduce((a, b) => a + b, 0),
      1000,
    );
    assert.deepEqual(yearsOf(rows), [2026, 2025]);
  });
});

describe('who may do what', () => {
  const task = makeTask({ id: 't_01' });

  it('lets staff, the task’s units and its participating members work on it', () => {
    assert.equal(mayWork(task, staff), true);
    assert.equal(mayWork(task, unit), true);
    assert.equal(mayWork(task, member), true);
    assert.equal(mayWork(task, { ...member, memberId: 'm_999' }), false);
    assert.equal(mayWork(task, { ...unit, unitId: 'u_edu' }), false);
    assert.equal(mayWork(task, undefined), true, 'unknown users may try; the server decides');
  });

  it('keeps outcome edits to staff, units and administrators', () => {
    assert.equal(mayEdit(task, staff), true);
    assert.equal(mayEdit(task, member), false);
  });

  it('offers the stages the roles may move into', () => {
    assert.deepEqual(
      allowedStages(STAGES, 'assigned', member).map((s) => s.code),
      ['research'],
    );
    assert.deepEqual(
      allowedStages(STAGES, 'assigned', unit).map((s) => s.code),
      ['answered'],
    );
    assert.equal(allowedStages(STAGES, 'assigned', undefined).length, 5);
  });

  it('expects the version after this user’s own queued changes', () => {
    assert.equal(expectedVersion(5, 0), 5);
    assert.equal(expectedVersion(5, 3), 8);
  });
});

describe('outcome patches', () => {
  const task = makeTask({ id: 't_01' });

  it('sends only what changed', () => {
    assert.deepEqual(outcomePatch(task, { adopted: 'yes', adoptionNote: '协商专报获市领导批示' }), {});
    const patch = outcomePatch(task, {
      adopted: 'yes',
      adoptionNote: '已纳入2027年计划',
      resolution: 'B',
      feedbackText: '委员基本满意',
      satisfaction: '',
    });
    assert.deepEqual(patch, { outcome: { adoptionNote: '已纳入2027年计划', resolution: 'B' }, feedback: { text: '委员基本满意' } });
    assert.deepEqual(patchFields(patch), ['resolution', 'adoptionNote', 'feedbackText']);
    assert.equal(patchValue(patch, 'resolution'), 'B');
  });

  it('turns yes/no into booleans and never unsets a choice', () => {
    assert.deepEqual(outcomePatch(task, { adopted: 'no', carriedOut: 'yes' }), { outcome: { adopted: false, carriedOut: true } });
    assert.deepEqual(outcomePatch(task, { adopted: '' }), {});
  });
});

describe('text and time helpers', () => {
  it('counts and cuts in code points', () => {
    assert.equal(codePoints('赵𣵦'), 2);
    assert.equal(clip('赵𣵦钱孙李', 3), '赵𣵦…');
    assert.equal(clip('赵𣵦', 2), '赵𣵦');
  });

  it('gives the date and time in China for any offset', () => {
    assert.deepEqual(chinaDateTime('2026-03-04T16:30:00Z'), { date: '2026-03-05', time: '00:30' });
    assert.deepEqual(chinaDateTime('2026-03-05T09:30:00+08:00'), { date: '2026-03-05', time: '09:30' });
  });
});
