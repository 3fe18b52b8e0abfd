/**
 * Loading tasks: the routes the tracker uses, every page of the list, and a copy on this device so
 * that a member in a village without signal still sees the tasks (and can queue progress).
 */
import type { Task, TongxinClient, User } from '@tongxin/core';
import {
  getConfig,
  getMe,
  getTask,
  listPublicTasks,
  listTasks,
  moveTaskStage,
  postTaskUpdate,
  updateTask,
  uploadAttachment,
} from '@tongxin/core/wire';
import type { Row } from './logic.js';

/** The routes of `<tx-task-tracker>` (the outbox sends the two task routes and uploads). */
export const TASK_ROUTES = {
  getConfig,
  getMe,
  listTasks,
  listPublicTasks,
  getTask,
  updateTask,
  postTaskUpdate,
  moveTaskStage,
  uploadAttachment,
};
export type TaskRoutes = typeof TASK_ROUTES;
export type TaskClient = TongxinClient<TaskRoutes>;

/** Pages of 200 (the server's largest); a county has tens of tasks a year, so this is a safety stop. */
const MAX_PAGES = 50;

/** Every task of the county the user may see: the members' list, or the public one. */
export async function fetchRows(client: TaskClient, publicMode: boolean, signal: AbortSignal): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < MAX_PAGES; n++) {
    const query = { limit: 200, ...(cursor !== undefined && { cursor }) };
    const page = publicMode ? await client.listPublicTasks({ query, signal }) : await client.listTasks({ query, signal });
    for (const item of page.items) rows.push(item);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return rows;
}

/** A value kept on this device, with when it was saved. */
export interface Cached<T> {
  at: number;
  value: T;
}

const PREFIX = 'tongxin:tasks:';
/** Task details kept per user and county (the most recently opened). */
const MAX_DETAILS = 30;

/** Reads a saved copy; `check` rejects what does not fit the contract (another script may write here). */
export function readCache<T>(key: string, check: (value: unknown) => T | undefined): Cached<T> | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { at?: unknown; value?: unknown };
    const value = typeof parsed.at === 'number' ? check(parsed.value) : undefined;
    return value === undefined ? undefined : { at: parsed.at as number, value };
  } catch {
    return undefined;
  }
}

/** Saves a copy; a full or blocked storage only costs the offline copy. */
export function writeCache(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ at: Date.now(), value }));
  } catch {
    // Quota or privacy mode: the page still works online.
  }
}

/** Keeps a task's detail in the per-user map of recent details, dropping the oldest. */
export function cacheDetail(key: string, id: string, task: unknown): void {
  const map = readCache(key, (v) => (v && typeof v === 'object' ? (v as Record<string, { at: number; task: unknown }>) : undefined));
  const entries = Object.entries(map?.value ?? {}).filter(([k]) => k !== id);
  entries.push([id, { at: Date.now(), task }]);
  entries.sort((a, b) => b[1].at - a[1].at);
  writeCache(key, Object.fromEntries(entries.slice(0, MAX_DETAILS)));
}

/** A task's saved detail, if any. */
export function cachedDetail(key: string, id: string): Cached<unknown> | undefined {
  const map = readCache(key, (v) => (v && typeof v === 'object' ? (v as Record<string, { at?: unknown; task?: unknown }>) : undefined));
  const entry = map?.value[id];
  return entry && typeof entry.at === 'number' ? { at: entry.at, value: entry.task } : undefined;
}

// Shape checks for what comes back from this device's storage or inside a problem (a 409's current
// version): written by the server the widget talks to, so a check of the fields the views rely on
// is enough; the schemas would bring zod into the widget.
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A task's full record, or undefined when `value` is not one. */
export function asTask(value: unknown): Task | undefined {
  return isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.version === 'number' &&
    typeof value.stageCode === 'string' &&
    Array.isArray(value.updates) &&
    Array.isArray(value.history)
    ? (value as unknown as Task)
    : undefined;
}

/** A list of task rows, or undefined. */
export function asRows(value: unknown): Row[] | undefined {
  return Array.isArray(value) && value.every((r) => isObject(r) && typeof r.id === 'string' && typeof r.stageCode === 'string')
    ? (value as Row[])
    : undefined;
}

/** The signed-in user, or undefined. */
export function asUser(value: unknown): User | undefined {
  return isObject(value) && typeof value.id === 'string' && Array.isArray(value.roles) ? (value as unknown as User) : undefined;
}
