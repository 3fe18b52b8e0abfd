/**
 * The task tracker's logic without the DOM: what a row shows about its deadline (working days on the
 * county's calendar), which rows a filter keeps, counts by stage and bucket, what the controls offer
 * to whom, and the version a queued stage move expects. The rules the server decides by (who may
 * work on a task, what a stage requires, a task's list row) are `@tongxin/core/workflow`'s, used
 * here as they are. Runs in Node for tests.
 */
import {
  type CountyConfig,
  dueStatus,
  type Task,
  type TaskPublic,
  type TaskStage,
  type TaskSummary,
  type TaskType,
  type User,
  type WorkCalendar,
} from '@tongxin/core';
import { hasRole, mayWorkOnTask } from '@tongxin/core/workflow';

/** A list row: a member's summary, or the public view (which has no version). */
export type Row = Omit<TaskSummary, 'version'> & { version?: number };
/** What the detail view shows: the full task (members, staff, units) or the public view. */
export type AnyTask = Task | TaskPublic;

/** Where a task stands against its planned end (计划完成), in working days. */
export type Due =
  | { kind: 'none' }
  /** In a final stage: done, on time or late (calendar dates). */
  | { kind: 'done'; late: boolean }
  | { kind: 'overdue' | 'due_soon' | 'on_time'; workingDaysLeft: number };

/** The county settings deadlines are counted with. */
export interface DueContext {
  calendar: WorkCalendar;
  dueSoonWorkingDays: number;
  /** `YYYY-MM-DD` in China. */
  today: string;
  finalStages: ReadonlySet<string>;
}

/** The due context of a county configuration on `today`. */
export function dueContext(config: Pick<CountyConfig, 'calendar' | 'deadlines' | 'taskStages'>, today: string): DueContext {
  return {
    calendar: config.calendar,
    dueSoonWorkingDays: config.deadlines.dueSoonWorkingDays,
    today,
    finalStages: new Set(config.taskStages.filter((s) => s.final).map((s) => s.code)),
  };
}

/**
 * A task's deadline status: tasks in a final stage are done (late when finished after the planned
 * end); open tasks are overdue after the planned end, due soon within the county's window.
 * @example dueOf({ stageCode: 'assigned', plannedEnd: '2026-11-20' }, ctx) // { kind: 'overdue', workingDaysLeft: -5 }
 */
export function dueOf(row: Pick<Row, 'stageCode' | 'plannedEnd' | 'actualEnd'>, ctx: DueContext): Due {
  if (ctx.finalStages.has(row.stageCode)) {
    return { kind: 'done', late: Boolean(row.plannedEnd && row.actualEnd && row.actualEnd > row.plannedEnd) };
  }
  if (!row.plannedEnd) return { kind: 'none' };
  try {
    const { status, workingDaysLeft } = dueStatus(row.plannedEnd, ctx.today, ctx.calendar, ctx.dueSoonWorkingDays);
    return { kind: status, workingDaysLeft };
  } catch {
    // A calendar the county mistyped must not hide the list: no highlighting then.
    return { kind: 'none' };
  }
}

/** What the list can be narrowed to; absent members do not filter. */
export interface TaskFilter {
  type?: TaskType | undefined;
  stage?: string | undefined;
  /** A lead unit (牵头单位). */
  unit?: string | undefined;
  year?: number | undefined;
  /** Only overdue, or only due-soon tasks. */
  due?: 'overdue' | 'due_soon' | undefined;
  /** Words in the title or the leading party. */
  q?: string | undefined;
}

/** A row with what the views and filters need, computed once per load. */
export interface Model {
  row: Row;
  due: Due;
  /** Position of the stage in the county's order (-1 when the county no longer has it). */
  stageIndex: number;
  /** Lower-cased title and leading party, for the text search. */
  text: string;
}

let collator: Intl.Collator | undefined;
/** Titles in pinyin order; one collator (a `localeCompare` with a locale builds one per call). */
function byTitle(a: string, b: string): number {
  collator ??= new Intl.Collator('zh-Hans-CN');
  return collator.compare(a, b);
}

/** Builds the models of the rows, sorted: overdue first, then by planned end, finished last. */
export function buildModels(rows: readonly Row[], stages: readonly TaskStage[], ctx: DueContext): Model[] {
  const order = new Map(stages.map((s, i) => [s.code, i]));
  const models = rows.map((row) => ({
    row,
    due: dueOf(row, ctx),
    stageIndex: order.get(row.stageCode) ?? -1,
    text: `${row.title} ${row.leadingParty ?? ''}`.toLowerCase(),
  }));
  const rank = (m: Model) => (m.due.kind === 'done' ? 2 : m.due.kind === 'none' ? 1 : 0);
  return models.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.row.plannedEnd ?? '9999').localeCompare(b.row.plannedEnd ?? '9999') ||
      b.row.year - a.row.year ||
      byTitle(a.row.title, b.row.title),
  );
}

/** Whether a model passes a filter (`skipStage` leaves the stage out, for the counts beside it). */
export function matches(m: Model, f: TaskFilter, skipStage = false): boolean {
  const r = m.row;
  if (f.type && r.type !== f.type) return false;
  if (!skipStage && f.stage && r.stageCode !== f.stage) return false;
  if (f.unit && !r.leadUnitIds.includes(f.unit)) return false;
  if (f.year !== undefined && r.year !== f.year) return false;
  if (f.due && m.due.kind !== f.due) return false;
  if (f.q) {
    const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.every((w) => m.text.includes(w))) return false;
  }
  return true;
}

/** The models a filter keeps, in order. */
export function filterModels(models: readonly Model[], f: TaskFilter): Model[] {
  return models.filter((m) => matches(m, f));
}

/** Counts by stage code and by bucket (待办/在办/已答复/已反馈), plus overdue and due soon. */
export interface Counts {
  total: number;
  byStage: Map<string, number>;
  byBucket: Record<TaskStage['bucket'], number>;
  overdue: number;
  dueSoon: number;
}

/**
 * Counts of the models that pass the filter without its stage, so each stage's count says what
 * choosing it would show.
 */
export function countModels(models: readonly Model[], stages: readonly TaskStage[], f: TaskFilter = {}): Counts {
  const bucketOf = new Map(stages.map((s) => [s.code, s.bucket]));
  const counts: Counts = {
    total: 0,
    byStage: new Map(stages.map((s) => [s.code, 0])),
    byBucket: { todo: 0, doing: 0, answered: 0, fed_back: 0 },
    overdue: 0,
    dueSoon: 0,
  };
  for (const m of models) {
    if (!matches(m, f, true)) continue;
    counts.total++;
    const code = m.row.stageCode;
    counts.byStage.set(code, (counts.byStage.get(code) ?? 0) + 1);
    const bucket = bucketOf.get(code);
    if (bucket) counts.byBucket[bucket]++;
    if (m.due.kind === 'overdue') counts.overdue++;
    if (m.due.kind === 'due_soon') counts.dueSoon++;
  }
  return counts;
}

/** Years present in the rows, newest first. */
export function yearsOf(rows: readonly Row[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
}

/** Whether a value is a full task rather than the public view. */
export const isFullTask = (t: AnyTask): t is Task => 'version' in t && 'history' in t;

/**
 * Whether the user may post progress and move the task: the server's rule. Unknown users (the
 * sign-in could not be read, offline) may try; the server has the last word.
 */
export function mayWork(task: Task, user: User | undefined): boolean {
  return !user || mayWorkOnTask(task, { principal: user });
}

/** Whether the user may change outcome and feedback (PATCH is for staff, units and administrators). */
export function mayEdit(task: Task, user: User | undefined): boolean {
  if (user && !hasRole({ principal: user }, 'staff', 'unit', 'admin')) return false;
  return mayWork(task, user);
}

/** Stages the user's roles may move the task into (all other stages when the roles are unknown). */
export function allowedStages(stages: readonly TaskStage[], current: string, user: User | undefined): TaskStage[] {
  return stages.filter((s) => s.code !== current && (!user || hasRole({ principal: user }, ...s.roles)));
}

/**
 * The version a stage move queued now should carry: every item of this user still queued ahead of it
 * for the same task raises the version by one when the server applies it, so the move expects the
 * version after this user's own changes — and still meets a 409 when anyone else changed the task.
 */
export function expectedVersion(known: number, queuedAhead: number): number {
  return known + queuedAhead;
}

/** Length in code points (what the server's limits count): 𣵦 is one. */
export const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** Cuts text to `max` code points, with an ellipsis when it was longer. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s; // UTF-16 length ≥ code points: nothing to cut
  const points = [...s];
  return points.length <= max ? s : `${points.slice(0, max - 1).join('')}…`;
}

/** `YYYY-MM-DD` and `HH:MM` in China of an ISO timestamp (any offset). */
export function chinaDateTime(at: string): { date: string; time: string } {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return { date: at.slice(0, 10), time: '' };
  const china = new Date(ms + 8 * 3_600_000).toISOString();
  return { date: china.slice(0, 10), time: china.slice(11, 16) };
}

/** What the outcome form holds (strings from its controls; `yes`/`no` for the booleans); absent fields stay as they are. */
export type OutcomeValues = Partial<Record<OutcomeField, string>>;
/** The outcome and feedback fields the tracker edits, in form order. */
export const OUTCOME_FIELDS = [
  'resolution',
  'adopted',
  'adoptionNote',
  'carriedOut',
  'carriedOutNote',
  'feedbackText',
  'satisfaction',
] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];
/** The body of an outcome PATCH without its version. */
export interface OutcomePatch {
  outcome?: Task['outcome'];
  feedback?: Task['feedback'];
}

const yesNo = (v: string | undefined) => (v === 'yes' ? true : v === 'no' ? false : undefined);

/** A field's value in a task, as the form shows it. */
export function outcomeValue(task: Task, field: OutcomeField): string {
  const o = task.outcome;
  const f = task.feedback;
  const flag = (b: boolean | undefined) => (b === undefined ? '' : b ? 'yes' : 'no');
  switch (field) {
    case 'resolution':
      return o.resolution ?? '';
    case 'adopted':
      return flag(o.adopted);
    case 'adoptionNote':
      return o.adoptionNote ?? '';
    case 'carriedOut':
      return flag(o.carriedOut);
    case 'carriedOutNote':
      return o.carriedOutNote ?? '';
    case 'feedbackText':
      return f.text ?? '';
    default:
      return f.satisfaction ?? '';
  }
}

/**
 * The PATCH that changes only what the user changed: unchanged fields are left out, so that the
 * request says exactly which of the server's values it replaces (and a conflict can list them).
 * Choices cannot be unset (the server merges), so an empty choice means "leave as it is".
 */
export function outcomePatch(task: Task, values: OutcomeValues): OutcomePatch {
  const outcome: Record<string, unknown> = {};
  const feedback: Record<string, unknown> = {};
  for (const field of OUTCOME_FIELDS) {
    if (values[field] === undefined) continue;
    const raw = values[field].trim();
    if (raw === outcomeValue(task, field)) continue;
    const choice = field === 'adopted' || field === 'carriedOut' || field === 'resolution' || field === 'satisfaction';
    if (choice && raw === '') continue;
    const value = field === 'adopted' || field === 'carriedOut' ? yesNo(raw) : raw;
    if (field === 'feedbackText') feedback.text = value;
    else if (field === 'satisfaction') feedback.satisfaction = value;
    else outcome[field] = value;
  }
  return {
    ...(Object.keys(outcome).length > 0 && { outcome: outcome as Task['outcome'] }),
    ...(Object.keys(feedback).length > 0 && { feedback: feedback as Task['feedback'] }),
  };
}

/** The fields a PATCH changes. */
export function patchFields(patch: OutcomePatch): OutcomeField[] {
  return OUTCOME_FIELDS.filter((field) => {
    if (field === 'feedbackText') return patch.feedback?.text !== undefined;
    if (field === 'satisfaction') return patch.feedback?.satisfaction !== undefined;
    return (patch.outcome as Record<string, unknown> | undefined)?.[field] !== undefined;
  });
}

/** A field's value in a PATCH, as the form shows it. */
export function patchValue(patch: OutcomePatch, field: OutcomeField): string {
  const asTask = { outcome: patch.outcome ?? {}, feedback: patch.feedback ?? {} } as Task;
  return outcomeValue(asTask, field);
}
