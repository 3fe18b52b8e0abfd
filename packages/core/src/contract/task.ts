/** 重点协商 / 督办 — key consultation, inspection and supervision tasks with configured stages. */
import * as z from 'zod/mini';
import {
  Actor,
  Attachment,
  Code,
  Id,
  LocalDate,
  PersonRef,
  Satisfaction,
  StatusChange,
  TenantCode,
  Timestamp,
  text,
  Version,
} from './common.js';

/** Kinds of tasks: 重点协商, 专题视察, 重点提案督办, 调研, 民主监督. */
export const TaskType = z.enum(['key_consultation', 'inspection', 'supervised_proposal', 'research', 'democratic_supervision']);
export type TaskType = z.infer<typeof TaskType>;

/** Progress percentage, 0–100. */
const Percent = z.int().check(z.gte(0), z.lte(100));

/** A dated progress update (落实情况) posted by a member, staff or a unit. */
export const TaskUpdate = z.object({
  id: Id,
  at: Timestamp,
  author: Actor,
  text: text(10000, 1),
  progress: z.optional(Percent),
  attachments: z.array(Attachment),
  /** Shown on the public transparency page. */
  public: z.boolean(),
});
export type TaskUpdate = z.infer<typeof TaskUpdate>;

/** Outcome: 解决程度, 采纳 with explanation, 落实. */
export const TaskOutcome = z.object({
  /** A code from the county's answer categories (解决程度). */
  resolution: z.optional(Code),
  adopted: z.optional(z.boolean()),
  adoptionNote: z.optional(text(2000)),
  carriedOut: z.optional(z.boolean()),
  carriedOutNote: z.optional(text(2000)),
});

/** Feedback (反馈) and satisfaction (满意度测评). */
export const TaskFeedback = z.object({
  text: z.optional(text(5000)),
  satisfaction: z.optional(Satisfaction),
  at: z.optional(Timestamp),
});

const fields = {
  title: text(200, 1),
  type: TaskType,
  year: z.int().check(z.gte(2000), z.lte(2100)),
  /** 牵头单位. */
  leadUnitIds: z.array(Id).check(z.maxLength(10)),
  /** 协办单位. */
  assistingUnitIds: z.array(Id).check(z.maxLength(20)),
  /** 牵头党派/团体 (7 of Panjin's 18 tasks were led by democratic parties). */
  leadingParty: z.optional(text(64)),
  /** 责任领导. */
  leader: z.optional(text(64)),
  participants: z.array(PersonRef).check(z.maxLength(200)),
  plannedStart: z.optional(LocalDate),
  /** 计划完成 — the due date overdue is counted against (working days, county calendar). */
  plannedEnd: z.optional(LocalDate),
  actualStart: z.optional(LocalDate),
  actualEnd: z.optional(LocalDate),
  summary: z.optional(text(10000)),
  /** What the public transparency page shows instead of internal notes. */
  publicSummary: z.optional(text(2000)),
  /** Whether the task appears on the public page at all. */
  public: z.boolean(),
  /** Source proposals and opinions. */
  proposalIds: z.array(Id),
  opinionIds: z.array(Id),
};

/** A task as the server returns it to members, staff and units. */
export const Task = z.object({
  id: Id,
  tenant: TenantCode,
  ...fields,
  /** The county-configured stage it is in. */
  stageCode: Code,
  progress: Percent,
  updates: z.array(TaskUpdate),
  outcome: TaskOutcome,
  feedback: TaskFeedback,
  history: z.array(StatusChange),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Version,
});
export type Task = z.infer<typeof Task>;

/** Creating a task (staff). */
export const TaskInput = z.object({ ...fields, stageCode: z.optional(Code) });
export type TaskInput = z.infer<typeof TaskInput>;

type Optional<T extends Record<string, z.ZodMiniType>> = { [K in keyof T]: z.ZodMiniOptional<T[K]> };
/** Makes every field of a shape optional (cheaper in a bundle than `z.partial`). */
function optionalAll<T extends Record<string, z.ZodMiniType>>(shape: T): Optional<T> {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, z.optional(schema)])) as Optional<T>;
}

/** Changing a task's fields: only what is sent changes; `version` must match or 409. */
export const TaskPatch = z.object({
  ...optionalAll(fields),
  outcome: z.optional(TaskOutcome),
  feedback: z.optional(TaskFeedback),
  version: Version,
});
export type TaskPatch = z.infer<typeof TaskPatch>;

/** Posting a progress update (works offline through the outbox, in order per task). */
export const TaskUpdateInput = z.object({
  text: text(10000, 1),
  progress: z.optional(Percent),
  attachmentIds: z.optional(z.array(Id).check(z.maxLength(20))),
  public: z.optional(z.boolean()),
});
export type TaskUpdateInput = z.infer<typeof TaskUpdateInput>;

/** Moving a task to another stage; refused with the reason when the role or requirements do not allow it. */
export const TaskStageMove = z.object({
  to: Code,
  version: Version,
  note: z.optional(text(1000)),
});
export type TaskStageMove = z.infer<typeof TaskStageMove>;

/** What the public transparency page may show: no internal fields. */
export const TaskPublic = z.object({
  id: Id,
  title: text(200, 1),
  type: TaskType,
  year: z.int(),
  stageCode: Code,
  progress: Percent,
  leadUnitIds: z.array(Id),
  leadingParty: z.optional(text(64)),
  plannedEnd: z.optional(LocalDate),
  actualEnd: z.optional(LocalDate),
  publicSummary: z.optional(text(2000)),
  updates: z.array(z.object({ at: Timestamp, text: text(10000, 1), progress: z.optional(Percent) })),
  adopted: z.optional(z.boolean()),
  carriedOut: z.optional(z.boolean()),
  updatedAt: Timestamp,
});
export type TaskPublic = z.infer<typeof TaskPublic>;

/** One row of a task list. */
export const TaskSummary = z.object({
  id: Id,
  title: text(200, 1),
  type: TaskType,
  year: z.int(),
  stageCode: Code,
  progress: Percent,
  leadUnitIds: z.array(Id),
  leadingParty: z.optional(text(64)),
  plannedEnd: z.optional(LocalDate),
  actualEnd: z.optional(LocalDate),
  updatedAt: Timestamp,
  version: Version,
});
export type TaskSummary = z.infer<typeof TaskSummary>;
