/**
 * 重点协商 / 督办 tasks: the county's configured stages (who may move a task into each, what each
 * requires), progress updates, outcome and feedback, version checks so that two people's edits
 * never silently overwrite each other, and a public view without internal fields.
 */
import { chinaToday, type Routes, type Task, type TaskPublic, type TaskStage, type TaskSummary } from '@tongxin/core';
import type { Ctx, Handler } from '../context.js';
import { ProblemError, problems } from '../problem.js';
import { getDoc, isoChina, likePattern, newId, page, pageArgs } from '../repo.js';
import { change, hasRole, resolveAttachments } from './shared.js';

async function save(ctx: Ctx, t: Task, insert = false) {
  await ctx.sql.query(
    insert
      ? 'insert into tasks (tenant, id, stage, type, year, doc, version, created_at, updated_at) values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $8)'
      : 'update tasks set stage = $3, type = $4, year = $5, doc = $6::jsonb, version = $7, updated_at = $8 where tenant = $1 and id = $2',
    [ctx.tenant, t.id, t.stageCode, t.type, t.year, t, t.version, ctx.now],
  );
}

const finalStages = (ctx: Ctx) => ctx.config.taskStages.filter((s) => s.final).map((s) => s.code);

const toSummary = (t: Task): TaskSummary => ({
  id: t.id,
  title: t.title,
  type: t.type,
  year: t.year,
  stageCode: t.stageCode,
  progress: t.progress,
  leadUnitIds: t.leadUnitIds,
  ...(t.leadingParty && { leadingParty: t.leadingParty }),
  ...(t.plannedEnd && { plannedEnd: t.plannedEnd }),
  ...(t.actualEnd && { actualEnd: t.actualEnd }),
  updatedAt: t.updatedAt,
  version: t.version,
});

/** The public view: the summary's fields (without the version) and what may be shown. */
function toPublic(t: Task): TaskPublic {
  const { version: _version, ...summary } = toSummary(t);
  return {
    ...summary,
    ...(t.publicSummary && { publicSummary: t.publicSummary }),
    updates: t.updates
      .filter((u) => u.public)
      .map((u) => ({ at: u.at, text: u.text, ...(u.progress !== undefined && { progress: u.progress }) })),
    ...(t.outcome.adopted !== undefined && { adopted: t.outcome.adopted }),
    ...(t.outcome.carriedOut !== undefined && { carriedOut: t.outcome.carriedOut }),
  };
}

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
     and ($9::text is null or doc->>'title' like $9)`,
    [
      q.type ?? null,
      q.stage ?? null,
      q.year ?? null,
      q.unit ?? null,
      q.overdue ?? null,
      chinaToday(ctx.now),
      finalStages(ctx),
      q.q ? likePattern(q.q) : null,
    ],
    args,
  );
  return page(
    rows.map((r) => toSummary(r.doc)),
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
    rows.map((r) => toPublic(r.doc)),
    args,
  );
};

export const getTask: Handler<Routes['getTask']> = async (ctx) => getDoc<Task>(ctx.sql, 'tasks', ctx.tenant, ctx.params.id);

/** Checks unit ids against the county's units. */
function checkUnits(ctx: Ctx, ids: readonly string[] | undefined, field: string) {
  ids?.forEach((id, i) => {
    if (!ctx.config.units.some((u) => u.id === id)) throw problems.invalid(['body', field, i], 'invalid_value', '没有这个承办单位');
  });
}

export const createTask: Handler<Routes['createTask']> = async (ctx) => {
  const { stageCode, ...fields } = ctx.body;
  checkUnits(ctx, fields.leadUnitIds, 'leadUnitIds');
  checkUnits(ctx, fields.assistingUnitIds, 'assistingUnitIds');
  const stage = stageCode ? ctx.config.taskStages.find((s) => s.code === stageCode) : ctx.config.taskStages[0];
  if (!stage) throw problems.invalid(['body', 'stageCode'], 'invalid_value', '没有这个阶段');
  const at = isoChina(ctx.now);
  const task: Task = {
    ...fields,
    id: newId('t'),
    tenant: ctx.tenant,
    stageCode: stage.code,
    progress: stage.progress,
    updates: [],
    outcome: {},
    feedback: {},
    history: [change(ctx, 'create', undefined, stage.code)],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await save(ctx, task, true);
  await ctx.audit({ entity: 'task', entityId: task.id, action: 'create', to: task.stageCode });
  return task;
};

/** Who may change a task: staff, its lead and assisting units, and participating members. */
function mayWork(ctx: Ctx, t: Task) {
  if (hasRole(ctx, 'staff', 'admin')) return true;
  const unit = ctx.principal?.unitId;
  if (hasRole(ctx, 'unit') && unit && (t.leadUnitIds.includes(unit) || t.assistingUnitIds.includes(unit))) return true;
  const member = ctx.principal?.memberId;
  return hasRole(ctx, 'member') && member !== undefined && t.participants.some((p) => p.id === member);
}

export const updateTask: Handler<Routes['updateTask']> = async (ctx) => {
  const current = await getDoc<Task>(ctx.sql, 'tasks', ctx.tenant, ctx.params.id, true);
  if (!mayWork(ctx, current)) throw problems.forbidden('only staff and the task’s units may change it');
  const { version, outcome, feedback, ...fields } = ctx.body;
  // Two people editing the same task: the second sees both versions instead of overwriting.
  if (version !== current.version) throw problems.conflict(current);
  checkUnits(ctx, fields.leadUnitIds, 'leadUnitIds');
  checkUnits(ctx, fields.assistingUnitIds, 'assistingUnitIds');
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const next: Task = {
    ...current,
    ...defined,
    outcome: outcome ? { ...current.outcome, ...outcome } : current.outcome,
    feedback: feedback ? { ...current.feedback, ...feedback, at: feedback.at ?? isoChina(ctx.now) } : current.feedback,
    history: [
      ...current.history,
      change(ctx, 'update', current.stageCode, current.stageCode, {
        note: Object.keys({ ...defined, ...(outcome && { outcome }), ...(feedback && { feedback }) }).join(', '),
      }),
    ],
    updatedAt: isoChina(ctx.now),
    version: current.version + 1,
  };
  await save(ctx, next);
  await ctx.audit({ entity: 'task', entityId: next.id, action: 'update' });
  return next;
};

export const postTaskUpdate: Handler<Routes['postTaskUpdate']> = async (ctx) => {
  const current = await getDoc<Task>(ctx.sql, 'tasks', ctx.tenant, ctx.params.id, true);
  if (!mayWork(ctx, current)) throw problems.forbidden('only staff, the task’s units and its participants post progress');
  const update = {
    id: newId('tu'),
    at: isoChina(ctx.now),
    author: ctx.actor,
    text: ctx.body.text,
    ...(ctx.body.progress !== undefined && { progress: ctx.body.progress }),
    attachments: await resolveAttachments(ctx, ctx.body.attachmentIds, ['body', 'attachmentIds']),
    public: ctx.body.public ?? false,
  };
  const next: Task = {
    ...current,
    updates: [...current.updates, update],
    ...(ctx.body.progress !== undefined && { progress: ctx.body.progress }),
    history: [...current.history, change(ctx, 'progress', current.stageCode, current.stageCode)],
    updatedAt: isoChina(ctx.now),
    version: current.version + 1,
  };
  await save(ctx, next);
  await ctx.audit({ entity: 'task', entityId: next.id, action: 'progress' });
  return next;
};

/** What a stage requires that the task does not have yet (in Chinese, for the refusal). */
function missing(t: Task, stage: TaskStage): string[] {
  const lacks: string[] = [];
  for (const need of stage.requires ?? []) {
    if (need === 'reply_document' && !t.updates.some((u) => u.attachments.length > 0)) lacks.push('答复文件（带附件的进展）');
    if (need === 'outcome' && t.outcome.adopted === undefined && t.outcome.resolution === undefined)
      lacks.push('办理结果（采纳情况或解决程度）');
    if (need === 'feedback' && !t.feedback.text && !t.feedback.satisfaction) lacks.push('反馈意见或满意度');
    if (need === 'progress_update' && t.updates.length === 0) lacks.push('至少一条进展');
  }
  return lacks;
}

export const moveTaskStage: Handler<Routes['moveTaskStage']> = async (ctx) => {
  const current = await getDoc<Task>(ctx.sql, 'tasks', ctx.tenant, ctx.params.id, true);
  if (!mayWork(ctx, current)) throw problems.forbidden('only staff and the task’s units may move it');
  if (ctx.body.version !== current.version) throw problems.conflict(current);
  const stage = ctx.config.taskStages.find((s) => s.code === ctx.body.to);
  if (!stage) throw problems.invalid(['body', 'to'], 'invalid_value', '没有这个阶段');
  const allowed = ctx.config.taskStages
    .filter((s) => s.code !== current.stageCode && s.roles.some((r) => ctx.principal?.roles.includes(r)))
    .map((s) => s.code);
  if (!stage.roles.some((r) => ctx.principal?.roles.includes(r)) || stage.code === current.stageCode) {
    throw new ProblemError('illegal_transition', 409, { detail: `您的角色不能把任务推进到“${stage.label['zh-Hans']}”`, allowed });
  }
  const lacks = missing(current, stage);
  if (lacks.length)
    throw new ProblemError('illegal_transition', 409, {
      detail: `进入“${stage.label['zh-Hans']}”之前还需要：${lacks.join('、')}`,
      allowed,
    });
  const next: Task = {
    ...current,
    stageCode: stage.code,
    progress: Math.max(stage.progress, stage.final ? 100 : 0),
    ...(stage.final && !current.actualEnd && { actualEnd: chinaToday(ctx.now) }),
    history: [...current.history, change(ctx, 'move', current.stageCode, stage.code, ctx.body.note ? { note: ctx.body.note } : {})],
    updatedAt: isoChina(ctx.now),
    version: current.version + 1,
  };
  await save(ctx, next);
  await ctx.audit({
    entity: 'task',
    entityId: next.id,
    action: 'move',
    from: current.stageCode,
    to: stage.code,
    ...(ctx.body.note && { note: ctx.body.note }),
  });
  return next;
};
