/**
 * Named scenarios: how the mock API behaves, switched at runtime — a normal day, a slow network,
 * no network at all, a failing server, and a server that refuses every submission as invalid — so
 * that each widget's loading, offline, error and field-error states can be tried on a static page.
 */
import type { RouteDef, RouteName } from '@tongxin/core';

/** How the calls a scenario affects fail. */
export type Failure =
  /** The request never reaches a server: `fetch` rejects, as when the device is offline. */
  | 'network'
  /** 500 `internal_error` problem. */
  | 'server'
  /** 503 `unavailable` problem with `Retry-After` (maintenance, overload). */
  | 'unavailable'
  /** 422 `validation_failed` naming the submitted fields (after the real checks have passed). */
  | 'validation';

/** How the mock behaves. Every field is optional: `{}` is a normal, fast API. */
export interface Scenario {
  /** A name for logs and {@link MockApi.scenario}. */
  name?: string;
  /** Milliseconds to wait before answering: a fixed delay, or `[min, max]` for a random one in between. */
  latency?: number | readonly [number, number];
  /** How the affected calls fail; absent means they succeed. */
  fail?: Failure;
  /**
   * Which calls fail: `all` (default), `writes` (every call that is not a GET, except the dev login and
   * the opinion lookup, which only read), or the named routes.
   */
  routes?: 'all' | 'writes' | readonly RouteName[];
  /** Seconds sent as `Retry-After` with `unavailable` (default 30). */
  retryAfter?: number;
}

/** The named scenarios. Pick one with `setScenario('slow')`, or pass your own {@link Scenario}. */
export const scenarios = {
  /** Everything works, at once. */
  normal: { name: 'normal' },
  /** Everything works, after 3 s (a county office on a congested line). */
  slow: { name: 'slow', latency: 3000 },
  /** No network: every request fails before reaching a server (test the offline outbox). */
  offline: { name: 'offline', fail: 'network' },
  /** The server is broken: every call answers 500 `internal_error`. */
  'server-errors': { name: 'server-errors', fail: 'server' },
  /** The server refuses every submission with 422 `validation_failed` on the submitted fields; reads work. */
  'validation-errors': { name: 'validation-errors', fail: 'validation', routes: 'writes' },
} as const satisfies Record<string, Scenario>;

/** The name of a built-in scenario. */
export type ScenarioName = keyof typeof scenarios;

/** A scenario given by name or in full. */
export type ScenarioInput = ScenarioName | Scenario;

/** The scenario for a name (unknown names are an error that lists the known ones). */
export function resolveScenario(input: ScenarioInput): Scenario {
  if (typeof input !== 'string') return input;
  const found = (scenarios as Record<string, Scenario>)[input];
  if (!found)
    throw new RangeError(
      `[tongxin] 没有名为“${input}”的模拟场景，可用：${Object.keys(scenarios).join('、')}（no mock scenario "${input}")`,
    );
  return found;
}

/** POST routes that only read: signing in and looking an opinion up. */
const READS: readonly RouteName[] = ['devLogin', 'lookupOpinion'];

/** Whether a call of the route is affected by the scenario's failure. */
export function affects(scenario: Scenario, name: RouteName, route: RouteDef): boolean {
  if (!scenario.fail) return false;
  const routes = scenario.routes ?? 'all';
  if (routes === 'all') return true;
  if (routes === 'writes') return route.method !== 'GET' && !READS.includes(name);
  return routes.includes(name);
}

/** The delay of one answer, in milliseconds. */
export function latencyOf(scenario: Scenario): number {
  const { latency = 0 } = scenario;
  if (typeof latency === 'number') return latency;
  const [min, max] = latency;
  return min + Math.random() * (max - min);
}
