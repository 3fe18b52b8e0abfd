/**
 * Browser-test helpers: a stateful fake of the reference server's task routes (as msw handlers, with
 * its version checks, stage rules and refusals, idempotent replays and a switch for "offline"), and
 * real keyboard input through the test runner's `send-keys` command.
 */
import type { Attachment, Task, TaskPublic, TaskSummary, User } from '@tongxin/core';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { CONFIG, summaryOf } from './tasks.fixtures.js';

export const TENANT = '211100';
export const base = () => `${location.origin}/api`;

/** One request the fake server answered. */
export interface Logged {
  route: string;
  id?: string;
  body?: Record<string, unknown>;
  status: number;
}

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: `urn:tongxin:problem:${code}`, title: code, status, code, ...extra },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

/** The reference server's task handlers over a map of tasks (packages/server/src/handlers/tasks.ts). */
export class FakeTaskServer {
  readonly tasks = new Map<string, Task>();
  /** Rows for the list instead of the tasks' summaries (large lists). */
  rows: TaskSummary[] | undefined;
  user: User = { id: 'u_staff', name: '王文', tenant: TENANT, roles: ['staff'] };
  /** Every connection fails, as without a network. */
  offline = false;
  /** `GET /me` answers 401 (the roles are then unknown to the widget). */
  meFails = false;
  readonly log: Logged[] = [];
  private readonly replays = new Map<string, Response>();
  private seq = 0;

  constructor(tasks: Task[]) {
    for (const t of tasks) this.tasks.set(t.id, structuredClone(t));
  }

  /** Someone else changes a task on the server (a version step, as the server does). */
  changeBehind(id: string, change: (t: Task) => void): Task {
    const t = structuredClone(this.tasks.get(id)!);
    change(t);
    t.version += 1;
    t.updatedAt = '2026-11-27T09:30:00+08:00';
    t.history.push({
      at: t.updatedAt,
      action: 'update',
      from: t.stageCode,
      to: t.stageCode,
      actor: { id: 'u_other', name: '张三', role: 'staff' },
    });
    this.tasks.set(id, t);
    return t;
  }

  private mayWork(t: Task): boolean {
    const u = this.user;
    if (u.roles.includes('staff') || u.roles.includes('admin')) return true;
    if (u.roles.includes('unit') && u.unitId && (t.leadUnitIds.includes(u.unitId) || t.assistingUnitIds.includes(u.unitId))) return true;
    return u.roles.includes('member') && t.participants.some((p) => p.id === u.memberId);
  }

  private toPublic(t: Task): TaskPublic & Record<string, unknown> {
    const { version: _v, ...summary } = summaryOf(t);
    return {
      ...summary,
      ...(t.publicSummary && { publicSummary: t.publicSummary }),
      updates: t.updates
        .filter((u) => u.public)
        .map((u) => ({ at: u.at, text: u.text, ...(u.progress !== undefined && { progress: u.progress }) })),
      ...(t.outcome.adopted !== undefined && { adopted: t.outcome.adopted }),
      ...(t.outcome.carriedOut !== undefined && { carriedOut: t.outcome.carriedOut }),
      // A careless server adding internal fields: the widget must still not show them.
      leader: t.leader,
      summary: t.summary,
      assistingUnitIds: t.assistingUnitIds,
    };
  }

  /** The server's clock: one second later at each change, from 10:00 on the demo day. */
  private clock(): string {
    const n = this.seq++;
    return `2026-11-27T${String(10 + Math.floor(n / 3600)).padStart(2, '0')}:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}+08:00`;
  }

  private save(t: Task, action: string, extra: Partial<Task['history'][number]> = {}): Task {
    const at = this.clock();
    const next = {
      ...t,
      history: [
        ...t.history,
        {
          at,
          action,
          from: t.stageCode,
          to: t.stageCode,
          actor: { id: this.user.id, name: this.user.name, role: this.user.roles[0]! },
          ...extra,
        },
      ],
      updatedAt: at,
      version: t.version + 1,
    };
    this.tasks.set(t.id, next);
    return next;
  }

  /** Answers a creating POST once per idempotency key (a replay gets the stored answer). */
  private async once(request: Request, answer: () => Promise<Response> | Response): Promise<Response> {
    const key = request.headers.get('idempotency-key') ?? '';
    const stored = this.replays.get(key);
    if (stored) return stored.clone();
    const response = await answer();
    if (response.ok) this.replays.set(key, response.clone());
    return response;
  }

  handlers(): HttpHandler[] {
    const api = `${base()}/v1/${TENANT}`;
    type Info = { request: Request; params: Record<string, string | readonly string[] | undefined> };
    // Without a network every connection fails, whatever the route.
    const guard = (fn: (info: Info) => Response | Promise<Response>) => async (info: Info) =>
      this.offline ? HttpResponse.error() : fn(info);
    const logged = (route: string, status: number, id?: string, body?: Record<string, unknown>) => {
      this.log.push({ route, status, ...(id && { id }), ...(body && { body }) });
    };
    return [
      http.get(
        `${api}/config`,
        guard(() => HttpResponse.json(CONFIG)),
      ),
      http.get(
        `${api}/me`,
        guard(() => {
          logged('getMe', this.meFails ? 401 : 200);
          return this.meFails ? problem(401, 'unauthorized') : HttpResponse.json(this.user);
        }),
      ),
      http.get(
        `${api}/tasks`,
        guard(({ request }) => {
          const url = new URL(request.url);
          const limit = Number(url.searchParams.get('limit') ?? 200);
          const offset = Number(url.searchParams.get('cursor') ?? 0);
          const all = this.rows ?? [...this.tasks.values()].map(summaryOf);
          const items = all.slice(offset, offset + limit);
          logged('listTasks', 200);
          return HttpResponse.json({ items, ...(offset + limit < all.length && { nextCursor: String(offset + limit) }) });
        }),
      ),
      http.get(
        `${api}/public/tasks`,
        guard(() => {
          logged('listPublicTasks', 200);
          return HttpResponse.json({ items: [...this.tasks.values()].filter((t) => t.public).map((t) => this.toPublic(t)) });
        }),
      ),
      http.get(
        `${api}/tasks/:id`,
        guard(({ params }) => {
          const t = this.tasks.get(String(params.id));
          logged('getTask', t ? 200 : 404, String(params.id));
          return t ? HttpResponse.json(t) : problem(404, 'not_found');
        }),
      ),
      http.patch(
        `${api}/tasks/:id`,
        guard(async ({ params, request }) => {
          const id = String(params.id);
          const body = (await request.json()) as Record<string, unknown> & { version: number; outcome?: object; feedback?: object };
          const t = this.tasks.get(id);
          if (!t) return problem(404, 'not_found');
          if (body.version !== t.version) {
            logged('updateTask', 409, id, body);
            return problem(409, 'version_conflict', { detail: 'the record changed since it was read', current: t });
          }
          logged('updateTask', 200, id, body);
          const next = this.save(
            {
              ...t,
              outcome: { ...t.outcome, ...body.outcome },
              feedback: body.feedback ? { ...t.feedback, ...body.feedback, at: '2026-11-27T10:00:00+08:00' } : t.feedback,
            },
            'update',
          );
          return HttpResponse.json(next);
        }),
      ),
      http.post(
        `${api}/tasks/:id/updates`,
        guard(({ params, request }) =>
          this.once(request, async () => {
            const id = String(params.id);
            const body = (await request.json()) as { text: string; progress?: number; public?: boolean; attachmentIds?: string[] };
            const t = this.tasks.get(id);
            if (!t) return problem(404, 'not_found');
            if (!this.mayWork(t))
              return problem(403, 'forbidden', { detail: 'only staff, the task’s units and its participants post progress' });
            logged('postTaskUpdate', 201, id, body);
            const attachments: Attachment[] = (body.attachmentIds ?? []).map((a) => ({
              id: a,
              name: `${a}.pdf`,
              type: 'application/pdf',
              size: 10,
              sha256: '0'.repeat(64),
              url: `/v1/${TENANT}/attachments/${a}`,
            }));
            const update = {
              id: `tu_${this.seq}`,
              at: this.clock(),
              author: { id: this.user.id, name: this.user.name, role: this.user.roles[0]! },
              text: body.text,
              ...(body.progress !== undefined && { progress: body.progress }),
              attachments,
              public: body.public ?? false,
            };
            const next = this.save(
              { ...t, updates: [...t.updates, update], ...(body.progress !== undefined && { progress: body.progress }) },
              'progress',
            );
            return HttpResponse.json(next, { status: 201 });
          }),
        ),
      ),
      http.post(
        `${api}/tasks/:id/stage`,
        guard(({ params, request }) =>
          this.once(request, async () => {
            const id = String(params.id);
            const body = (await request.json()) as { to: string; version: number; note?: string };
            const t = this.tasks.get(id);
            if (!t) return problem(404, 'not_found');
            if (!this.mayWork(t)) return problem(403, 'forbidden', { detail: 'only staff and the task’s units may move it' });
            if (body.version !== t.version) {
              logged('moveTaskStage', 409, id, body);
              return problem(409, 'version_conflict', { detail: 'the record changed since it was read', current: t });
            }
            const stage = CONFIG.taskStages.find((s) => s.code === body.to);
            if (!stage)
              return problem(422, 'validation_failed', {
                issues: [{ path: ['body', 'to'], code: 'invalid_value', message: '没有这个阶段' }],
              });
            const allowed = CONFIG.taskStages
              .filter((s) => s.code !== t.stageCode && s.roles.some((r) => this.user.roles.includes(r)))
              .map((s) => s.code);
            const label = stage.label['zh-Hans'];
            if (!stage.roles.some((r) => this.user.roles.includes(r)) || stage.code === t.stageCode) {
              logged('moveTaskStage', 409, id, body);
              return problem(409, 'illegal_transition', { detail: `您的角色不能把任务推进到“${label}”`, allowed });
            }
            const lacks: string[] = [];
            for (const need of stage.requires ?? []) {
              if (need === 'reply_document' && !t.updates.some((u) => u.attachments.length > 0)) lacks.push('答复文件（带附件的进展）');
              if (need === 'feedback' && !t.feedback.text && !t.feedback.satisfaction) lacks.push('反馈意见或满意度');
            }
            if (lacks.length) {
              logged('moveTaskStage', 409, id, body);
              return problem(409, 'illegal_transition', { detail: `进入“${label}”之前还需要：${lacks.join('、')}`, allowed });
            }
            logged('moveTaskStage', 200, id, body);
            const moved = this.save(t, 'move', { to: stage.code, ...(body.note && { note: body.note }) });
            const next = { ...moved, stageCode: stage.code, progress: stage.final ? 100 : stage.progress };
            this.tasks.set(id, next);
            return HttpResponse.json(next);
          }),
        ),
      ),
      http.post(
        `${api}/attachments`,
        guard(({ request }) =>
          this.once(request, async () => {
            const bytes = await request.arrayBuffer();
            const id = `att_${this.seq++}`;
            logged('uploadAttachment', 201, id);
            return HttpResponse.json(
              {
                id,
                name: new URL(request.url).searchParams.get('name') ?? 'file',
                type: request.headers.get('content-type') ?? 'application/octet-stream',
                size: bytes.byteLength,
                sha256: '0'.repeat(64),
              },
              { status: 201 },
            );
          }),
        ),
      ),
    ];
  }
}

/** Real key presses and typing through the test runner (Chrome DevTools Protocol), not synthetic events. */
export async function sendKeys(payload: { press: string } | { type: string }): Promise<void> {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id');
  const socket = '/__web-dev-server__web-socket.js';
  const { sendMessageWaitForResponse } = (await import(/* @vite-ignore */ socket)) as {
    sendMessageWaitForResponse(message: object): Promise<{ executed?: boolean }>;
  };
  const response = await sendMessageWaitForResponse({ type: 'wtr-command', sessionId, command: 'send-keys', payload });
  if (!response.executed) throw new Error('send-keys was not executed by the test runner');
}

/** Pretends the device is offline (or back online) for `navigator.onLine` and its events. */
export function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** Waits until `probe` returns something truthy. */
export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
