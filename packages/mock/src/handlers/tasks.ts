/**
 * 重点协商 / 督办 tasks: the county's configured stages (who may move a task into each, what each
 * requires), progress updates, outcome and feedback, version checks, and a public view without
 * internal fields. The rules are `@tongxin/core/workflow`'s, as in the reference server; these
 * handlers load, resolve attachments and store.
 */
import { chinaToday, type Routes, type Task } from '@tongxin/core';
import {
  addTaskUpdate,
  canSeeTask,
  checkNewTask,
  checkTaskEdit,
  checkTaskMove,
  checkTaskUpdate,
  editTask,
  moveTask,
  newTask,
  publicTask,
  taskSummary,
} from '@tongxin/core/workflow';
import type { MockCtx, MockHandler } from '../context.js';
import { byUpdatedDesc, found, newId, page, pageArgs, problems, refuseIf } from '../util.js';
import { matches, resolveAttachments } from './shared.js';

/** A task; another unit's is answered as missing (see canSeeTask). */
function load(ctx: MockCtx, id: string): Task {
  const task = found(ctx.db.get('tasks', id), `task ${id}`);
  if (!canSeeTask(task, ctx)) throw problems.notFound(`task ${id}`);
  return task;
}

/** Tasks passing `keep`, newest year first, then most recently updated. */
const sorted = (ctx: MockCtx, keep: (t: Task) => boolean) =>
  ctx.db
    .all('tasks')
    .filter(keep)
    .sort((a, b) => b.year - a.year || byUpdatedDesc(a, b));

export const listTasks: MockHandler<Routes['listTasks']> = (ctx) => {
  const q = ctx.query ?? {};
  const today = chinaToday(ctx.now);
  const final = new Set(ctx.config.taskStages.filter((s) => s.final).map((s) => s.code));
  // Without a planned end a task is neither overdue nor on time (the server's SQL says the same).
  const overdue = (t: Task) => t.plannedEnd !== undefined && (t.plannedEnd < today && !final.has(t.stageCode)) === (q.overdue === 'true');
  const tasks = sorted(
    ctx,
    (t) =>
      (q.type === undefined || t.type === q.type) &&
      (q.stage === undefined || t.stageCode === q.stage) &&
      (q.year === undefined || t.year === q.year) &&
      (q.unit === undefined || t.leadUnitIds.includes(q.unit) || t.assistingUnitIds.includes(q.unit)) &&
      (q.overdue === undefined || overdue(t)) &&
      matches(t.title, q.q) &&
      canSeeTask(t, ctx),
  );
  return page(tasks.map(taskSummary), pageArgs(q, 200));
};

export const listPublicTasks: MockHandler<Routes['listPublicTasks']> = (ctx) => {
  const q = ctx.query ?? {};
  const tasks = sorted(ctx, (t) => t.public && (q.type === undefined || t.type === q.type) && (q.year === undefined || t.year === q.year));
  return page(tasks.map(publicTask), pageArgs(q, 200));
};

export const getTask: MockHandler<Routes['getTask']> = (ctx) => load(ctx, ctx.params.id);

export const createTask: MockHandler<Routes['createTask']> = (ctx) => {
  refuseIf(checkNewTask(ctx.body, ctx));
  const task = newTask(ctx.body, ctx, newId('t'));
  ctx.db.put('tasks', task.id, task);
  ctx.audit({ entity: 'task', entityId: task.id, action: 'create', to: task.stageCode });
  return task;
};

export const updateTask: MockHandler<Routes['updateTask']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  refuseIf(checkTaskEdit(current, ctx.body, ctx));
  const saved = editTask(current, ctx.body, ctx);
  ctx.db.put('tasks', saved.id, saved);
  ctx.audit({ entity: 'task', entityId: saved.id, action: 'update' });
  return saved;
};

export const postTaskUpdate: MockHandler<Routes['postTaskUpdate']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  refuseIf(checkTaskUpdate(current, ctx));
  const attachments = resolveAttachments(ctx, ctx.body.attachmentIds, ['body', 'attachmentIds']);
  const saved = addTaskUpdate(current, ctx.body, ctx, { id: newId('tu'), attachments });
  ctx.db.put('tasks', saved.id, saved);
  ctx.audit({ entity: 'task', entityId: saved.id, action: 'progress' });
  return saved;
};

export const moveTaskStage: MockHandler<Routes['moveTaskStage']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  refuseIf(checkTaskMove(current, ctx.body, ctx));
  const saved = moveTask(current, ctx.body, ctx);
  const { note } = ctx.body;
  ctx.db.put('tasks', saved.id, saved);
  ctx.audit({ entity: 'task', entityId: saved.id, action: 'move', from: current.stageCode, to: saved.stageCode, ...(note && { note }) });
  return saved;
};
