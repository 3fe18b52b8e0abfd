/** `createMock()`: msw handlers for every route of the contract over an in-memory county. */
import { type RouteDef, type RouteName, registerLocale, routes } from '@tongxin/core';
import { buildDemoData, type DemoData } from '@tongxin/core/demo';
import { en } from '@tongxin/core/locales/en';
import { zhHant } from '@tongxin/core/locales/zh-Hant';
import { getResponse, type HttpHandler, http } from 'msw';
import { resolveScenario, type Scenario, type ScenarioInput } from './scenarios.js';
import { noSuchRoute, type ServeState, serve } from './serve.js';
import { type County, countyFrom } from './store.js';
import { tokenKit } from './tokens.js';

/** Options of {@link createMock}. */
export interface MockOptions {
  /**
   * Where the API is, as the widgets' `endpoint`: an origin with an optional prefix
   * (`https://zx.example.gov.cn/api`), a path on the page's own origin (`/api`), or `*` (the
   * default) for `/v1/…` on any origin.
   */
  baseUrl?: string;
  /** The counties the mock holds, built afresh by every {@link MockApi.reset} (default: the demo county, 211100). */
  counties?: () => DemoData[];
  /** The scenario to start with (default `normal`). */
  scenario?: ScenarioInput;
  /** Whether `POST /auth/dev-login` signs demo accounts in (default true). */
  devLogin?: boolean;
  /** Check every answer against the contract; a mismatch becomes a 500 and a console error (for tests). */
  validateResponses?: boolean;
  /** The clock (default: the real one). Deadlines and timestamps are computed from it. */
  now?: () => Date;
  /** Body limits in bytes: JSON requests (default 1 MB) and attachments (default 10 MB), as the server's. */
  limits?: { jsonBytes?: number; attachmentBytes?: number };
  /** Key of the mock's own tokens (any text; tokens of one key are refused by a mock with another). */
  tokenSecret?: string;
}

/** A running mock: its msw handlers, its scenario, its data. */
export interface MockApi {
  /** msw request handlers, one per contract route, then a catch-all answering unknown `/v1` routes with 404. */
  readonly handlers: HttpHandler[];
  /** The current scenario. */
  readonly scenario: Scenario;
  /**
   * Switches the scenario; it applies to the next request.
   * @example mock.setScenario('offline'); mock.setScenario({ latency: [200, 800] });
   */
  setScenario(scenario: ScenarioInput): void;
  /** Back to the seed data and the first scenario; forgets idempotency keys (tokens stay valid). */
  reset(): void;
  /** The tenant codes of the counties the mock holds. */
  readonly tenants: string[];
  /**
   * The live records of a county (default: the first one), for arranging and checking tests.
   * Replace records rather than editing them in place: `county().tables.proposals.set(p.id, { ...p, key: true })`.
   */
  county(tenant?: string): County;
  /**
   * Answers a request through the handlers without a network (msw's `getResponse`): for unit tests,
   * and for Node 20, where `msw/node`'s interceptors cannot run. A path (`/v1/…`) is taken relative
   * to the base URL, prefix included. A network failure rejects with a `TypeError`, as `fetch` does;
   * a URL no handler answers gets a 404 problem.
   * @example const res = await mock.fetch('/v1/211100/config');
   */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /**
   * A bearer token for a demo account, as the dev login would give it.
   * @example headers.authorization = `Bearer ${mock.token('staff')}`;
   */
  token(account: string, tenant?: string): string;
}

/** Origin used for relative URLs when the mock answers any origin. */
const DEFAULT_ORIGIN = 'https://api.tongxin.invalid';

/**
 * Creates a mock API. The data is seeded on first use, so creating one costs nothing until a
 * request arrives. It installs `@tongxin/core`'s zh-Hant and English message catalogs, so that its
 * problems read in the language each request asks for (`Accept-Language`), as the server's do.
 * @example
 * import { setupWorker } from 'msw/browser';
 * import { createMock } from '@tongxin/mock';
 * const mock = createMock({ scenario: 'slow' });
 * await setupWorker(...mock.handlers).start();
 */
export function createMock(options: MockOptions = {}): MockApi {
  registerLocale('en', en);
  registerLocale('zh-Hant', zhHant);
  const seed = options.counties ?? (() => [buildDemoData()]);
  const first = resolveScenario(options.scenario ?? 'normal');
  let scenario = first;
  let counties: Map<string, County> | undefined;
  const data = () => {
    counties ??= new Map(seed().map((d) => [d.config.tenant, countyFrom(d)]));
    return counties;
  };
  const now = options.now ?? (() => new Date());
  const tokens = tokenKit(options.tokenSecret ?? 'tongxin-mock');
  const state: ServeState = {
    county: (tenant) => data().get(tenant),
    scenario: () => scenario,
    now,
    devLogin: options.devLogin ?? true,
    validateResponses: options.validateResponses ?? false,
    jsonBytes: options.limits?.jsonBytes ?? 1024 * 1024,
    attachmentBytes: options.limits?.attachmentBytes ?? 10 * 1024 * 1024,
    tokens,
    keys: new Map(),
    inFlight: new Set(),
  };

  const base = (options.baseUrl ?? '*').replace(/\/+$/, '');
  const origin = base === '*' ? DEFAULT_ORIGIN : new URL(base, globalThis.location?.href ?? DEFAULT_ORIGIN).href.replace(/\/+$/, '');
  const handlers = (Object.entries(routes) as [RouteName, RouteDef][]).map(([name, route]) => {
    const path = base + route.path.replace(/\{(\w+)\}/g, ':$1');
    const method = route.method.toLowerCase() as Lowercase<RouteDef['method']>;
    return http[method](path, ({ request, params }) => serve(state, name, route, request, textParams(params)));
  });
  handlers.push(http.all(`${base}/v1/*`, ({ request }) => noSuchRoute(request)));

  const county = (tenant?: string) => {
    const found = tenant === undefined ? data().values().next().value : data().get(tenant);
    if (!found)
      throw new RangeError(`[tongxin] 模拟接口里没有县（区）${tenant}，有：${[...data().keys()].join('、')}（no such county in the mock）`);
    return found;
  };

  return {
    handlers,
    get scenario() {
      return scenario;
    },
    setScenario(next) {
      scenario = resolveScenario(next);
    },
    reset() {
      counties = undefined;
      scenario = first;
      state.keys.clear();
    },
    get tenants() {
      return [...data().keys()];
    },
    county,
    async fetch(input, init) {
      // A path is relative to the base URL (its prefix included); anything else is taken as it is.
      const url = typeof input === 'string' && input.startsWith('/') ? origin + input : input;
      const request = new Request(url, init);
      const response = await getResponse(handlers, request);
      if (!response) return noSuchRoute(request);
      if (response.type === 'error') throw new TypeError('Failed to fetch (mock scenario: network failure)');
      return response;
    },
    token(account, tenant) {
      const user = county(tenant).tables.users.get(account)?.user;
      if (!user) throw new RangeError(`[tongxin] 模拟接口里没有演示账号“${account}”（no such demo account）`);
      return tokens.issue(user, now()).token;
    },
  };
}

/** msw's path parameters as text (a wildcard may give an array). */
const textParams = (params: Record<string, string | readonly string[] | undefined>) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.join('/') : String(value ?? '')]));
