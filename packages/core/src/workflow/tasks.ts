/**
 * 重点协商 / 督办 task rules: who may work on a task, the county's configured stages (which roles
 * may move a task into each, what each requires first), version checks so that two people's edits
 * never silently overwrite each other, and what the public page may show.
 */
import { chinaToday } from '../calendar.js';
import type {
  Attachment,
  Task,
  TaskInput,
  TaskPatch,
  TaskPublic,
  TaskStage,
  TaskStageMove,
  TaskSummary,
  TaskUpdate,
  TaskUpdateInput,
} from '../contract/index.js';
import { checkVersion, hasRole, isoChina, isStaff, nextVersion, type Refusal, refusals, statusChange, type WorkflowEnv } from './common.js';

/** Whether the caller is an officer of one of the task's lead or assisting units. */
function isTaskUnit(t: Task, env: Pick<WorkflowEnv, 'principal'>): boolean {
  const unit = env.principal?.unitId;
  return hasRole(env, 'unit') && unit !== undefined && (t.leadUnitIds.includes(unit) || t.assistingUnitIds.includes(unit));
}

/**
 * Who may read a task with its internal fields and updates: staff and members (key consultations
 * are the CPPCC's own work), and of the handling units only the task's lead and assisting units.
 * @example canSeeTask(task, { principal: { roles: ['unit'], unitId: 'u_other' } }); // → false
 */
export function canSeeTask(t: Task, env: Pick<WorkflowEnv, 'principal'>): boolean {
  return isStaff(env) || hasRole(env, 'member') || isTaskUnit(t, env);
}

/**
 * The unit whose tasks are all a caller may list (an officer of a handling unit), or undefined
 * when the caller may list every task (staff, members). See {@link canSeeTask}.
 */
export function taskListUnit(env: Pick<WorkflowEnv, 'principal'>): string | undefined {
  if (isStaff(env) || hasRole(env, 'member')) return undefined;
  return env.principal?.unitId ?? '';
}

/**
 * Who may change a task: staff, its lead and assisting units, and participating members.
 * @example mayWorkOnTask(task, { principal: { roles: ['unit'], unitId: task.leadUnitIds[0] } }); // → true
 */
export function mayWorkOnTask(t: Task, env: Pick<WorkflowEnv, 'principal'>): boolean {
  if (isStaff(env) || isTaskUnit(t, env)) return true;
  const member = env.principal?.memberId;
  return hasRole(env, 'member') && member !== undefined && t.participants.some((p) => p.id === member);
}

/**
 * Whether the caller may download attachment `id` because of this task: the file belongs to one of
 * its progress updates, and either that update is on the public page (a public update of a public
 * task: anyone) or the caller may read the task with its internal updates ({@link canSeeTask}:
 * staff, members, the task's own units). Other units get 404 like everyone else.
 * @example mayReadTaskAttachment({ ...task, public: false }, task.updates[0].attachments[0].id, { principal: { roles: ['unit'], unitId: 'u_other' } }); // → false
 */
export function mayReadTaskAttachment(t: Task, id: string, env: Pick<WorkflowEnv, 'principal'>): boolean {
  const updates = t.updates.filter((u) => u.attachments.some((a) => a.id === id));
  if (updates.length === 0) return false;
  return (t.public && updates.some((u) => u.public)) || canSeeTask(t, env);
}

/**
 * Refuses unit ids the county does not have (422, naming the field and position).
 * @example checkTaskUnits({ leadUnitIds: ['u_nope'] }, env); // → { code: 'validation_failed', issues: [{ path: ['body', 'leadUnitIds', 0], … }] }
 */
export function checkTaskUnits(
  input: { leadUnitIds?: readonly string[] | undefined; assistingUnitIds?: readonly string[] | undefined },
  env: Pick<WorkflowEnv, 'config'>,
): Refusal | undefined {
  const known = new Set(env.config.units.map((u) => u.id));
  for (const field of ['leadUnitIds', 'assistingUnitIds'] as const) {
    const i = (input[field] ?? []).findIndex((id) => !known.has(id));
    if (i >= 0) return refusals.invalid(['body', field, i], 'invalid_value', '没有这个承办单位');
  }
  return undefined;
}

/** The stage a new task starts in: the one asked for, or the county's first. */
const startStage = (input: Pick<TaskInput, 'stageCode'>, env: Pick<WorkflowEnv, 'config'>) =>
  input.stageCode ? env.config.taskStages.find((s) => s.code === input.stageCode) : env.config.taskStages[0];

/**
 * Why a new task cannot be created as given: unknown units, or a stage the county does not have.
 * @example checkNewTask({ ...input, stageCode: 'nope' }, env); // → { code: 'validation_failed', issues: [{ path: ['body', 'stageCode'], … }] }
 */
export function checkNewTask(input: TaskInput, env: Pick<WorkflowEnv, 'config'>): Refusal | undefined {
  return (
    checkTaskUnits(input, env) ??
    (startStage(input, env) ? undefined : refusals.invalid(['body', 'stageCode'], 'invalid_value', '没有这个阶段'))
  );
}

/**
 * A new task (after {@link checkNewTask}), in its first stage with that stage's progress.
 * @example newTask(input, env, 't_1').stageCode; // → the county's first stage, e.g. 'planned'
 */
export function newTask(input: TaskInput, env: WorkflowEnv, id: string): Task {
  const { stageCode: _asked, ...fields } = input;
  const stage = startStage(input, env)!;
  const at = isoChina(env.now);
  return {
    ...fields,
    id,
    tenant: env.tenant,
    stageCode: stage.code,
    progress: stage.progress,
    updates: [],
    outcome: {},
    feedback: {},
    history: [statusChange(env, 'create', undefined, stage.code)],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/**
 * Why the caller cannot change the task's fields: not one of its people (403), a stale version
 * (409, with the current task), or unknown units (422).
 * @example checkTaskEdit(task, { version: task.version - 1 }, staffEnv); // → { code: 'version_conflict', status: 409, current: task, … }
 */
export function checkTaskEdit(t: Task, patch: TaskPatch, env: WorkflowEnv): Refusal | undefined {
  if (!mayWorkOnTask(t, env)) return refusals.forbidden('只有工作人员和任务的承办单位可以修改任务');
  // Two people editing the same task: the second sees both versions instead of overwriting.
  return checkVersion(t, patch.version) ?? checkTaskUnits(patch, env);
}

/**
 * The task with the fields that were sent (outcome and feedback merged), one version on.
 * @example editTask(task, { version: task.version, summary: '已完成调研' }, env).history.at(-1)?.note; // → 'summary'
 */
export function editTask(t: Task, patch: TaskPatch, env: WorkflowEnv): Task {
  const { version: _version, outcome, feedback, ...fields } = patch;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return nextVersion(
    {
      ...t,
      ...defined,
      outcome: outcome ? { ...t.outcome, ...outcome } : t.outcome,
      feedback: feedback ? { ...t.feedback, ...feedback, at: feedback.at ?? isoChina(env.now) } : t.feedback,
      history: [
        ...t.history,
        statusChange(env, 'update', t.stageCode, t.stageCode, {
          note: Object.keys({ ...defined, ...(outcome && { outcome }), ...(feedback && { feedback }) }).join(', '),
        }),
      ],
    },
    env,
  );
}

/**
 * Why the caller cannot post progress on the task: only its people may (403).
 * @example checkTaskUpdate(task, citizenEnv); // → { code: 'forbidden', status: 403, … }
 */
export function checkTaskUpdate(t: Task, env: WorkflowEnv): Refusal | undefined {
  return mayWorkOnTask(t, env) ? undefined : refusals.forbidden('只有工作人员、任务的承办单位和参加人员可以填写进展');
}

/**
 * The task with a progress update (落实情况) by the caller added; its progress is the update's when given.
 * @example addTaskUpdate(task, { text: '已召开座谈会', progress: 60 }, env, { id: 'tu_1', attachments: [] }).progress; // → 60
 */
export function addTaskUpdate(
  t: Task,
  input: TaskUpdateInput,
  env: WorkflowEnv,
  resolved: { id: string; attachments: Attachment[] },
): Task {
  const { progress } = input;
  const update: TaskUpdate = {
    id: resolved.id,
    at: isoChina(env.now),
    author: env.actor,
    text: input.text,
    ...(progress !== undefined && { progress }),
    attachments: resolved.attachments,
    public: input.public ?? false,
  };
  return nextVersion(
    {
      ...t,
      updates: [...t.updates, update],
      ...(progress !== undefined && { progress }),
      history: [...t.history, statusChange(env, 'progress', t.stageCode, t.stageCode)],
    },
    env,
  );
}

/** Something a stage may require before a task enters it. */
export type StageRequirement = NonNullable<TaskStage['requires']>[number];

/** Each requirement as a refusal names it. */
const REQUIREMENT_NAMES: Record<StageRequirement, string> = {
  reply_document: '答复文件（带附件的进展）',
  outcome: '办理结果（采纳情况或解决程度）',
  feedback: '反馈意见或满意度',
  progress_update: '至少一条进展',
};

const meets = (t: Task, need: StageRequirement): boolean => {
  switch (need) {
    case 'reply_document':
      return t.updates.some((u) => u.attachments.length > 0);
    case 'outcome':
      return t.outcome.adopted !== undefined || t.outcome.resolution !== undefined;
    case 'feedback':
      return Boolean(t.feedback.text || t.feedback.satisfaction);
    case 'progress_update':
      return t.updates.length > 0;
  }
};

/**
 * What `stage` requires that the task does not have yet, in the stage's order (empty: it may enter).
 * @example missingRequirements({ ...task, updates: [] }, answeredStage); // → ['reply_document']
 */
export function missingRequirements(t: Task, stage: TaskStage): StageRequirement[] {
  return (stage.requires ?? []).filter((need) => !meets(t, need));
}

/**
 * Why the caller cannot move the task to `move.to`, or `undefined` when they can: not one of its
 * people (403), a stale version (409), an unknown stage (422), a stage their roles may not move a
 * task into or the stage it is already in (409), or what the stage requires and the task lacks
 * (409). The 409s name the stages the caller may move it to.
 * @example checkTaskMove(task, { to: 'answered', version: task.version }, unitEnv);
 * // → { code: 'illegal_transition', status: 409, detail: '进入“已答复”之前还需要：答复文件（带附件的进展）', allowed: [...] }
 */
export function checkTaskMove(t: Task, move: TaskStageMove, env: WorkflowEnv): Refusal | undefined {
  if (!mayWorkOnTask(t, env)) return refusals.forbidden('只有工作人员和任务的承办单位可以推进阶段');
  const stale = checkVersion(t, move.version);
  if (stale) return stale;
  const stage = env.config.taskStages.find((s) => s.code === move.to);
  if (!stage) return refusals.invalid(['body', 'to'], 'invalid_value', '没有这个阶段');
  const mine = (s: TaskStage) => s.roles.some((r) => env.principal?.roles.includes(r));
  const allowed = env.config.taskStages.filter((s) => s.code !== t.stageCode && mine(s)).map((s) => s.code);
  const label = stage.label['zh-Hans'];
  if (!mine(stage) || stage.code === t.stageCode)
    return { code: 'illegal_transition', status: 409, detail: `您的角色不能把任务推进到“${label}”`, allowed };
  const lacks = missingRequirements(t, stage).map((need) => REQUIREMENT_NAMES[need]);
  if (lacks.length) return { code: 'illegal_transition', status: 409, detail: `进入“${label}”之前还需要：${lacks.join('、')}`, allowed };
  return undefined;
}

/**
 * The task in its new stage (after {@link checkTaskMove}): the stage's progress (100 when final),
 * the actual end date when it first reaches a final stage, one version on.
 * @example moveTask(task, { to: 'done', version: task.version }, env); // → { …, stageCode: 'done', progress: 100, actualEnd: '2026-05-12' }
 */
export function moveTask(t: Task, move: TaskStageMove, env: WorkflowEnv): Task {
  const stage = env.config.taskStages.find((s) => s.code === move.to)!;
  return nextVersion(
    {
      ...t,
      stageCode: stage.code,
      progress: Math.max(stage.progress, stage.final ? 100 : 0),
      ...(stage.final && !t.actualEnd && { actualEnd: chinaToday(env.now) }),
      history: [...t.history, statusChange(env, 'move', t.stageCode, stage.code, move.note ? { note: move.note } : {})],
    },
    env,
  );
}

/**
 * One row of a task list.
 * @example taskSummary(task).version; // → task.version
 */
export function taskSummary(t: Task): TaskSummary {
  return {
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
  };
}

/**
 * What the public transparency page shows of a task: the summary without the version, the public
 * summary and public updates, and whether the outcome was adopted and carried out.
 * @example publicTask(task).updates; // → only the updates marked public, without authors or attachments
 */
export function publicTask(t: Task): TaskPublic {
  const { version: _version, ...summary } = taskSummary(t);
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
