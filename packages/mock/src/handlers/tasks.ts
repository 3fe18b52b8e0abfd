/**
 * 重点协商 / 督办 tasks: the county's configured stages (who may move a task into each, what each
 * requires), progress updates, outcome and feedback, version checks, and a public view without
 * internal fields.
 */
import { chinaToday, type Routes, type Task, type TaskPublic, type TaskStage, type TaskSummary } from '@tongxin/core';
import type { MockCtx, MockHandler } from '../context.js';
import { byUpdatedDesc, found, isoChina, MockProblem, newId, page, pageArgs, problems } from '../util.js';
import { change, hasRole, matches, resolveAttachments } from './shared.js';

const load = (ctx: MockCtx, id: string) => found(ctx.db.get('tasks', id), `task ${id}`);

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
      matches(t.title, q.q),
  );
  return page(tasks.map(toSummary), pageArgs(q, 200));
};

export const listPublicTasks: MockHandler<Routes['listPublicTasks']> = (ctx) => {
  const q = ctx.query ?? {};
  const tasks = sorted(ctx, (t) => t.public && (q.type === undefined || t.type === q.type) && (q.year === undefined || t.year === q.year));
  return page(tasks.map(toPublic), pageArgs(q, 200));
};

export const getTask: MockHandler<Routes['getTask']> = (ctx) => load(ctx, ctx.params.id);

/** Checks unit ids against the county's units. */
function checkUnits(ctx: MockCtx, ids: readonly string[] | undefined, field: string) {
  ids?.forEach((id, i) => {
    if (!ctx.config.units.some((u) => u.id === id)) throw problems.invalid(['body', field, i], 'invalid_value', '没有这个承办单位');
  });
}

export const createTask: MockHandler<Routes['createTask']> = (ctx) => {
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
  ctx.db.put('tasks', task.id, task);
  ctx.audit({ entity: 'task', entityId: task.id, action: 'create', to: task.stageCode });
  return task;
};

/** Who may change a task: staff, its lead and assisting units, and participating members. */
function mayWork(ctx: MockCtx, t: Task) {
  if (hasRole(ctx, 'staff', 'admin')) return true;
  const unit = ctx.principal?.unitId;
  if (hasRole(ctx, 'unit') && unit && (t.leadUnitIds.includes(unit) || t.assistingUnitIds.includes(unit))) return true;
  const member = ctx.principal?.memberId;
  return hasRole(ctx, 'member') && member !== undefined && t.participants.some((p) => p.id === member);
}

/** Saves a changed task with a new version and timestamp. */
function save(ctx: MockCtx, current: Task, next: Omit<Task, 'updatedAt' | 'version'>): Task {
  const saved: Task = { ...next, updatedAt: isoChina(ctx.now), version: current.version + 1 };
  ctx.db.put('tasks', saved.id, saved);
  return saved;
}

export const updateTask: MockHandler<Routes['updateTask']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  if (!mayWork(ctx, current)) throw problems.forbidden('only staff and the task’s units may change it');
  const { version, outcome, feedback, ...fields } = ctx.body;
  // Two people editing the same task: the second sees both versions instead of overwriting.
  if (version !== current.version) throw problems.conflict(current);
  checkUnits(ctx, fields.leadUnitIds, 'leadUnitIds');
  checkUnits(ctx, fields.assistingUnitIds, 'assistingUnitIds');
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const saved = save(ctx, current, {
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
  });
  ctx.audit({ entity: 'task', entityId: saved.id, action: 'update' });
  return saved;
};

export const postTaskUpdate: MockHandler<Routes['postTaskUpdate']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  if (!mayWork(ctx, current)) throw problems.forbidden('only staff, the task’s units and its participants post progress');
  const { text, progress, attachmentIds } = ctx.body;
  const update = {
    id: newId('tu'),
    at: isoChina(ctx.now),
    author: ctx.actor,
    text,
    ...(progress !== undefined && { progress }),
    attachments: resolveAttachments(ctx, attachmentIds, ['body', 'attachmentIds']),
    public: ctx.body.public ?? false,
  };
  const saved = save(ctx, current, {
    ...current,
    updates: [...current.updates, update],
    ...(progress !== undefined && { progress }),
    history: [...current.history, change(ctx, 'progress', current.stageCode, current.stageCode)],
  });
  ctx.audit({ entity: 'task', entityId: saved.id, action: 'progress' });
  return saved;
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

export const moveTaskStage: MockHandler<Routes['moveTaskStage']> = (ctx) => {
  const current = load(ctx, ctx.params.id);
  if (!mayWork(ctx, current)) throw problems.forbidden('only staff and the task’s units may move it');
  if (ctx.body.version !== current.version) throw problems.conflict(current);
  const stage = ctx.config.taskStages.find((s) => s.code === ctx.body.to);
  if (!stage) throw problems.invalid(['body', 'to'], 'invalid_value', '没有这个阶段');
  const mine = (s: TaskStage) => s.roles.some((r) => ctx.principal?.roles.includes(r));
  const allowed = ctx.config.taskStages.filter((s) => s.code !== current.stageCode && mine(s)).map((s) => s.code);
  if (!mine(stage) || stage.code === current.stageCode)
    throw new MockProblem('illegal_transition', 409, { detail: `您的角色不能把任务推进到“${stage.label['zh-Hans']}”`, allowed });
  const lacks = missing(current, stage);
  if (lacks.length)
    throw new MockProblem('illegal_transition', 409, { detail: `进入“${stage.label['zh-Hans']}”之前还需要：${lacks.join('、')}`, allowed });
  const note = ctx.body.note;
  const saved = save(ctx, current, {
    ...current,
    stageCode: stage.code,
    progress: Math.max(stage.progress, stage.final ? 100 : 0),
    ...(stage.final && !current.actualEnd && { actualEnd: chinaToday(ctx.now) }),
    history: [...current.history, change(ctx, 'move', current.stageCode, stage.code, note ? { note } : {})],
  });
  ctx.audit({ entity: 'task', entityId: saved.id, action: 'move', from: current.stageCode, to: stage.code, ...(note && { note }) });
  return saved;
};
