/**
 * Browser-test helpers: the tracker's server is `@tongxin/mock` (the reference server's task rules,
 * version checks, refusals and idempotent replays) holding the tasks a test seeds, with a record of
 * what it answered; and real keyboard input through the test runner's `send-keys` command.
 */
import { type RouteDef, type RouteName, routes, type Task } from '@tongxin/core';
import { createMock, type MockApi } from '@tongxin/mock';
import { type HttpHandler, HttpResponse, http } from 'msw';
import { CONFIG } from './tasks.fixtures.js';

export { waitFor } from '../test/helpers.fixtures.js';

export const TENANT = '211100';
export const base = () => `${location.origin}/api`;

/** One request the server answered (requests that found no network are not in it). */
export interface Logged {
  route: RouteName;
  id?: string;
  body?: Record<string, unknown>;
  status: number;
}

/** 10:00 on the demo day (TODAY), when the server's clock starts. */
const DEMO_START = Date.parse('2026-11-27T10:00:00+08:00');

/**
 * A fresh mock API for one test: the demo county with the test configuration and `tasks` as its only
 * tasks (without `tasks`, the demo county as it is: its configuration and 18 seed tasks). Its clock
 * runs one second per request from 10:00 on the demo day, so that what the server writes is dated
 * after the fixtures' history and in the order it was written.
 */
export class TaskServer {
  readonly mock: MockApi;
  readonly log: Logged[] = [];
  /** Add internal fields to the public list, as a careless server might (the widget must not show them). */
  careless = false;
  private tick = 0;

  constructor(tasks?: readonly Task[]) {
    this.mock = createMock({ baseUrl: base(), now: () => new Date(DEMO_START + this.tick++ * 1000) });
    if (!tasks) return;
    const county = this.mock.county(TENANT);
    county.config = CONFIG;
    county.tables.tasks.clear();
    for (const t of tasks) county.tables.tasks.set(t.id, t);
  }

  /** The server's tasks by id: replace a record to change it (`tasks.set(id, { ...t, … })`). */
  get tasks(): Map<string, Task> {
    return this.mock.county(TENANT).tables.tasks;
  }

  /** A bearer token of a demo account (`staff`, `member-li` for m_001, `unit-housing`, …). */
  token(account: string): string {
    return this.mock.token(account);
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

  /** One msw handler per route of the contract: records the request and lets the mock answer it. */
  handlers(): HttpHandler[] {
    return (Object.entries(routes) as [RouteName, RouteDef][]).map(([name, route]) => {
      const method = route.method.toLowerCase() as Lowercase<RouteDef['method']>;
      return http[method](base() + route.path.replace(/\{(\w+)\}/g, ':$1'), ({ request, params }) =>
        this.answer(name, request, typeof params.id === 'string' ? params.id : undefined),
      );
    });
  }

  private async answer(route: RouteName, request: Request, id: string | undefined): Promise<Response> {
    const json = request.headers.get('content-type')?.includes('json');
    const body = json ? ((await request.clone().json()) as Record<string, unknown>) : undefined;
    let response: Response;
    try {
      response = await this.mock.fetch(request);
    } catch {
      // The `offline` scenario: the request never reached a server, as without a network.
      return HttpResponse.error();
    }
    this.log.push({ route, status: response.status, ...(id && { id }), ...(body && { body }) });
    return this.careless && route === 'listPublicTasks' && response.ok ? this.withInternalFields(response) : response;
  }

  /**
   * The public list with the internal fields of each task added. The mock's public view is right
   * (`publicTask`), so a careless server is the one thing these tests fake on top of it.
   */
  private async withInternalFields(response: Response): Promise<Response> {
    const page = (await response.json()) as { items: { id: string }[] };
    const items = page.items.map((item) => {
      const t = this.tasks.get(item.id);
      return t ? { ...item, leader: t.leader, summary: t.summary, assistingUnitIds: t.assistingUnitIds } : item;
    });
    return HttpResponse.json({ ...page, items }, { status: response.status });
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
