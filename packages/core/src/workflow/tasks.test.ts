// Tasks: who may work on one, the configured stages (roles and requirements), version checks, and
// the public view.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countyConfig, task as researching } from '../contract/contract.fixtures.js';
import type { Task, TaskStage } from '../contract/index.js';
import {
  addTaskUpdate,
  canSeeTask,
  checkNewTask,
  checkTaskEdit,
  checkTaskMove,
  checkTaskUpdate,
  editTask,
  mayReadTaskAttachment,
  mayWorkOnTask,
  missingRequirements,
  moveTask,
  newTask,
  publicTask,
  taskListUnit,
} from './tasks.js';
import { callerWith, citizen, education, housing, proposer, staff } from './workflow.fixtures.js';

const bare: Task = { ...researching, updates: [], outcome: {}, feedback: {} };
const move = (to: string, t: Task = bare) => ({ to, version: t.version });
const outsider = callerWith(['unit'], { unitId: 'u_other' });

describe('task workflow', () => {
  it('lets staff, the task’s units and its participating members work on it', () => {
    assert.equal(mayWorkOnTask(bare, staff), true);
    assert.equal(mayWorkOnTask(bare, housing), true);
    assert.equal(mayWorkOnTask(bare, education), true);
    assert.equal(mayWorkOnTask(bare, proposer), true);
    assert.equal(mayWorkOnTask(bare, outsider), false);
    assert.equal(mayWorkOnTask(bare, callerWith(['member'], { memberId: 'm_9' })), false);
    assert.equal(checkTaskUpdate(bare, citizen)?.code, 'forbidden');
    assert.equal(checkTaskMove(bare, move('answered'), outsider)?.status, 403);
  });

  it('shows a task to staff and members, and of the units only to its own; a unit lists its own tasks', () => {
    assert.equal(canSeeTask(bare, staff), true);
    assert.equal(canSeeTask(bare, callerWith(['member'], { memberId: 'm_9' })), true);
    assert.equal(canSeeTask(bare, housing), true);
    assert.equal(canSeeTask(bare, education), true);
    assert.equal(canSeeTask(bare, outsider), false);
    assert.equal(canSeeTask(bare, callerWith(['unit'])), false, 'a unit role without a unit');
    assert.equal(taskListUnit(staff), undefined);
    assert.equal(taskListUnit(proposer), undefined);
    assert.equal(taskListUnit(outsider), 'u_other');
    assert.equal(taskListUnit(callerWith(['unit'])), '');
  });

  it('lets a task’s files reach staff and its own units; the public only a public update’s; other units nothing', () => {
    const photo = researching.updates[0]!.attachments[0]!.id;
    const internal: Task = { ...researching, updates: researching.updates.map((u) => ({ ...u, public: false })) };
    const unlisted: Task = { ...researching, public: false };
    const stranger = callerWith(['citizen']);
    for (const t of [internal, unlisted]) {
      assert.equal(mayReadTaskAttachment(t, photo, staff), true);
      assert.equal(mayReadTaskAttachment(t, photo, housing), true, 'the lead unit');
      assert.equal(mayReadTaskAttachment(t, photo, education), true, 'the assisting unit');
      assert.equal(mayReadTaskAttachment(t, photo, outsider), false, 'another unit');
      assert.equal(mayReadTaskAttachment(t, photo, stranger), false);
      assert.equal(mayReadTaskAttachment(t, photo, { principal: undefined }), false);
    }
    // A public update of a public task is on the transparency page: anyone reads its files.
    assert.equal(mayReadTaskAttachment(researching, photo, outsider), true);
    assert.equal(mayReadTaskAttachment(researching, photo, { principal: undefined }), true);
    // A unit role without the unit named, or a unit id without the role, is not the task's unit.
    assert.equal(mayReadTaskAttachment(internal, photo, callerWith(['unit'])), false);
    assert.equal(mayReadTaskAttachment(internal, photo, callerWith(['citizen'], { unitId: 'u_housing' })), false);
    // Members read a task's internal updates, and so their files.
    assert.equal(mayReadTaskAttachment(internal, photo, callerWith(['member'], { memberId: 'm_9' })), true);
    // Only files of the task's updates.
    assert.equal(mayReadTaskAttachment(internal, 'att_other', housing), false);
  });

  it('refuses a move against an older version with 409 and the current task', () => {
    const refusal = checkTaskMove(bare, { to: 'answered', version: bare.version - 1 }, housing);
    assert.equal(refusal?.code, 'version_conflict');
    assert.equal(refusal?.current, bare);
    assert.equal(checkTaskEdit(bare, { version: bare.version - 1 }, staff)?.code, 'version_conflict');
  });

  it('refuses a stage the caller’s roles may not move a task into, naming the ones they may', () => {
    assert.deepEqual(checkTaskMove(bare, move('fed_back'), housing), {
      code: 'illegal_transition',
      status: 409,
      detail: '您的角色不能把任务推进到“已反馈”',
      allowed: ['answered'],
    });
    assert.equal(checkTaskMove(bare, move('research'), staff)?.detail, '您的角色不能把任务推进到“调研视察”');
    assert.deepEqual(checkTaskMove(bare, move('nowhere'), staff)?.issues?.[0]?.path, ['body', 'to']);
  });

  it('refuses a stage until the task has what the stage requires, saying what is missing', () => {
    assert.deepEqual(checkTaskMove(bare, move('answered'), housing), {
      code: 'illegal_transition',
      status: 409,
      detail: '进入“已答复”之前还需要：答复文件（带附件的进展）',
      allowed: ['answered'],
    });
    // The fixture task has an update with an attachment: a reply document.
    assert.equal(checkTaskMove(researching, move('answered', researching), housing), undefined);
    assert.equal(checkTaskMove(bare, move('fed_back'), staff)?.detail, '进入“已反馈”之前还需要：反馈意见或满意度');
    const withFeedback = { ...bare, feedback: { satisfaction: 'satisfied' as const } };
    assert.equal(checkTaskMove(withFeedback, move('fed_back'), staff), undefined);
  });

  it('lists every requirement a stage lacks, in the stage’s order, and names them all in the refusal', () => {
    const stage: TaskStage = {
      ...countyConfig.taskStages[3]!,
      code: 'reviewed',
      requires: ['progress_update', 'outcome', 'feedback', 'reply_document'],
    };
    assert.deepEqual(missingRequirements(bare, stage), ['progress_update', 'outcome', 'feedback', 'reply_document']);
    assert.deepEqual(missingRequirements(researching, stage), ['feedback']);
    const env = { ...staff, config: { ...countyConfig, taskStages: [...countyConfig.taskStages, stage] } };
    assert.equal(
      checkTaskMove(bare, move('reviewed'), env)?.detail,
      '进入“已反馈”之前还需要：至少一条进展、办理结果（采纳情况或解决程度）、反馈意见或满意度、答复文件（带附件的进展）',
    );
  });

  it('completes a task on its final stage: full progress and the actual end date', () => {
    const done = moveTask({ ...bare, feedback: { text: '满意' } }, { ...move('fed_back'), note: '办结' }, staff);
    assert.equal(done.stageCode, 'fed_back');
    assert.equal(done.progress, 100);
    assert.equal(done.actualEnd, '2026-03-09');
    assert.equal(done.version, bare.version + 1);
    assert.deepEqual(done.history.at(-1), {
      at: '2026-03-09T10:00:00+08:00',
      action: 'move',
      from: 'research',
      to: 'fed_back',
      actor: staff.actor,
      note: '办结',
    });
    assert.equal(moveTask({ ...bare, actualEnd: '2026-03-01' }, move('fed_back'), staff).actualEnd, '2026-03-01');
    assert.equal(moveTask(bare, move('answered'), staff).progress, 80);
  });

  it('changes only the fields sent, merging outcome and feedback, and notes which changed', () => {
    const edited = editTask(researching, { version: researching.version, leader: '张主席', outcome: { carriedOut: true } }, staff);
    assert.equal(edited.leader, '张主席');
    assert.equal(edited.title, researching.title);
    assert.deepEqual(edited.outcome, { ...researching.outcome, carriedOut: true });
    assert.equal(edited.history.at(-1)?.note, 'leader, outcome');
    assert.equal(checkTaskEdit(bare, { version: bare.version, leadUnitIds: ['u_gone'] }, staff)?.issues?.[0]?.message, '没有这个承办单位');
  });

  it('takes progress from an update when it gives one', () => {
    const update = addTaskUpdate(bare, { text: '召开座谈会', progress: 55 }, housing, { id: 'tu_9', attachments: [] });
    assert.equal(update.progress, 55);
    assert.deepEqual(update.updates.at(-1), {
      id: 'tu_9',
      at: '2026-03-09T10:00:00+08:00',
      author: housing.actor,
      text: '召开座谈会',
      progress: 55,
      attachments: [],
      public: false,
    });
    assert.equal(addTaskUpdate(bare, { text: '跟进' }, housing, { id: 'tu_10', attachments: [] }).progress, bare.progress);
  });

  it('creates a task in the county’s first stage unless another is asked for', () => {
    const {
      id: _id,
      tenant: _tenant,
      stageCode: _stage,
      progress: _p,
      updates: _u,
      outcome: _o,
      feedback: _f,
      history: _h,
      ...fields
    } = researching;
    const { createdAt: _c, updatedAt: _up, version: _v, ...input } = fields;
    assert.equal(newTask(input, staff, 't_9').stageCode, 'planned');
    assert.equal(newTask({ ...input, stageCode: 'research' }, staff, 't_9').progress, 30);
    assert.deepEqual(checkNewTask({ ...input, stageCode: 'nope' }, staff)?.issues?.[0]?.path, ['body', 'stageCode']);
    assert.deepEqual(checkNewTask({ ...input, assistingUnitIds: ['u_edu', 'u_gone'] }, staff)?.issues?.[0]?.path, [
      'body',
      'assistingUnitIds',
      1,
    ]);
  });

  it('shows the public only public updates and outcomes, without internal fields', () => {
    const view = publicTask({
      ...researching,
      updates: [...researching.updates, { ...researching.updates[0]!, id: 'tu_2', text: '内部讨论', public: false }],
    });
    assert.deepEqual(view.updates, [{ at: '2026-03-05T09:30:00+08:00', text: '赴双台子区实地调研。', progress: 30 }]);
    assert.equal(view.adopted, true);
    assert.equal('version' in view, false);
    assert.equal('leader' in view, false);
  });
});
