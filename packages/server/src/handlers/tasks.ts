/**
 * 重点协商 / 督办 tasks: the county's configured stages (who may move a task into each, what each
 * requires), progress updates, outcome and feedback, version checks so that two people's edits
 * never silently overwrite each other, and a public view without internal fields. The rules are
 * `@tongxin/core/workflow`'s; these handlers load, resolve attachments and store.
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
  taskListUnit,
  taskSummary,
} from '@tongxin/core/workflow';
import type { Ctx, Handler } from '../context.js';
import { problems, refuseIf } from '../problem.js';
import { getDoc, likePattern, newId, page, pageArgs } from '../repo.js';
import { resolveAttachments } from './shared.js';

/** Stores a task (its columns for filtering and its document); `insert` for a new one. */
export async function saveTask(ctx: Ctx, t: Task, insert = false) {
  await ctx.sql.query(
    insert
      ? 'insert into tasks (tenant, id, stage, type, year, doc, version, created_at, updated_at) values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $8)'
      : 'update tasks set stage = $3, type = $4, year = $5, doc = $6::jsonb, version = $7, updated_at = $8 where tenant = $1 and id = $2',
    [ctx.tenant, t.id, t.stageCode, t.type, t.year, t, t.version, ctx.now],
  );
}

const finalStages = (ctx: Ctx) => ctx.config.taskStages.filter((s) => s.final).map((s) => s.code);

function query(ctx: Ctx, where: string, params: unknown[], args: ReturnType<typeof pageArgs>) {
  return ctx.sql.query<{ doc: Task }>(
    `select doc from tasks where tenant = $1 and ${where} order by year desc, updated_at desc, id limit $${params.length + 2} offset $${params.length + 3}`,
    [ctx.tenant, ...params, args.limit + 1, args.offset],
  );
}

export const listTasks: Handler<Routes['listTasks']> = async (ctx) => {
  const q = ctx.query ?? {};
  const args = pageArgs({ ...q, limit: q.limit ?? 200 });
  const rows = await query(
    ctx,
    `($2::text is null or type = $2) and ($3::text is null or stage = $3) and ($4::int is null or year = $4)
     and ($5::text is null or doc->'leadUnitIds' ? $5 or doc->'assistingUnitIds' ? $5)
     and ($6::text is null or (($6 = 'true') = (doc->>'plannedEnd' < $7 and not (stage = any($8::text[])))))
     and ($9::text is null or doc->>'title' like $9)
     and ($10::text is null or doc->'leadUnitIds' ? $10 or doc->'assistingUnitIds' ? $10)`,
    [
      q.type ?? null,
      q.stage ?? null,
      q.year ?? null,
      q.unit ?? null,
      q.overdue ?? null,
      chinaToday(ctx.now),
      finalStages(ctx),
      q.q ? likePattern(q.q) : null,
      // A handling unit's officer lists the tasks of that unit only (see canSeeTask).
      taskListUnit(ctx) ?? null,
    ],
    args,
  );
  return page(
    rows.map((r) => taskSummary(r.doc)),
    args,
  );
};

export const listPublicTasks: Handler<Routes['listPublicTasks']> = async (ctx) => {
  const q = ctx.query ?? {};
  const args = pageArgs({ ...q, limit: q.limit ?? 200 });
  const rows = await query(
    ctx,
    `(doc->>'public')::boolean and ($2::text is null or type = $2) and ($3::int is null or year = $3)`,
    [q.type ?? null, q.year ?? null],
    args,
  );
  return page(
    rows.map((r) => publicTask(r.doc)),
    args,
  );
};

export const getTask: Handler<Routes['getTask']> = async (ctx) => {
  const task = await getDoc<Task>(ctx.sql, 'tasks', ctx.tenant, ctx.params.id);
  // Another unit's task is answered like a task that does not exist.
  if (!canSeeTask(task, ctx)) throw problems.notFound(`task ${ctx.params.id}`);
  return task;
};

export const createTask: Handler<Routes['createTask']> = async (ctx) => {
  refuseIf(checkNewTask(ctx.body, ctx));
  const task = newTask(ctx.body, ctx, newId('t'));
  await saveTask(ctx, task, true);
  await ctx.audit({ entity: 'task', entityId: task.id, action: 'create', to: task.stageCode });
  return task;
};

/** A task to change, locked for the rest of the request; another unit's is answered as missing. */
async function load(ctx: Ctx, id: string): Promise<Task> {
  const task = await getDoc<Task>(ctx.sql, 'tasks', ctx.tenant, id, true);
  if (!canSeeTask(task, ctx)) throw problems.notFound(`task ${id}`);
  return task;
}

export const updateTask: Handler<Routes['updateTask']> = async (ctx) => {
  const current = await load(ctx, ctx.params.id);
  refuseIf(checkTaskEdit(current, ctx.body, ctx));
  const next = editTask(current, ctx.body, ctx);
  await saveTask(ctx, next);
  await ctx.audit({ entity: 'task', entityId: next.id, action: 'update' });
  return next;
};

export const postTaskUpdate: Handler<Routes['postTaskUpdate']> = async (ctx) => {
  const current = await load(ctx, ctx.params.id);
  refuseIf(checkTaskUpdate(current, ctx));
  const attachments = await resolveAttachments(ctx, ctx.body.attachmentIds, ['body', 'attachmentIds']);
  const next = addTaskUpdate(current, ctx.body, ctx, { id: newId('tu'), attachments });
  await saveTask(ctx, next);
  await ctx.audit({ entity: 'task', entityId: next.id, action: 'progress' });
  return next;
};

export const moveTaskStage: Handler<Routes['moveTaskStage']> = async (ctx) => {
  const current = await load(ctx, ctx.params.id);
  refuseIf(checkTaskMove(current, ctx.body, ctx));
  const next = moveTask(current, ctx.body, ctx);
  const { note } = ctx.body;
  await saveTask(ctx, next);
  await ctx.audit({
    entity: 'task',
    entityId: next.id,
    action: 'move',
    from: current.stageCode,
    to: next.stageCode,
    ...(note && { note }),
  });
  return next;
};
