/** 重点协商 / 督办 task routes, including the public transparency list. */
import * as z from 'zod/mini';
import { Code, Id, PageQuery, page, QueryFlag, text } from '../common.js';
import { Task, TaskInput, TaskPatch, TaskPublic, TaskStageMove, TaskSummary, TaskType, TaskUpdateInput } from '../task.js';
import { byId, define, insiders, intParam, staff } from './define.js';

export const listTasks = define({
  method: 'GET',
  path: '/v1/{tenant}/tasks',
  tag: 'tasks',
  auth: insiders,
  query: z.object({
    type: z.optional(TaskType),
    stage: z.optional(Code),
    unit: z.optional(Id),
    year: z.optional(intParam(2000, 2100)),
    overdue: QueryFlag,
    q: z.optional(text(64)),
    ...PageQuery,
  }),
  response: page(TaskSummary),
  status: 200,
  idempotent: false,
});
export const listPublicTasks = define({
  method: 'GET',
  path: '/v1/{tenant}/public/tasks',
  tag: 'tasks',
  auth: 'public',
  query: z.object({ type: z.optional(TaskType), year: z.optional(intParam(2000, 2100)), ...PageQuery }),
  response: page(TaskPublic),
  status: 200,
  idempotent: false,
});
export const createTask = define({
  method: 'POST',
  path: '/v1/{tenant}/tasks',
  tag: 'tasks',
  auth: staff,
  body: TaskInput,
  response: Task,
  status: 201,
  idempotent: true,
});
export const getTask = define({
  method: 'GET',
  path: '/v1/{tenant}/tasks/{id}',
  tag: 'tasks',
  auth: insiders,
  params: byId,
  response: Task,
  status: 200,
  idempotent: false,
});
export const updateTask = define({
  method: 'PATCH',
  path: '/v1/{tenant}/tasks/{id}',
  tag: 'tasks',
  auth: ['staff', 'unit', 'admin'],
  params: byId,
  body: TaskPatch,
  response: Task,
  status: 200,
  idempotent: false,
});
export const postTaskUpdate = define({
  method: 'POST',
  path: '/v1/{tenant}/tasks/{id}/updates',
  tag: 'tasks',
  auth: insiders,
  params: byId,
  body: TaskUpdateInput,
  response: Task,
  status: 201,
  idempotent: true,
});
export const moveTaskStage = define({
  method: 'POST',
  path: '/v1/{tenant}/tasks/{id}/stage',
  tag: 'tasks',
  auth: insiders,
  params: byId,
  body: TaskStageMove,
  response: Task,
  status: 200,
  idempotent: true,
});
